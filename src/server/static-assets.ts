// Serves the built UI from one folder only: no traversal, no dot files, no directory listings.
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Maps a URL path to a file inside root, or null when it is outside, hidden, missing or not a file. */
export function resolveAsset(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rel = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (rel.split('/').some((seg) => seg.startsWith('.'))) return null;
  const base = realpathSync(resolve(root));
  const file = resolve(base, rel);
  if (!file.startsWith(base + sep)) return null;
  if (!existsSync(file)) return null;
  const real = realpathSync(file);
  if (!real.startsWith(base + sep) || !statSync(real).isFile()) return null;
  return real;
}

export function sendAsset(res: ServerResponse, file: string, headOnly: boolean, extraHeaders: Record<string, string> = {}): void {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    'content-type': type,
    'content-length': statSync(file).size,
    'cache-control': type.startsWith('text/html') ? 'no-store' : 'private, max-age=300',
    ...extraHeaders,
  });
  if (headOnly) res.end();
  else createReadStream(file).pipe(res);
}

export function assetsReady(root: string): boolean {
  return existsSync(join(root, 'index.html'));
}
