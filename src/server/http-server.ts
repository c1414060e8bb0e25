// The browser host: serves the UI and the API (HTTP POST calls, WebSocket events) on 127.0.0.1 with a per-run token.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { API_CALL_PATH, API_EVENTS_PATH } from '../common/api/http-transport';
import type { Services } from '../node/services/create-services';
import { checkRequest, tokenCookieName } from './request-guard';
import { resolveAsset, sendAsset } from './static-assets';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MAX_BODY = 8 * 1024 * 1024;

export interface ServerOptions {
  services: Services;
  assetsDir: string;
  port?: number;
  /** Fixed token (tests); random per run otherwise. */
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS });
  res.end(text);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('Request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const { services } = opts;
  let port = 0;

  const handleCall = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return sendText(res, 415, 'Expected application/json');
    let msg: { method?: unknown; input?: unknown };
    try {
      msg = JSON.parse(await readBody(req));
    } catch (err) {
      return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: `Malformed request: ${(err as Error).message}` } });
    }
    sendJson(res, 200, await services.dispatch(msg?.method, msg?.input));
  };

  const server = createServer((req, res) => {
    const guard = checkRequest(req, port, token);
    if (!guard.ok) return sendText(res, guard.status, guard.reason);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === API_CALL_PATH) {
      handleCall(req, res).catch((err) => sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: String(err) } }));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
    const file = resolveAsset(opts.assetsDir, url.pathname);
    if (!file) return sendText(res, 404, 'Not found');
    const headers: Record<string, string> = { ...SECURITY_HEADERS };
    if (file.endsWith('.html')) {
      headers['content-security-policy'] = CSP;
      if (guard.viaQuery) headers['set-cookie'] = `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    }
    sendAsset(res, file, req.method === 'HEAD', headers);
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const guard = checkRequest(req, port, token);
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (!guard.ok || path !== API_EVENTS_PATH) {
      socket.write(`HTTP/1.1 ${guard.ok ? 404 : guard.status} ${guard.ok ? 'Not Found' : 'Refused'}\r\nConnection: close\r\n\r\n`);
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const unsubscribe = services.subscribe((event, payload) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ event, payload }));
      });
      ws.on('close', unsubscribe);
      ws.on('error', unsubscribe);
      ws.send(JSON.stringify({ event: '__hello', payload: null }));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
