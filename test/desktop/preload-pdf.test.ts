// The preload's exportPlanPdf: one fixed channel, arguments normalised, transport failures answered, never rejects.
import { describe, expect, it, vi } from 'vitest';
import { IPC_PDF_CHANNEL } from '../../src/common/api/bridge';
import type { DesktopBridge } from '../../src/common/api/bridge';

const fake = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  return {
    exposed,
    ipcRenderer: { invoke: vi.fn(async (): Promise<unknown> => ({ ok: true, path: '/home/u/x.pdf' })), send: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => (exposed[key] = api)) },
  };
});
vi.mock('electron', () => ({ contextBridge: fake.contextBridge, ipcRenderer: fake.ipcRenderer }));

describe('preload exportPlanPdf', () => {
  it('invokes the PDF channel and answers the main process result or a transport error', async () => {
    await import('../../electron/preload/index');
    const bridge = fake.exposed.copw as DesktopBridge;
    expect(await bridge.exportPlanPdf('p1', 'id')).toEqual({ ok: true, path: '/home/u/x.pdf' });
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_PDF_CHANNEL, 'p1', 'id');
    await bridge.exportPlanPdf('p2', 'xx' as 'en');
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_PDF_CHANNEL, 'p2', 'en');
    fake.ipcRenderer.invoke.mockRejectedValueOnce(new Error('channel closed'));
    expect(await bridge.exportPlanPdf('p1', 'en')).toEqual({ ok: false, error: 'channel closed' });
  });
});
