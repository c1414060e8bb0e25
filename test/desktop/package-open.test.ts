// Opening .copkg files with the desktop app: argv → package paths, the queue held until the renderer is ready, the
// main-process wiring and the preload's onOpenPackage, run against a fake 'electron' module (Electron cannot run here).
import { EventEmitter } from 'node:events';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { IPC_OPEN_PACKAGE_CHANNEL } from '../../src/common/api/bridge';
import type { DesktopBridge } from '../../src/common/api/bridge';
import {
  MAX_PACKAGE_PATHS,
  PACKAGE_FILE_ASSOCIATION,
  PackageOpenQueue,
  packagePathOf,
  packagePaths,
  packagePathsFromArgv,
} from '../../electron/main/package-open-core';

const fake = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  const listeners = new Map<string, (...args: unknown[]) => void>();
  return {
    exposed,
    listeners,
    ipcMain: {
      on: vi.fn((ch: string, fn: (...args: unknown[]) => void) => listeners.set(ch, fn)),
      removeListener: vi.fn((ch: string) => listeners.delete(ch)),
    },
    ipcRenderer: { invoke: vi.fn(), send: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => (exposed[key] = api)) },
  };
});
vi.mock('electron', () => ({ ipcMain: fake.ipcMain, ipcRenderer: fake.ipcRenderer, contextBridge: fake.contextBridge }));

const CWD = resolve('/home/sari/Downloads');

describe('package paths from a command line', () => {
  it('takes .copkg arguments (any case), resolved against the working directory, skipping the executable', () => {
    const argv = ['/opt/CoP Workbench/copw', 'circulation.copkg', '../shared/Cataloguing.COPKG', '/tmp/abs.copkg'];
    expect(packagePathsFromArgv(argv, CWD)).toEqual([join(CWD, 'circulation.copkg'), resolve(CWD, '../shared/Cataloguing.COPKG'), '/tmp/abs.copkg']);
  });

  it('skips switches, other files, non-file URLs and the dev-mode app path; accepts file:// URLs; de-duplicates', () => {
    const argv = [
      '/usr/bin/electron',
      '.',
      '--allow-file-access-from-files',
      '--original-process-start-time=1',
      '--open=x.copkg',
      'notes.md',
      'https://example.org/a.copkg',
      pathToFileURL('/tmp/from url.copkg').href,
      'a.copkg',
      './a.copkg',
    ];
    expect(packagePathsFromArgv(argv, CWD)).toEqual(['/tmp/from url.copkg', join(CWD, 'a.copkg')]);
    expect(packagePathsFromArgv(['/usr/bin/copw.copkg'], CWD)).toEqual([]);
    expect(packagePathsFromArgv(undefined, undefined)).toEqual([]);
    expect(packagePaths([42, null, 'x.copkg'], CWD)).toEqual([join(CWD, 'x.copkg')]);
  });

  it('refuses empty, over-long and NUL-carrying arguments and caps the count', () => {
    expect(packagePathOf('', CWD)).toBeNull();
    expect(packagePathOf(`${'a'.repeat(5000)}.copkg`, CWD)).toBeNull();
    expect(packagePathOf('a\0.copkg', CWD)).toBeNull();
    const many = Array.from({ length: 50 }, (_, i) => `p${i}.copkg`);
    expect(packagePaths(many, CWD)).toHaveLength(MAX_PACKAGE_PATHS);
  });

  it('declares the .copkg association for packagers', () => {
    expect(PACKAGE_FILE_ASSOCIATION).toMatchObject({ ext: 'copkg', mimeType: 'application/vnd.copw.package+zip' });
  });
});

describe('PackageOpenQueue', () => {
  it('holds paths until the renderer is ready, then sends them once, in order', () => {
    const sent: string[] = [];
    const q = new PackageOpenQueue((p) => (sent.push(p), true));
    q.open(['/a.copkg', '/b.copkg', '/a.copkg']);
    expect(sent).toEqual([]);
    expect(q.waiting).toEqual(['/a.copkg', '/b.copkg']);
    q.rendererReady();
    expect(sent).toEqual(['/a.copkg', '/b.copkg']);
    q.open(['/c.copkg']);
    expect(sent).toEqual(['/a.copkg', '/b.copkg', '/c.copkg']);
    expect(q.waiting).toEqual([]);
  });

  it('queues again while the window reloads or is gone', () => {
    let windowOpen = true;
    const sent: string[] = [];
    const q = new PackageOpenQueue((p) => windowOpen && (sent.push(p), true));
    q.rendererReady();
    q.rendererGone();
    q.open(['/reload.copkg']);
    expect(sent).toEqual([]);
    q.rendererReady();
    expect(sent).toEqual(['/reload.copkg']);
    windowOpen = false;
    q.open(['/closed.copkg']);
    expect(q.waiting).toEqual(['/closed.copkg']);
    windowOpen = true;
    q.rendererReady();
    expect(sent).toEqual(['/reload.copkg', '/closed.copkg']);
  });
});

describe('main-process wiring', () => {
  it('delivers queued paths over the open-package channel when a trusted renderer announces itself', async () => {
    const { createPackageOpenQueue, registerPackageOpen, watchRendererReload } = await import('../../electron/main/package-open');
    const contents = Object.assign(new EventEmitter(), { send: vi.fn(), isDestroyed: () => false });
    const win = Object.assign(new EventEmitter(), { webContents: contents, isDestroyed: () => false });
    const queue = createPackageOpenQueue(() => win as never);
    watchRendererReload(win as never, queue);
    const dispose = registerPackageOpen(queue, { isTrustedSender: (url) => url === 'app://copw/index.html' });
    queue.open(['/tmp/circulation.copkg']);
    const ready = fake.listeners.get(IPC_OPEN_PACKAGE_CHANNEL)!;

    ready({ senderFrame: { url: 'https://evil.example/' } });
    expect(contents.send).not.toHaveBeenCalled();
    ready({ senderFrame: { url: 'app://copw/index.html' } });
    expect(contents.send).toHaveBeenCalledWith(IPC_OPEN_PACKAGE_CHANNEL, '/tmp/circulation.copkg');

    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    queue.open(['/tmp/same-document.copkg']);
    expect(contents.send).toHaveBeenLastCalledWith(IPC_OPEN_PACKAGE_CHANNEL, '/tmp/same-document.copkg');
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    queue.open(['/tmp/during-reload.copkg']);
    expect(contents.send).toHaveBeenCalledTimes(2);
    ready({ senderFrame: { url: 'app://copw/index.html' } });
    expect(contents.send).toHaveBeenLastCalledWith(IPC_OPEN_PACKAGE_CHANNEL, '/tmp/during-reload.copkg');

    dispose();
    expect(fake.listeners.has(IPC_OPEN_PACKAGE_CHANNEL)).toBe(false);
  });
});

describe('preload onOpenPackage', () => {
  it('announces the renderer, passes only non-empty string paths, and unsubscribes', async () => {
    await import('../../electron/preload/index');
    const bridge = fake.exposed.copw as DesktopBridge;
    const got: string[] = [];
    const off = bridge.onOpenPackage((p) => got.push(p));
    expect(fake.ipcRenderer.send).toHaveBeenCalledWith(IPC_OPEN_PACKAGE_CHANNEL);
    const [channel, handler] = fake.ipcRenderer.on.mock.calls.find((c) => c[0] === IPC_OPEN_PACKAGE_CHANNEL) as [string, (...a: unknown[]) => void];
    expect(channel).toBe(IPC_OPEN_PACKAGE_CHANNEL);
    handler({}, '/tmp/a.copkg');
    handler({}, 42);
    handler({}, '');
    expect(got).toEqual(['/tmp/a.copkg']);
    off();
    expect(fake.ipcRenderer.removeListener).toHaveBeenCalledWith(IPC_OPEN_PACKAGE_CHANNEL, handler);
  });
});
