// Notes at scale through the in-process API: backlinks, paging and rename on a seeded 50,000-note workspace, plus the
// same notes read and parsed as an Obsidian-style Markdown folder (run: npx tsx bench/notes.bench.ts [--notes N]).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { seededRandom } from '../src/common/seeded-random';
import { parseWikiLinks, titleKey } from '../src/common/wikilink';
import { findResourcesDir } from '../src/node/paths';
import { createServices, createWorkspace } from '../src/node/services/create-services';
import { NoteStore } from '../src/node/store/note-store';
import { createInProcessClient } from '../src/node/transport/in-process';
import { splitFrontMatter } from '../src/node/vault/front-matter';

const argN = process.argv.indexOf('--notes');
const N = argN > 0 ? Number(process.argv[argN + 1]) : 50_000;
const DOMAINS = 10;
const LINKS_PER_NOTE = 5;
/** Share of links that go to the hub (note 0): 5% of 5 links a note reaches ~23% of notes, 11,000+ at 50,000. */
const HUB_SHARE = 0.05;
const resourcesDir = findResourcesDir();
const root = mkdtempSync(join(tmpdir(), 'copw-notes-bench-'));
const rand = seededRandom(3);
const VOCAB = Array.from({ length: 3000 }, (_, i) => {
  const syll = ['ka', 'lo', 'mi', 'ner', 'ta', 'sun', 'pe', 'ri', 'do', 'van', 'shel', 'lib', 'ar', 'co'];
  let w = '';
  for (let n = 2 + (i % 3), x = i * 7919 + 13; n > 0; n--, x = Math.floor(x / 14) + i) w += syll[x % syll.length];
  return w;
});
const word = () => VOCAB[Math.floor(VOCAB.length * rand() ** 2)];
const title = (i: number) => `${VOCAB[i % VOCAB.length]} ${VOCAB[(i * 31) % VOCAB.length]} ${i}`;
/** Power-law in-degree: low note numbers are linked far more often; note 0 is the hub. */
const target = () => (rand() < HUB_SHARE ? 0 : Math.floor(N * rand() ** 4));

const results: Record<string, number> = {};
const rows: [string, string][] = [];
function record(name: string, value: number, unit: string, note = ''): void {
  results[`${name} (${unit})`] = Math.round(value * 100) / 100;
  const shown = `${value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(2)} ${unit}${note ? ` ${note}` : ''}`;
  rows.push([name, shown]);
  console.log(`${name.padEnd(46)} ${shown}`);
}
function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function p95(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
}

interface GenNote {
  title: string;
  domain: number;
  tags: string[];
  body: string;
}

function generate(): GenNote[] {
  const notes: GenNote[] = [];
  for (let i = 0; i < N; i++) {
    const paras: string[] = [`# ${title(i)}`];
    const links = Array.from({ length: LINKS_PER_NOTE }, () => `[[${title(target())}]]`);
    let size = 0;
    let p = 0;
    while (size < 1900) {
      const words = Array.from({ length: 40 }, word);
      if (p < links.length) words.splice(Math.floor(rand() * words.length), 0, links[p]);
      p++;
      const para = words.join(' ') + '.';
      paras.push(para);
      size += para.length + 2;
    }
    for (; p < links.length; p++) paras.push(`See ${links[p]}.`);
    notes.push({ title: title(i), domain: i % DOMAINS, tags: [`t${i % 50}`, `area${i % 7}`], body: paras.join('\n\n') + '\n' });
  }
  return notes;
}

async function main(): Promise<void> {
  let t = performance.now();
  const gen = generate();
  const ws = join(root, 'ws');
  createWorkspace(ws, { demo: false, resourcesDir, name: 'Notes bench' });
  const fill = createServices({ workspaceDir: ws, resourcesDir });
  const now = '2026-11-01T00:00:00.000Z';
  fill.db.transaction(() => {
    const insertDomain = fill.db.prepare('INSERT INTO domains (id, slug, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    for (let d = 0; d < DOMAINS; d++) insertDomain.run(`d${d}`, `domain-${d}`, `Domain ${d}`, now, now);
    const store = new NoteStore(fill.db);
    gen.forEach((n, i) => store.insert({ id: `n${String(i).padStart(6, '0')}`, title: n.title, domainId: `d${n.domain}`, kind: 'practice', stage: 'share', body: n.body, tags: n.tags, createdAt: now, updatedAt: now }));
    store.relinkAll();
  })();
  const linkCount = fill.db.prepare('SELECT count(*) FROM links').pluck().get() as number;
  fill.close();
  const totalBytes = gen.reduce((s, n) => s + Buffer.byteLength(n.body), 0);
  console.log(`Notes benchmark: ${N.toLocaleString('en')} notes (~${Math.round(totalBytes / N)} B bodies), ${linkCount.toLocaleString('en')} wikilinks, ${DOMAINS} domains`);
  record('generate + insert + link (one transaction)', (performance.now() - t) / 1000, 's');

  // Open through the services, as the app does, and answer a first call.
  t = performance.now();
  const services = createServices({ workspaceDir: ws, resourcesDir });
  const client = createInProcessClient(services);
  await client.call('notes.page', { offset: 0, limit: 100 });
  record('open workspace + first notes.page', performance.now() - t, 'ms');

  const hub = 'n000000';
  let first = await client.call('notes.backlinks', { id: hub, offset: 0, limit: 100 });
  const hubTotal = first.total;
  const firstSamples: number[] = [];
  for (let i = 0; i < 20; i++) {
    const s = performance.now();
    first = await client.call('notes.backlinks', { id: hub, offset: 0, limit: 100 });
    firstSamples.push(performance.now() - s);
  }
  record(`hub backlinks: first page of 100 (of ${hubTotal.toLocaleString('en')}) p50`, median(firstSamples), 'ms');
  t = performance.now();
  let seen = 0;
  for (let offset = 0; offset < hubTotal; offset += 500) seen += (await client.call('notes.backlinks', { id: hub, offset, limit: 500 })).items.length;
  record(`hub backlinks: all ${seen.toLocaleString('en')} in pages of 500`, performance.now() - t, 'ms');

  const samples: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const id = `n${String(1 + Math.floor(rand() * (N - 1))).padStart(6, '0')}`;
    const s = performance.now();
    await client.call('notes.backlinks', { id, offset: 0, limit: 100 });
    samples.push(performance.now() - s);
  }
  record('backlinks of 1,000 random notes p50', median(samples), 'ms');
  record('backlinks of 1,000 random notes p95', p95(samples), 'ms');

  const pageSamples: number[] = [];
  for (let i = 0; i < 50; i++) {
    const offset = Math.floor(rand() * (N - 100));
    const s = performance.now();
    await client.call('notes.page', { sort: i % 2 ? 'updated' : 'title', offset, limit: 100 });
    pageSamples.push(performance.now() - s);
  }
  record('notes.page (100 at random offsets) p50', median(pageSamples), 'ms');
  record('notes.page (100 at random offsets) p95', p95(pageSamples), 'ms');

  // Rename a note with about 100 backlinks: every linking note's body is rewritten in one transaction.
  const renamed = services.db
    .prepare('SELECT target_id, count(DISTINCT source_id) AS c FROM links WHERE target_id IS NOT NULL GROUP BY target_id ORDER BY abs(c - 100) LIMIT 1')
    .get() as { target_id: string; c: number };
  t = performance.now();
  const rename = await client.call('notes.rename', { id: renamed.target_id, title: 'Renamed hub of the bench' });
  record(`notes.rename, ${renamed.c} backlinks (${rename.updatedNotes} notes rewritten)`, performance.now() - t, 'ms');
  services.close();

  // The same notes as an Obsidian-style folder: one folder per domain, one .md per note with YAML front matter.
  const vault = join(root, 'vault');
  for (let d = 0; d < DOMAINS; d++) mkdirSync(join(vault, `Domain ${d}`), { recursive: true });
  gen.forEach((n) => writeFileSync(join(vault, `Domain ${n.domain}`, `${n.title}.md`), `---\ntitle: ${n.title}\ntags: [${n.tags.join(', ')}]\ncreated: ${now}\n---\n${n.body}`));
  t = performance.now();
  const files: string[] = [];
  for (const d of readdirSync(vault)) for (const f of readdirSync(join(vault, d))) files.push(readFileSync(join(vault, d, f), 'utf8'));
  const readMs = performance.now() - t;
  t = performance.now();
  const incoming = new Map<string, number>();
  let parsedLinks = 0;
  for (const text of files) {
    const split = splitFrontMatter(text);
    for (const l of parseWikiLinks(split.body)) {
      parsedLinks++;
      const k = titleKey(l.title);
      incoming.set(k, (incoming.get(k) ?? 0) + 1);
    }
  }
  const parseMs = performance.now() - t;
  record(`Markdown folder: read ${files.length.toLocaleString('en')} files`, readMs, 'ms');
  record(`Markdown folder: parse front matter + ${parsedLinks.toLocaleString('en')} wikilinks`, parseMs, 'ms');
  record('Markdown folder: read + parse (backlink index ready)', readMs + parseMs, 'ms');
  record('peak RSS', process.resourceUsage().maxRSS / 1024, 'MB');

  console.log('\n| measure | value |\n|---|---|');
  for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
  console.log(`BENCH_JSON ${JSON.stringify({ notes: N, links: linkCount, hubBacklinks: hubTotal, ...results })}`);
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => rmSync(root, { recursive: true, force: true }));
