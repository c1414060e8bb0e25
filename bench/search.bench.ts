// npx tsx bench/search.bench.ts [--notes N]: the search in use (MiniSearch titles + FTS5 bodies) vs plain FTS5, on a seeded synthetic workspace.
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Database from 'better-sqlite3';
import { findResourcesDir } from '../src/node/paths';
import { createServices, createWorkspace } from '../src/node/services/create-services';
import { DB_FILE } from '../src/node/db/open-workspace';
import { indexPath } from '../src/node/search/index-file';
import { titleKey } from '../src/common/wikilink';
import { NOTE_KINDS, SHARING_STAGES } from '../src/common/api/types';
import { seededRandom as rng } from '../src/common/seeded-random';

setFlagsFromString('--expose_gc');
/** A real full GC, so memory figures are live data and not garbage waiting to be collected. */
const gc = runInNewContext('gc') as () => void;

const argN = process.argv.indexOf('--notes');
const N = argN > 0 ? Number(process.argv[argN + 1]) : 50_000;
const resourcesDir = findResourcesDir();
const root = mkdtempSync(join(tmpdir(), 'copw-search-bench-'));
const ws = join(root, 'ws');

const rand = rng(20261122);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];

const FUNCTION_WORDS = 'the and of to in for with on at by from is are was were this that it as be have has not but or an we they our their yang dan di ke dari untuk dengan pada ini itu'.split(' ');
const DOMAIN_WORDS = (
  'circulation cataloguing catalogue procurement shelving stacks loan loans return returns desk queue reminder overdue fines waiver ' +
  'library librarian member members community practice domain knowledge sharing story tool method technique lesson meeting record ' +
  'vendor budget invoice delivery receiving checklist barcode label spine shelf reading rota stocktake weeding collection reference ' +
  'patron reader visitor children digital repository metadata authority control subject heading classification dewey marc copy ' +
  'peminjaman pengembalian sirkulasi pengadaan katalogisasi penyiangan koleksi buku rak perpustakaan pustakawan anggota komunitas ' +
  'praktik pengetahuan berbagi cerita alat metode teknik pelajaran rapat catatan anggaran faktur pengiriman penerimaan daftar periksa ' +
  'punggung pembacaan jadwal inventarisasi pemustaka rujukan anak repositori klasifikasi subjek tajuk salin jamur lembap ' +
  'denda keringanan pengingat antrean jam sibuk layanan meja kiosk mandiri pengolahan tercetak usulan pembelian penerbit hibah'
).split(' ');
const SYLLABLES = 'ka ta ra ma na pa sa la ga ba da ja wa ya ko to ro mo no po so lo go bo do ki ti ri mi ni pi si li gi bi di ku tu ru mu nu pu su lu gu bu du an en in on un ang eng ing ung er ar'.split(' ');
/** A vocabulary of 20,000 words by rank: function words first, library words spread over ranks 50-3,000, synthetic words elsewhere. */
const VOCAB = [...FUNCTION_WORDS];
const domainRanks = new Map(DOMAIN_WORDS.map((w) => [50 + Math.floor(rand() * 2950), w]));
while (VOCAB.length < 20_000) {
  const real = domainRanks.get(VOCAB.length);
  if (real && !VOCAB.includes(real)) {
    VOCAB.push(real);
    continue;
  }
  const n = 2 + Math.floor(rand() * 3);
  let w = '';
  for (let i = 0; i < n; i++) w += pick(SYLLABLES);
  VOCAB.push(w);
}
for (const w of DOMAIN_WORDS) if (!VOCAB.includes(w)) VOCAB[3000 + Math.floor(rand() * 5000)] = w;
/** Zipf draw (frequency ∝ 1/rank): a log-uniform rank. */
const word = () => VOCAB[Math.min(VOCAB.length - 1, Math.floor(Math.exp(rand() * Math.log(VOCAB.length))) - 1)];
const sentence = (n: number) => Array.from({ length: n }, word).join(' ');

const DOMAINS = ['Circulation', 'Procurement', 'Cataloguing', 'Shelving', 'Reference', 'Digital Services', 'Children', 'Local Content', 'Preservation', 'CoP Programme'];
const TAGS = Array.from({ length: 60 }, (_, i) => (i < 20 ? DOMAIN_WORDS[i] : `topic-${i}`));

function fillCorpus(): void {
  createWorkspace(ws, { demo: false, resourcesDir, name: 'Search bench' });
  const db = new Database(join(ws, DB_FILE));
  db.pragma('journal_mode = WAL');
  const at = '2026-11-01T00:00:00.000Z';
  db.transaction(() => {
    DOMAINS.forEach((d, i) =>
      db.prepare('INSERT INTO domains (id, slug, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(`d${i}`, d.toLowerCase().replace(/ /g, '-'), d, at, at),
    );
    for (let i = 0; i < 40; i++) {
      db.prepare("INSERT INTO members (id, name, participation, created_at, updated_at) VALUES (?, ?, 'active', ?, ?)").run(`m${i}`, `Member ${sentence(1)} ${i}`, at, at);
    }
    const insNote = db.prepare(
      'INSERT INTO notes (id, title, title_key, domain_id, kind, stage, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insTag = db.prepare('INSERT OR IGNORE INTO note_tags (note_id, tag) VALUES (?, ?)');
    const insAuthor = db.prepare('INSERT OR IGNORE INTO note_authors (note_id, member_id, position) VALUES (?, ?, ?)');
    for (let i = 0; i < N; i++) {
      const id = `n${i}`;
      const title = `${sentence(3 + Math.floor(rand() * 4))} ${i}`;
      let body = '';
      while (body.length < 2000) body += (rand() < 0.15 ? '\n\n## ' : '') + sentence(12) + '. ';
      insNote.run(id, title, titleKey(title), `d${i % DOMAINS.length}`, pick(NOTE_KINDS), pick(SHARING_STAGES), body, at, at);
      for (let t = Math.floor(rand() * 4); t > 0; t--) insTag.run(id, pick(TAGS));
      insAuthor.run(id, `m${Math.floor(rand() * 40)}`, 0);
    }
  })();
  db.close();
}

const QUERIES: { kind: string; text: string }[] = [
  { kind: 'prefix', text: 'circulation' },
  { kind: 'prefix', text: 'peminjaman' },
  { kind: 'fuzzy', text: 'catalogung' },
  { kind: 'fuzzy', text: 'penyiangn' },
  { kind: 'multi-word', text: 'overdue reminder desk' },
  { kind: 'multi-word', text: 'jadwal pembacaan rak' },
  { kind: 'filtered', text: 'domain:Circulation kind:practice loan' },
  { kind: 'filtered', text: 'tag:stacks stage:share barcode' },
];
/** Every prefix of the query as typed one character at a time (filters typed whole, as a UI chip would). */
function typed(text: string): string[] {
  const filters = text.split(' ').filter((w) => w.includes(':'));
  const free = text.split(' ').filter((w) => !w.includes(':')).join(' ');
  const prefix = filters.length ? filters.join(' ') + ' ' : '';
  return Array.from({ length: free.length }, (_, i) => prefix + free.slice(0, i + 1));
}

/** CPU time of this process (user + system) in ms: unlike wall time, not inflated when other processes share the cores. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function percentiles(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const p = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))].toFixed(2);
  return `p50 ${p(0.5).padStart(7)}  p95 ${p(0.95).padStart(7)}  p99 ${p(0.99).padStart(7)} ms  (n=${s.length})`;
}

const rows: [string, string][] = [];
function record(name: string, value: string): void {
  rows.push([name, value]);
  console.log(`${name.padEnd(44)} ${value}`);
}
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

async function openUntilReady(): Promise<{ ms: number; loadedFromDisk: boolean; services: ReturnType<typeof createServices> }> {
  const t = performance.now();
  const services = createServices({ workspaceDir: ws, resourcesDir });
  await services.api['search.query']({ q: 'warm', offset: 0, limit: 1 });
  const ms = performance.now() - t;
  const status = await services.api['search.status']({});
  return { ms, loadedFromDisk: status.loadedFromDisk, services };
}

/** FTS5 query for a typed prefix: AND of quoted terms, the last one as a prefix; filters as joins. */
function ftsQuery(q: string): { match: string; domain?: string; kind?: string; tag?: string; stage?: string } | null {
  const out: { match: string; domain?: string; kind?: string; tag?: string; stage?: string } = { match: '' };
  const terms: string[] = [];
  for (const w of q.split(' ').filter(Boolean)) {
    const m = /^(domain|kind|tag|stage):(.+)$/.exec(w);
    if (m) out[m[1] as 'domain'] = m[2];
    else terms.push(w.replace(/"/g, ''));
  }
  if (!terms.length) return null;
  out.match = terms.map((t, i) => `"${t}"${i === terms.length - 1 && !q.endsWith(' ') ? '*' : ''}`).join(' AND ');
  return out;
}

async function main(): Promise<void> {
  const load = (await import('node:os')).loadavg()[0].toFixed(1);
  console.log(`Search benchmark: ${N.toLocaleString('en')} notes, node ${process.version}, ${new Date().toISOString()}, load average ${load}\n`);
  let t = performance.now();
  fillCorpus();
  record('generate corpus (SQLite)', `${((performance.now() - t) / 1000).toFixed(1)} s, db ${mb(statSync(join(ws, DB_FILE)).size)}`);

  const cold = await openUntilReady();
  record('open → search ready, cold (rebuild)', `${(cold.ms / 1000).toFixed(2)} s (loadedFromDisk=${cold.loadedFromDisk})`);
  gc();
  record('memory with the built title index', `heap used ${mb(process.memoryUsage().heapUsed)}`);
  t = performance.now();
  cold.services.close();
  // A large index is saved in the background after the rebuild; wait until that write has landed.
  while (!existsSync(indexPath(ws)) && performance.now() - t < 180_000) await new Promise((r) => setTimeout(r, 100));
  record('close + background save of the title index', `${(performance.now() - t).toFixed(0)} ms`);
  record('title index file size', mb(statSync(indexPath(ws)).size));

  gc();
  const rssBefore = process.memoryUsage().rss;
  const warm = await openUntilReady();
  record('open → search ready, warm (load from disk)', `${(warm.ms / 1000).toFixed(2)} s (loadedFromDisk=${warm.loadedFromDisk})`);
  gc();
  const mem = process.memoryUsage();
  record('memory after warm load', `rss ${mb(mem.rss)} (+${mb(mem.rss - rssBefore)}), heap used ${mb(mem.heapUsed)}`);

  const all: number[] = [];
  const allCpu: number[] = [];
  const byKind = new Map<string, number[]>();
  for (const q of QUERIES) await warm.services.api['search.query']({ q: q.text, offset: 0, limit: 50 }); // warms the JIT
  for (let rep = 0; rep < 1; rep++) {
    for (const q of QUERIES) {
      for (const text of typed(q.text)) {
        const s = performance.now();
        const c = cpuMs();
        await warm.services.api['search.query']({ q: text, offset: 0, limit: 50 });
        const ms = performance.now() - s;
        allCpu.push(cpuMs() - c);
        all.push(ms);
        if (!byKind.has(q.kind)) byKind.set(q.kind, []);
        byKind.get(q.kind)!.push(ms);
      }
    }
  }
  for (const [k, s] of byKind) record(`query (in use), ${k}`, percentiles(s));
  record('query (in use), all typed prefixes', percentiles(all));
  record('query (in use), all, CPU time', percentiles(allCpu));
  const finals = await Promise.all(QUERIES.map((q) => warm.services.api['search.query']({ q: q.text, offset: 0, limit: 50 })));
  record('hits (in use) for the full queries', finals.map((r) => r.total).join(', '));
  record('peak RSS so far', mb(process.resourceUsage().maxRSS * 1024));
  warm.services.close();

  // SQLite FTS5 (bm25) on a scratch copy of the same database.
  const scratch = join(root, 'fts.db');
  copyFileSync(join(ws, DB_FILE), scratch);
  const db = new Database(scratch);
  // What migration 005 does when an existing workspace is opened by the new version: fill notes_fts from notes.
  t = performance.now();
  db.exec("INSERT INTO notes_fts (notes_fts) VALUES ('rebuild')");
  record('migration 005: fill notes_fts (title, body)', `${((performance.now() - t) / 1000).toFixed(2)} s`);
  t = performance.now();
  db.exec(`
    CREATE VIRTUAL TABLE fts USING fts5(title, aliases, tags, body, tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO fts (rowid, title, aliases, tags, body)
      SELECT n.rowid, n.title,
        coalesce((SELECT group_concat(alias, ' ') FROM note_aliases WHERE note_id = n.id), ''),
        coalesce((SELECT group_concat(tag, ' ') FROM note_tags WHERE note_id = n.id), ''),
        n.body FROM notes n WHERE n.deleted_at IS NULL;
  `);
  record('plain FTS5 build (all fields)', `${((performance.now() - t) / 1000).toFixed(2)} s`);
  const stmt = db.prepare(`
    SELECT n.id, n.title, bm25(fts, 6.0, 4.0, 2.0, 1.0) AS score, snippet(fts, 3, '«', '»', '…', 24) AS snippet
    FROM fts JOIN notes n ON n.rowid = fts.rowid JOIN domains d ON d.id = n.domain_id
    WHERE fts MATCH @match
      AND (@domain IS NULL OR lower(d.name) = lower(@domain) OR d.slug = lower(@domain))
      AND (@kind IS NULL OR n.kind = @kind) AND (@stage IS NULL OR n.stage = @stage)
      AND (@tag IS NULL OR EXISTS (SELECT 1 FROM note_tags t WHERE t.note_id = n.id AND lower(t.tag) = lower(@tag)))
    ORDER BY score LIMIT 50`);
  const ftsAll: number[] = [];
  const ftsCpu: number[] = [];
  const ftsByKind = new Map<string, number[]>();
  for (const q of QUERIES) stmt.all({ domain: null, kind: null, tag: null, stage: null, ...ftsQuery(q.text) }); // warms the page cache
  for (let rep = 0; rep < 1; rep++) {
    for (const q of QUERIES) {
      for (const text of typed(q.text)) {
        const fq = ftsQuery(text);
        if (!fq) continue;
        const s = performance.now();
        const c = cpuMs();
        stmt.all({ domain: null, kind: null, tag: null, stage: null, ...fq });
        const ms = performance.now() - s;
        ftsCpu.push(cpuMs() - c);
        ftsAll.push(ms);
        if (!ftsByKind.has(q.kind)) ftsByKind.set(q.kind, []);
        ftsByKind.get(q.kind)!.push(ms);
      }
    }
  }
  for (const [k, s] of ftsByKind) record(`plain FTS5 query, ${k}${k === 'fuzzy' ? ' (no fuzzy in FTS5)' : ''}`, percentiles(s));
  record('plain FTS5 query, all typed prefixes', percentiles(ftsAll));
  record('plain FTS5 query, all, CPU time', percentiles(ftsCpu));
  db.close();
  record('peak RSS', mb(process.resourceUsage().maxRSS * 1024));

  console.log('\n| measure | value |\n|---|---|');
  for (const [k, v] of rows) console.log(`| ${k} | ${v.trim()} |`);
  if (process.argv.includes('--keep')) console.log(`\nworkspace kept in ${ws}`);
  else rmSync(root, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  rmSync(root, { recursive: true, force: true });
  process.exit(1);
});
