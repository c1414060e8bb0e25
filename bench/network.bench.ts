// Sharing network at scale: import a 100,000-row survey CSV, then metrics (betweenness is the heavy part), report and
// CSV for 2,000 members / 20,000 ties (run: npx tsx bench/network.bench.ts [--members N] [--ties N]).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { seededRandom } from '../src/common/seeded-random';
import { findResourcesDir } from '../src/node/paths';
import { createServices, createWorkspace, type Services } from '../src/node/services/create-services';
import { MemberStore } from '../src/node/store/member-store';
import { createInProcessClient } from '../src/node/transport/in-process';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const MEMBERS = arg('--members', 2000);
const TIES = arg('--ties', 20_000);
const SURVEY_ROWS = arg('--rows', 100_000);
const resourcesDir = findResourcesDir();
const root = mkdtempSync(join(tmpdir(), 'copw-network-bench-'));
const rand = seededRandom(11);
const results: Record<string, number> = {};
let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

function record(name: string, value: number, unit: string): void {
  results[`${name} (${unit})`] = Math.round(value * 10) / 10;
  console.log(`${name.padEnd(44)} ${value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1)} ${unit}`);
}

function workspace(name: string): Services {
  const dir = join(root, name);
  createWorkspace(dir, { demo: false, resourcesDir, name: 'Network bench' });
  const s = createServices({ workspaceDir: dir, resourcesDir });
  const store = new MemberStore(s.db);
  s.db.transaction(() => {
    for (let i = 0; i < MEMBERS; i++) store.insert({ id: `m${i}`, name: `Member ${i}`, email: `m${i}@example.org`, role: '', participation: 'active', narrative: '', domainIds: [] }, '2026-11-01T00:00:00Z');
  })();
  return s;
}

/** Skewed choice so some members give to many (hubs) and many give to few, like the seed's study. */
const pick = () => Math.floor(MEMBERS * rand() ** 1.6);

async function main(): Promise<void> {
  // 1. Survey import: SURVEY_ROWS rows, mixed directions and topics, names and emails.
  const s1 = workspace('survey');
  const dirs = ['gives', 'gives', 'gives', 'receives', 'both'];
  const lines = ['respondent;contact;direction;topic;frequency'];
  for (let i = 0; i < SURVEY_ROWS; i++) {
    const r = pick();
    const c = Math.floor(rand() * MEMBERS);
    lines.push(`${i % 2 ? `Member ${r}` : `m${r}@example.org`};Member ${c};${dirs[i % dirs.length]};topic ${i % 20};monthly`);
  }
  const csvText = lines.join('\r\n');
  const c1 = createInProcessClient(s1);
  let t = performance.now();
  const rep = await c1.call('network.importSurvey', { csvText });
  record(`survey import ${SURVEY_ROWS.toLocaleString('en')} rows`, performance.now() - t, 'ms');
  console.log(`  imported ${rep.imported}, self ${rep.skipped.self}, duplicate ${rep.skipped.duplicate}`);
  sampleRss();
  t = performance.now();
  const again = await c1.call('network.importSurvey', { csvText });
  record('survey re-import (all duplicates)', performance.now() - t, 'ms');
  if (again.imported !== 0) throw new Error('re-import wrote ties');
  s1.close();

  // 2. Metrics on exactly TIES distinct directed pairs among MEMBERS members.
  const s2 = workspace('metrics');
  const pairs = new Set<string>();
  const rows = ['respondent,contact,direction'];
  while (pairs.size < TIES) {
    const a = pick();
    const b = Math.floor(rand() * MEMBERS);
    if (a === b || pairs.has(`${a}>${b}`)) continue;
    pairs.add(`${a}>${b}`);
    rows.push(`m${a}@example.org,m${b}@example.org,gives`);
  }
  const c2 = createInProcessClient(s2);
  await c2.call('network.importSurvey', { csvText: rows.join('\n') });
  t = performance.now();
  const m = await c2.call('network.metrics', {});
  record(`metrics ${MEMBERS.toLocaleString('en')} members / ${m.ties.toLocaleString('en')} ties`, performance.now() - t, 'ms');
  sampleRss();
  console.log(`  density ${m.density.toFixed(4)}, reciprocity ${m.reciprocity.toFixed(3)}, components ${m.components}, isolates ${m.isolates}, brokers ${m.recommendations.filter((r) => r.kind === 'broker').length}`);
  t = performance.now();
  await c2.call('network.metrics', { topic: 'none' });
  record('metrics, topic filter (empty network)', performance.now() - t, 'ms');
  t = performance.now();
  const html = await c2.call('network.reportHtml', {});
  record('report HTML', performance.now() - t, 'ms');
  record('report HTML size', html.content.length / 1024, 'KiB');
  t = performance.now();
  await c2.call('network.metricsCsv', {});
  record('metrics CSV', performance.now() - t, 'ms');
  sampleRss();
  s2.close();
  record('peak RSS', peakRss / 2 ** 20, 'MiB');
  console.log(`BENCH_JSON ${JSON.stringify(results)}`);
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => rmSync(root, { recursive: true, force: true }));
