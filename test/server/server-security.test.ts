// The browser host refuses requests without the token, with a foreign Host or Origin, and anything outside its assets.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/node/services/create-services';
import { startServer } from '../../src/server/http-server';
import type { RunningServer } from '../../src/server/http-server';
import { useTempDirs } from '../helpers/temp-dir';
import { demoWorkspace, openServices } from '../helpers/workspace';

const tempDir = useTempDirs();
let services: Services;
let server: RunningServer;
let assets: string;

/** Raw HTTP request so Host/Origin headers and odd paths are sent exactly as given. */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers: { host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data, headers: res.headers }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

beforeAll(async () => {
  const root = tempDir();
  services = openServices(demoWorkspace(root));
  assets = join(root, 'assets');
  mkdirSync(join(assets, 'assets'), { recursive: true });
  writeFileSync(join(assets, 'index.html'), '<!doctype html><title>ui</title>');
  writeFileSync(join(assets, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'top secret');
  writeFileSync(join(assets, '.env'), 'HIDDEN=1');
  server = await startServer({ services, assetsDir: assets });
});
afterAll(async () => {
  await server.close();
  services.close();
});

describe('browser host security', () => {
  it('prints a loopback URL with a random token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{20,}$/);
  });

  it('refuses the page and the API without the token (401)', async () => {
    expect((await raw('/')).status).toBe(401);
    expect((await raw('/?token=wrong')).status).toBe(401);
    expect((await raw('/assets/app.js')).status).toBe(401);
    const call = await raw('/api/call', { 'content-type': 'application/json' }, 'POST', JSON.stringify({ method: 'workspace.stats', input: {} }));
    expect(call.status).toBe(401);
  });

  it('serves the page with the token, sets a strict cookie, and the cookie then authorises assets', async () => {
    const page = await raw(`/?token=${server.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>ui</title>');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const cookie = String((page.headers['set-cookie'] as string[])[0]);
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict/);
    const asset = await raw('/assets/app.js', { cookie: cookie.split(';')[0] });
    expect(asset.status).toBe(200);
    expect(asset.body).toBe('console.log(1)');
  });

  it('refuses a foreign Host (DNS rebinding) or a foreign Origin (403), even with the token', async () => {
    expect((await raw(`/?token=${server.token}`, { host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await raw(`/?token=${server.token}`, { origin: 'http://evil.example' })).status).toBe(403);
    const call = await raw('/api/call', { authorization: `Bearer ${server.token}`, origin: 'http://evil.example', 'content-type': 'application/json' }, 'POST', '{"method":"workspace.stats"}');
    expect(call.status).toBe(403);
  });

  it('serves nothing outside its own assets', async () => {
    const auth = { authorization: `Bearer ${server.token}` };
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/.env', '/assets/', '/%00', '/..%5csecret.txt']) {
      const res = await raw(path, auth);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('secret');
    }
  });

  it('answers API calls with the token, and malformed bodies with INVALID_INPUT', async () => {
    const headers = { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' };
    const ok = await raw('/api/call', headers, 'POST', JSON.stringify({ method: 'workspace.stats', input: {} }));
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, result: { notes: expect.any(Number) } });
    const bad = await raw('/api/call', headers, 'POST', '{not json');
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const form = await raw('/api/call', { authorization: `Bearer ${server.token}`, 'content-type': 'text/plain' }, 'POST', '{}');
    expect(form.status).toBe(415);
  });

  it('accepts the event WebSocket only with the token and a loopback origin', async () => {
    const open = (query: string, origin: string) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${server.port}/api/events${query}`, { headers: { origin } });
        ws.on('message', (m) => {
          resolve(`message ${String(m)}`);
          ws.close();
        });
        ws.on('unexpected-response', (_req, res) => resolve(`refused ${res.statusCode}`));
        ws.on('error', () => resolve('error'));
      });
    const local = `http://127.0.0.1:${server.port}`;
    expect(await open(`?token=${server.token}`, local)).toMatch(/^message .*__hello/);
    expect(await open('', local)).toBe('refused 401');
    expect(await open(`?token=${server.token}`, 'http://evil.example')).toBe('refused 403');
  });
});
