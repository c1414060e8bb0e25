// Launches Debian's Chromium through playwright-core for the end-to-end tests (never a downloaded browser), and opens the workbench in it.
import { existsSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { startServe } from '../helpers/run-cli';

export const CHROMIUM_PATH = process.env.COPW_CHROMIUM ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium (or set COPW_CHROMIUM).`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  console.log(`[e2e] running in Chromium ${browser.version()} (${CHROMIUM_PATH})`);
  return browser;
}

/** A running `copw serve` on a workspace with one Chromium page open on the workbench. */
export interface WorkbenchSession {
  serve: { url: string; child: ChildProcess; stderr: () => string };
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** Serves the workspace, opens the workbench in Chromium (English, light, 1400×860 unless given) and waits for the editor part. */
export async function openWorkbench(workspace: string, context: BrowserContextOptions = {}): Promise<WorkbenchSession> {
  const serve = await startServe(['--workspace', workspace, '--port', '0']);
  const browser = await launchChromium();
  const page = await (
    await browser.newContext({ locale: 'en-US', colorScheme: 'light', viewport: { width: 1400, height: 860 }, ...context })
  ).newPage();
  page.on('pageerror', (err) => console.error('[e2e] page error:', err.message));
  await page.goto(serve.url);
  await page.locator('[data-part="editor"]').waitFor();
  return {
    serve,
    browser,
    page,
    async close() {
      await browser.close();
      // Wait for the server to finish shutting down (it saves state into the workspace) before the folder is removed.
      const exited = serve.child.exitCode !== null || serve.child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => serve.child.once('exit', () => resolve()));
      serve.child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    },
  };
}

/** Calls the API of a running `copw serve` (its URL carries the token) the way the workbench does; throws on an error answer. */
export async function callServeApi<T>(serveUrl: string, method: string, input: unknown): Promise<T> {
  const url = new URL(serveUrl);
  const res = await fetch(`${url.origin}/api/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${url.searchParams.get('token')}` },
    body: JSON.stringify({ method, input }),
  });
  const body = (await res.json()) as { ok: boolean; result: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.result;
}
