// Markdown vault import/export throughput: 10,000 generated files with wikilinks and a few images (run: npx tsx bench/vault.bench.ts [N]).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findResourcesDir } from '../src/node/paths';
import { createServices, createWorkspace } from '../src/node/services/create-services';
import { exportMarkdown } from '../src/node/vault/export-markdown';
import { importMarkdown } from '../src/node/vault/import-markdown';

const N = Number(process.argv[2] ?? 10_000);
const root = mkdtempSync(join(tmpdir(), 'copw-vault-bench-'));
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const WORDS = 'shelf catalogue loan circulation reader member practice story lesson method tool archive index label return'.split(' ');
const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');

try {
  const vault = join(root, 'Bench Vault');
  mkdirSync(join(vault, 'images'), { recursive: true });
  for (let f = 0; f < 10; f++) mkdirSync(join(vault, `folder-${f}`));
  for (let i = 0; i < N; i++) {
    // Power-law-ish targets: low numbers are linked far more often.
    const links = Array.from({ length: 5 }, () => `[[note-${Math.floor(N * rand() ** 3)}]]`).join(', ');
    const image = i % 100 === 0 ? `\n![figure ${i}](../images/figure-${i % 1000}.png)\n` : '';
    if (image) writeFileSync(join(vault, 'images', `figure-${i % 1000}.png`), `png bytes ${i % 1000}`);
    const fm = `---\ntitle: Note ${i}\ntags: [bench, t${i % 20}]\n---\n`;
    const body = `# Note ${i}\n\n${words(120)}\n\nSee ${links}.\n${image}\n\`\`\`\ncode [[not-a-link]]\n\`\`\`\n\n- ${words(40)}\n- ${words(40)}\n`;
    writeFileSync(join(vault, `folder-${i % 10}`, `note-${i}.md`), fm + body);
  }
  const ws = join(root, 'ws');
  const resourcesDir = findResourcesDir();
  createWorkspace(ws, { demo: false, resourcesDir });
  const services = createServices({ workspaceDir: ws, resourcesDir });
  try {
    let t = performance.now();
    const cpu = process.cpuUsage();
    const report = importMarkdown({ db: services.db, workspaceDir: ws, dir: vault, now: new Date().toISOString() });
    const importMs = performance.now() - t;
    // CPU time (user + system) of this process: on a shared machine it moves less than wall time.
    const { user, system } = process.cpuUsage(cpu);
    const importCpuMs = (user + system) / 1000;
    t = performance.now();
    const exported = exportMarkdown({ db: services.db, workspaceDir: ws, outDir: join(root, 'out') });
    const exportMs = performance.now() - t;
    const rows = [
      ['files', N],
      ['notes imported', report.notes],
      ['links', report.links],
      ['unresolved links', report.unresolvedLinks],
      ['attachments', report.attachments],
      ['import ms', Math.round(importMs)],
      ['import notes/s', Math.round(report.notes / (importMs / 1000))],
      ['import CPU ms', Math.round(importCpuMs)],
      ['notes/CPU s', Math.round(report.notes / (importCpuMs / 1000))],
      ['export ms', Math.round(exportMs)],
      ['export notes/s', Math.round(exported.notes / (exportMs / 1000))],
      ['peak RSS MB', Math.round(process.resourceUsage().maxRSS / 1024)],
    ] as const;
    for (const [k, v] of rows) console.log(`${k.padEnd(18)} ${v}`);
    console.log(`BENCH_JSON ${JSON.stringify(Object.fromEntries(rows))}`);
  } finally {
    services.close();
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
