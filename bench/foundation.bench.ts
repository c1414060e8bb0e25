// npm run bench: prints timings and memory for workspace creation, opening and API calls over each transport.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApiClient } from '../src/common/api/client';
import { createHttpTransport } from '../src/common/api/http-transport';
import { findResourcesDir } from '../src/node/paths';
import { createServices, createWorkspace } from '../src/node/services/create-services';
import { NoteStore } from '../src/node/store/note-store';
import { createInProcessClient } from '../src/node/transport/in-process';
import { startServer } from '../src/server/http-server';

const resourcesDir = findResourcesDir();
const root = mkdtempSync(join(tmpdir(), 'copw-bench-'));
const rows: [string, string][] = [];
const record = (name: string, value: string) => {
  rows.push([name, value]);
  console.log(`${name.padEnd(48)} ${value}`);
};

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
}

async function latency(label: string, n: number, call: (i: number) => Promise<unknown>): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await call(i);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const p = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))].toFixed(2);
  record(label, `p50 ${p(0.5)} ms  p95 ${p(0.95)} ms  (n=${n})`);
}

async function main() {
  const [, createMs] = time(() => createWorkspace(join(root, 'demo'), { demo: true, resourcesDir }));
  record('create demo workspace', `${createMs.toFixed(1)} ms`);
  const [services, openMs] = time(() => createServices({ workspaceDir: join(root, 'demo'), resourcesDir }));
  record('open demo workspace', `${openMs.toFixed(1)} ms`);

  // A large synthetic workspace: 20,000 notes, each linking to 3 others.
  const big = join(root, 'big');
  const N = 20_000;
  const [, bigMs] = time(() =>
    createWorkspace(big, {
      demo: false,
      resourcesDir,
      name: 'Synthetic',
    }),
  );
  const bigServices = createServices({ workspaceDir: big, resourcesDir });
  const [, fillMs] = time(() =>
    bigServices.db.transaction(() => {
      bigServices.db.prepare("INSERT INTO domains (id, slug, name, created_at, updated_at) VALUES ('d1', 'd1', 'Domain', '', '')").run();
      const notes = new NoteStore(bigServices.db);
      for (let i = 0; i < N; i++) {
        notes.insert({
          title: `Note ${i}`,
          domainId: 'd1',
          kind: 'practice',
          stage: 'share',
          body: `Body of ${i} links [[Note ${(i * 7 + 1) % N}]], [[Note ${(i * 13 + 2) % N}]] and [[Note ${(i * 31 + 3) % N}]].`,
          createdAt: '2026-01-01',
          updatedAt: '2026-01-01',
        });
      }
      notes.relinkAll();
    })(),
  );
  record(`create empty workspace`, `${bigMs.toFixed(1)} ms`);
  record(`insert + link ${N} notes (one transaction)`, `${fillMs.toFixed(0)} ms`);

  const inProc = createInProcessClient(services);
  const demoIds = (await inProc.call('notes.list', {})).map((n) => n.id);
  await latency('in-process notes.get (demo)', 500, (i) => inProc.call('notes.get', { id: demoIds[i % demoIds.length] }));
  const bigClient = createInProcessClient(bigServices);
  await latency(`in-process workspace.stats (${N} notes)`, 50, () => bigClient.call('workspace.stats', {}));
  await latency(`in-process notes.list (${N} notes)`, 20, () => bigClient.call('notes.list', {}));

  const server = await startServer({ services, assetsDir: resourcesDir });
  const http = createApiClient(
    createHttpTransport({ baseUrl: `http://127.0.0.1:${server.port}`, token: server.token, fetch, createWebSocket: () => ({ addEventListener() {}, close() {} }) }),
  );
  await latency('http notes.get (demo)', 500, (i) => http.call('notes.get', { id: demoIds[i % demoIds.length] }));
  await latency('http workspace.stats (demo)', 500, () => http.call('workspace.stats', {}));
  await server.close();

  const mem = process.memoryUsage();
  record('memory rss / heap used', `${(mem.rss / 2 ** 20).toFixed(0)} MiB / ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`);
  services.close();
  bigServices.close();
  rmSync(root, { recursive: true, force: true });
}

main().catch((err) => {
  rmSync(root, { recursive: true, force: true });
  console.error(err);
  process.exit(1);
});
