// npm run bench: runs every benchmark as a child process, prints one combined table and writes bench/results.json.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');

/** Full sizes (50,000 notes for notes and search, 10,000 files for vault); the whole run takes about 3–4 minutes on 2 cores. */
const BENCHES: { name: string; script: string; args: string[] }[] = [
  { name: 'foundation', script: 'bench/foundation.bench.ts', args: [] },
  // vault before notes: the notes bench leaves ~1 GB of files being written back and deleted, which slows file reads.
  { name: 'vault', script: 'bench/vault.bench.ts', args: ['10000'] },
  { name: 'packages', script: 'bench/packages.bench.ts', args: ['--notes', '10000'] },
  { name: 'notes', script: 'bench/notes.bench.ts', args: ['--notes', '50000'] },
  { name: 'search', script: 'bench/search.bench.ts', args: ['--notes', process.env.COPW_BENCH_SEARCH_NOTES ?? '50000'] },
  { name: 'graph', script: 'bench/graph.bench.ts', args: ['--notes', '50000'] },
  { name: 'network', script: 'bench/network.bench.ts', args: ['--members', '2000', '--ties', '20000'] },
];

interface BenchResult {
  name: string;
  command: string;
  exitCode: number | null;
  seconds: number;
  /** Measure name → value as the bench printed it. */
  measures: Record<string, string | number>;
  stderr: string;
}

/** Reads `BENCH_JSON {...}`, else a Markdown `| measure | value |` table, else `name   value` lines. */
function parseMeasures(stdout: string): Record<string, string | number> {
  const json = /^BENCH_JSON (.*)$/m.exec(stdout);
  if (json) return JSON.parse(json[1]) as Record<string, string | number>;
  const table: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const m = /^\|\s*(.+?)\s*\|\s*(.+?)\s*\|$/.exec(line);
    if (m && m[1] !== 'measure' && !/^-+$/.test(m[1])) table[m[1]] = m[2];
  }
  if (Object.keys(table).length) return table;
  const out: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const m = /^(\S.*?\S)\s{2,}(\S.*)$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

function run(bench: (typeof BENCHES)[number]): Promise<BenchResult> {
  const args = ['--import', 'tsx', bench.script, ...bench.args];
  const command = `node ${args.join(' ')}`;
  console.log(`\n=== ${bench.name}: ${command}`);
  const t = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      process.stdout.write(d.toString().replace(/^BENCH_JSON .*\n?/gm, ''));
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      process.stderr.write(d);
    });
    child.on('close', (code) => {
      resolve({ name: bench.name, command, exitCode: code, seconds: Math.round((performance.now() - t) / 100) / 10, measures: parseMeasures(stdout), stderr: stderr.slice(-4000) });
    });
  });
}

async function main(): Promise<void> {
  const started = new Date();
  const loadBefore = loadavg();
  const t = performance.now();
  const results: BenchResult[] = [];
  for (const bench of BENCHES) results.push(await run(bench));
  const totalSeconds = Math.round((performance.now() - t) / 100) / 10;
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: started.toISOString(),
    loadAverageBefore: loadBefore.map((l) => Math.round(l * 100) / 100),
    loadAverageAfter: loadavg().map((l) => Math.round(l * 100) / 100),
  };
  writeFileSync(join(here, 'results.json'), JSON.stringify({ machine, totalSeconds, benches: results }, null, 2) + '\n');

  console.log(`\n=== All benchmarks (${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, node ${machine.node}, load ${machine.loadAverageBefore.join(' ')})\n`);
  console.log('| bench | measure | value |\n|---|---|---|');
  for (const r of results) {
    for (const [k, v] of Object.entries(r.measures)) console.log(`| ${r.name} | ${k} | ${v} |`);
    console.log(`| ${r.name} | (bench wall time) | ${r.seconds} s${r.exitCode === 0 ? '' : `, FAILED exit ${r.exitCode}`} |`);
  }
  console.log(`\nTotal ${totalSeconds} s (target < 300 s). Results written to bench/results.json.`);
  if (results.some((r) => r.exitCode !== 0)) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
