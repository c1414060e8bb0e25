// The desktop PDF export: its pure parts, and the IPC handler in electron/main/pdf-export.ts run against a fake
// 'electron' module (Electron itself cannot run here): sender check, save dialog, locked-down hidden window, file.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_PDF_CHANNEL } from '../../src/common/api/bridge';
import type { ExportPdfResult } from '../../src/common/api/bridge';
import type { CallResult } from '../../src/common/api/contract';
import {
  ensurePdfExtension,
  isAllowedPrintUrl,
  parsePdfRequest,
  pdfFileName,
  PDF_PRINT_OPTIONS,
  printWindowOptions,
  runPdfExport,
  saveDialogOptions,
} from '../../electron/main/pdf-export-core';
import type { PdfExportSteps } from '../../electron/main/pdf-export-core';
import { registerPdfExport } from '../../electron/main/pdf-export';
import { useTempDirs } from '../helpers/temp-dir';

const fake = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const handlers = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  const state = {
    handlers,
    windows: [] as { opts: Record<string, unknown>; loaded: string[]; loadedHtml: string[]; destroyed: boolean; navPrevented: Record<string, boolean> }[],
    dialogs: [] as Record<string, unknown>[],
    savePath: null as string | null,
    printOptions: [] as unknown[],
    failPrint: false,
  };
  class BrowserWindow {
    record: (typeof state.windows)[number];
    webContents: InstanceType<typeof EventEmitter> & { setWindowOpenHandler: unknown; printToPDF: (o: unknown) => Promise<Buffer> };
    constructor(opts: Record<string, unknown>) {
      this.record = { opts, loaded: [], loadedHtml: [], destroyed: false, navPrevented: {} };
      state.windows.push(this.record);
      this.webContents = Object.assign(new EventEmitter(), {
        setWindowOpenHandler: vi.fn(),
        printToPDF: async (o: unknown) => {
          state.printOptions.push(o);
          if (state.failPrint) throw new Error('printing failed');
          return Buffer.from('%PDF-1.7 fake');
        },
      });
    }
    async loadURL(url: string) {
      const { readFileSync: read } = await import('node:fs');
      const { fileURLToPath } = await import('node:url');
      this.record.loaded.push(url);
      this.record.loadedHtml.push(read(fileURLToPath(url), 'utf8'));
      for (const target of ['https://evil.example/', url]) {
        let prevented = false;
        this.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, target);
        this.record.navPrevented[target] = prevented;
      }
    }
    isDestroyed() {
      return this.record.destroyed;
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  return {
    state,
    electron: {
      BrowserWindow,
      app: { getPath: (name: string) => `/home/u/${name}` },
      dialog: {
        showSaveDialog: vi.fn(async (...args: unknown[]) => {
          state.dialogs.push(args[args.length - 1] as Record<string, unknown>);
          return state.savePath ? { canceled: false, filePath: state.savePath } : { canceled: true, filePath: '' };
        }),
      },
      ipcMain: {
        handle: (ch: string, fn: (...args: unknown[]) => Promise<unknown>) => handlers.set(ch, fn),
        removeHandler: (ch: string) => handlers.delete(ch),
      },
    },
  };
});
vi.mock('electron', () => fake.electron);

const tempDir = useTempDirs();
const REPORT_HTML = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>r</title></head><body><h1>Vision</h1></body></html>';

function reportDispatch(calls: unknown[][] = []) {
  return async (method: unknown, input: unknown): Promise<CallResult> => {
    calls.push([method, input]);
    if ((input as { id: string }).id === 'missing') return { ok: false, error: { code: 'NOT_FOUND', message: 'Plan missing not found' } };
    return { ok: true, result: { fileName: 'Circulation-CoP-2026-report.html', mime: 'text/html', content: REPORT_HTML } };
  };
}

describe('PDF export: pure parts', () => {
  it('checks the request', () => {
    expect(parsePdfRequest('p1', 'id')).toEqual({ planId: 'p1', lang: 'id' });
    expect(parsePdfRequest('p1', 'fr')).toBeNull();
    expect(parsePdfRequest('', 'en')).toBeNull();
    expect(parsePdfRequest(42, 'en')).toBeNull();
    expect(parsePdfRequest('x'.repeat(201), 'en')).toBeNull();
  });

  it('derives safe file names and keeps the .pdf extension', () => {
    expect(pdfFileName('Circulation-CoP-2026-report.html')).toBe('Circulation-CoP-2026-report.pdf');
    expect(pdfFileName('../../etc/passwd')).toBe('etc-passwd.pdf');
    expect(pdfFileName('a/b\\c:d*e?"f<g>|.md')).toBe('a-b-c-d-e-f-g.pdf');
    expect(pdfFileName('CON.html')).toBe('plan-report.pdf');
    expect(pdfFileName('.html')).toBe('plan-report.pdf');
    expect(pdfFileName('Rencana Pustakawan — 2026.html')).toBe('Rencana-Pustakawan-2026.pdf');
    expect(ensurePdfExtension('/tmp/report')).toBe('/tmp/report.pdf');
    expect(ensurePdfExtension('/tmp/report.PDF')).toBe('/tmp/report.PDF');
  });

  it('prints A4 without backgrounds from a sandboxed window without JavaScript or preload', () => {
    expect(PDF_PRINT_OPTIONS).toMatchObject({ printBackground: false, pageSize: 'A4' });
    const opts = printWindowOptions();
    expect(opts.show).toBe(false);
    expect(opts.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, javascript: false, nodeIntegration: false, webSecurity: true });
    expect(opts.webPreferences).not.toHaveProperty('preload');
    expect(isAllowedPrintUrl('file:///tmp/x/report.html', 'file:///tmp/x/report.html')).toBe(true);
    expect(isAllowedPrintUrl('https://evil.example/', 'file:///tmp/x/report.html')).toBe(false);
    expect(saveDialogOptions('/d/x.pdf', 'id')).toMatchObject({ title: 'Ekspor laporan PDF', defaultPath: '/d/x.pdf', filters: [{ extensions: ['pdf'] }] });
  });

  it('runs the flow: report → dialog → render → write, and shapes every ending', async () => {
    const written: [string, string][] = [];
    const rendered: string[] = [];
    const calls: unknown[][] = [];
    const steps = (chosen: string | null, overrides: Partial<PdfExportSteps> = {}): PdfExportSteps => ({
      dispatch: reportDispatch(calls),
      chooseSavePath: async (name) => (chosen === null ? null : join(chosen, name.replace(/\.pdf$/, ''))),
      renderPdf: async (html) => {
        rendered.push(html);
        return new TextEncoder().encode('%PDF');
      },
      writeFile: async (path, data) => {
        written.push([path, new TextDecoder().decode(data)]);
      },
      ...overrides,
    });
    expect(await runPdfExport(steps('/out'), 'p1', 'id')).toEqual({ ok: true, path: '/out/Circulation-CoP-2026-report.pdf' });
    expect(calls).toEqual([['plans.report', { id: 'p1', format: 'html', lang: 'id' }]]);
    expect(rendered).toEqual([REPORT_HTML]);
    expect(written).toEqual([['/out/Circulation-CoP-2026-report.pdf', '%PDF']]);

    expect(await runPdfExport(steps(null), 'p1', 'en')).toEqual({ ok: false, canceled: true });
    expect(await runPdfExport(steps('/out'), 'missing', 'en')).toEqual({ ok: false, error: 'Plan missing not found' });
    expect(await runPdfExport(steps('/out'), 'p1', 'xx')).toMatchObject({ ok: false, error: expect.stringContaining('language') });
    const failing = steps('/out', { renderPdf: async () => Promise.reject(new Error('GPU gone')) });
    expect(await runPdfExport(failing, 'p1', 'en')).toEqual({ ok: false, error: 'GPU gone' });
    expect(written).toHaveLength(1); // nothing written by the failed, canceled or refused runs
  });
});

describe('PDF export: main-process handler (fake electron)', () => {
  const trusted = 'file:///app/out/renderer/index.html';
  let dispose: () => void = () => {};

  beforeEach(() => {
    dispose();
    fake.state.windows.length = 0;
    fake.state.dialogs.length = 0;
    fake.state.printOptions.length = 0;
    fake.state.failPrint = false;
    dispose = registerPdfExport({
      services: { dispatch: reportDispatch() },
      isTrustedSender: (url) => url === trusted,
      getWindow: () => null,
    });
  });

  const invoke = (senderUrl: string, ...args: unknown[]) =>
    fake.state.handlers.get(IPC_PDF_CHANNEL)!({ senderFrame: { url: senderUrl } }, ...args) as Promise<ExportPdfResult>;

  it('writes the PDF where the user chose, printed from a hidden locked-down window that is then closed', async () => {
    const dir = tempDir('pdf-out');
    fake.state.savePath = join(dir, 'my-report');
    const before = readdirSync(tmpdir()).filter((n) => n.startsWith('copw-report-')).length;
    const result = await invoke(trusted, 'p1', 'en');
    expect(result).toEqual({ ok: true, path: join(dir, 'my-report.pdf') });
    expect(readFileSync(join(dir, 'my-report.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    expect(fake.state.dialogs[0]).toMatchObject({ defaultPath: '/home/u/documents/Circulation-CoP-2026-report.pdf', title: 'Export PDF report' });
    const [win] = fake.state.windows;
    expect(win.opts).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, javascript: false } });
    expect((win.opts.webPreferences as Record<string, unknown>).preload).toBeUndefined();
    expect(win.loaded[0]).toMatch(/^file:\/\/.*copw-report-[^/]+\/report\.html$/);
    expect(win.loadedHtml[0]).toBe(REPORT_HTML);
    expect(win.navPrevented).toEqual({ 'https://evil.example/': true, [win.loaded[0]]: false });
    expect(fake.state.printOptions[0]).toMatchObject({ printBackground: false, pageSize: 'A4' });
    expect(win.destroyed).toBe(true);
    // The temp copy of the report is gone.
    expect(existsSync(new URL(win.loaded[0]))).toBe(false);
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('copw-report-')).length).toBe(before);
  });

  it('refuses untrusted senders before doing anything', async () => {
    fake.state.savePath = join(tempDir('pdf-out'), 'x.pdf');
    expect(await invoke('https://evil.example/', 'p1', 'en')).toMatchObject({ ok: false, error: expect.stringContaining('untrusted') });
    expect(fake.state.dialogs).toHaveLength(0);
    expect(fake.state.windows).toHaveLength(0);
  });

  it('reports a canceled dialog and a failed print, closing the window and writing nothing', async () => {
    fake.state.savePath = null;
    expect(await invoke(trusted, 'p1', 'id')).toEqual({ ok: false, canceled: true });
    expect(fake.state.dialogs[0]).toMatchObject({ title: 'Ekspor laporan PDF' });
    expect(fake.state.windows).toHaveLength(0);

    const dir = tempDir('pdf-out');
    fake.state.savePath = join(dir, 'broken.pdf');
    fake.state.failPrint = true;
    expect(await invoke(trusted, 'p1', 'en')).toEqual({ ok: false, error: 'printing failed' });
    expect(fake.state.windows[0].destroyed).toBe(true);
    expect(existsSync(join(dir, 'broken.pdf'))).toBe(false);
  });

  it('removes its channel when disposed', () => {
    dispose();
    expect(fake.state.handlers.has(IPC_PDF_CHANNEL)).toBe(false);
    dispose = () => {};
  });
});
