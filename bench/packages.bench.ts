// Packages at scale: export a seeded 10,000-note workspace to a .copkg (target ≥ 5,000 notes/s), then import it into a
// fresh workspace (target ≥ 2,000 notes/s) (run: npx tsx bench/packages.bench.ts [--notes N]).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { seededRandom } from '../src/common/seeded-random';
import { findResourcesDir } from '../src/node/paths';
import { createServices, createWorkspace } from '../src/node/services/create-services';
import { collectContent } from '../src/node/packages/export/collect-content';
import { renderNoteEntries, renderSharedEntries } from '../src/node/packages/export/render-entries';
import { workspaceId } from '../src/node/packages/workspace-id';
import { PlanService } from '../src/node/plans/plan-service';
import { createTemplateSource } from '../src/node/plans/template-source';
import { NoteStore } from '../src/node/store/note-store';
import { createInProcessClient } from '../src/node/transport/in-process';

const argN = process.argv.indexOf('--notes');
const N = argN > 0 ? Number(process.argv[argN + 1]) : 10_000;
const DOMAINS = 10;
const MEMBERS = 20;
const LINKS_PER_NOTE = 4;
const resourcesDir = findResourcesDir();
const root = mkdtempSync(join(tmpdir(), 'copw-packages-bench-'));
const rand = seededRandom(5);
const WORDS = ['library', 'catalogue', 'shelf', 'loan', 'queue', 'member', 'practice', 'story', 'review', 'session', 'index', 'record', 'reader', 'volunteer'];
const title = (i: number) => `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} note ${i}`;

const EMPTY_SELECTION = { domainIds: [], tags: [], kinds: [], stages: [], planIds: [], noteIds: [], depth: 0, includeAttachments: true, excludedNoteIds: [] };
const rows: [string, string][] = [];
const results: Record<string, number | string> = {};
function record(name: string, value: number, unit: string, note = ''): void {
  results[`${name} (${unit})`] = Math.round(value * 100) / 100;
  const shown = `${value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(2)} ${unit}${note ? ` ${note}` : ''}`;
  rows.push([name, shown]);
  console.log(`${name.padEnd(46)} ${shown}`);
}

function body(i: number): string {
  const paras: string[] = [`# ${title(i)}`];
  let size = 0;
  let links = 0;
  while (size < 1900) {
    const words = Array.from({ length: 40 }, () => WORDS[Math.floor(rand() * WORDS.length)]);
    if (links < LINKS_PER_NOTE) {
      words.splice(20, 0, `[[${title(Math.floor(N * rand() ** 2))}]]`);
      links++;
    }
    const para = words.join(' ') + '.';
    paras.push(para);
    size += para.length + 2;
  }
  return paras.join('\n\n') + '\n';
}

function seed(ws: string): void {
  createWorkspace(ws, { demo: false, resourcesDir, name: 'Packages bench' });
  const s = createServices({ workspaceDir: ws, resourcesDir });
  const now = '2026-11-01T00:00:00.000Z';
  s.db.transaction(() => {
    const domain = s.db.prepare('INSERT INTO domains (id, slug, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    for (let d = 0; d < DOMAINS; d++) domain.run(`d${d}`, `domain-${d}`, `Domain ${d}`, now, now);
    const member = s.db.prepare("INSERT INTO members (id, name, role, participation, narrative, created_at, updated_at) VALUES (?, ?, 'librarian', 'active', 'Ten years at the desk.', ?, ?)");
    for (let m = 0; m < MEMBERS; m++) member.run(`m${m}`, `Member ${m}`, now, now);
    const store = new NoteStore(s.db);
    for (let i = 0; i < N; i++) {
      store.insert({
        id: `n${String(i).padStart(6, '0')}`,
        title: title(i),
        domainId: `d${i % DOMAINS}`,
        kind: 'practice',
        stage: 'share',
        body: body(i),
        tags: [`t${i % 50}`, `area/${i % 7}`],
        authorIds: [`m${i % MEMBERS}`],
        createdAt: now,
        updatedAt: now,
      });
    }
    store.relinkAll();
  })();
  s.close();
}

async function measureImport(file: string): Promise<void> {
  const wsB = join(root, 'b');
  createWorkspace(wsB, { demo: false, resourcesDir, name: 'Import target' });
  const b = createServices({ workspaceDir: wsB, resourcesDir });
  try {
    const clientB = createInProcessClient(b);
    const t = performance.now();
    const report = await clientB.call('packages.import', { path: file });
    const importSeconds = (performance.now() - t) / 1000;
    record(`import into a fresh workspace (${report.added.toLocaleString('en')} added)`, importSeconds * 1000, 'ms');
    record('import throughput (target ≥ 2,000)', report.added / importSeconds, 'notes/s');
  } catch (err) {
    results['import throughput (notes/s)'] = `not measured: ${(err as Error).message}`;
    rows.push(['import throughput (target ≥ 2,000)', `not measured: ${(err as Error).message}`]);
    console.log(`import not measured: ${(err as Error).message}`);
    process.exitCode = 1;
  } finally {
    b.close();
  }
}

async function main(): Promise<void> {
  let t = performance.now();
  const wsA = join(root, 'a');
  seed(wsA);
  record(`seed ${N.toLocaleString('en')} notes (~2 KB, ${LINKS_PER_NOTE} links, 2 tags)`, (performance.now() - t) / 1000, 's');

  const a = createServices({ workspaceDir: wsA, resourcesDir });
  const clientA = createInProcessClient(a);
  const selection = { domainIds: Array.from({ length: DOMAINS }, (_, d) => `d${d}`) };
  t = performance.now();
  const preview = await clientA.call('packages.previewExport', { selection });
  record(`previewExport (${preview.notes.length.toLocaleString('en')} notes)`, performance.now() - t, 'ms');
  // The export's own work before the archive writer (select, read, hash, serialise), to tell it apart from zip writing.
  t = performance.now();
  const plans = new PlanService(a.db, () => new Date(), createTemplateSource(a.db, resourcesDir));
  const content = collectContent(a.db, plans, { ...EMPTY_SELECTION, ...selection }, workspaceId(a.db));
  const rendered = content.notes.reduce((s, n) => s + renderNoteEntries(n).length, 0) + renderSharedEntries(content).length;
  record(`export: select + collect + render ${rendered.toLocaleString('en')} entries`, performance.now() - t, 'ms');
  const file = join(root, 'all.copkg');
  t = performance.now();
  let exported: { counts: { notes: number } } | null = null;
  try {
    exported = await clientA.call('packages.export', { selection, outPath: file, title: 'Everything' });
  } catch (err) {
    // e.g. PKG_TOO_MANY_ENTRIES when the archive limits are below 2 entries per note; reported, and the run fails.
    rows.push(['export throughput (target ≥ 5,000)', `FAILED: ${(err as Error).message}`]);
    results['export throughput (notes/s)'] = `FAILED: ${(err as Error).message}`;
    console.log(`export FAILED: ${(err as Error).message}`);
    process.exitCode = 1;
  }
  const exportSeconds = (performance.now() - t) / 1000;
  a.close();
  if (exported) {
    record('export: write .copkg', exportSeconds * 1000, 'ms', `(${(statSync(file).size / 2 ** 20).toFixed(1)} MiB)`);
    record('export throughput (target ≥ 5,000)', exported.counts.notes / exportSeconds, 'notes/s');
    await measureImport(file);
  }
  record('peak RSS', process.resourceUsage().maxRSS / 1024, 'MB');

  console.log('\n| measure | value |\n|---|---|');
  for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
  console.log(`BENCH_JSON ${JSON.stringify({ notes: N, ...results })}`);
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => rmSync(root, { recursive: true, force: true }));
