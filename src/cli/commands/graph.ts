// copw graph / copw problems: knowledge graph counts (nodes, edges, components, orphans, broken links) and the Problems list.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { ApiClient } from '../../common/api/contract';
import { AppError } from '../../common/errors';
import { createServices } from '../../node/services/create-services';
import { createInProcessClient } from '../../node/transport/in-process';
import { RESOURCES_DIR } from '../repo-paths';

const ALL = 100_000;

async function withClient(workspace: string, fn: (client: ApiClient) => Promise<void>): Promise<void> {
  const services = createServices({ workspaceDir: resolve(workspace), resourcesDir: RESOURCES_DIR });
  try {
    await fn(createInProcessClient(services));
  } finally {
    services.close();
  }
}

function stuckDays(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 36_500) throw new AppError('INVALID_INPUT', `--stuck-days must be a whole number of days from 0 to 36500, not "${value}"`);
  return n;
}

export function registerGraphCommands(program: Command): void {
  program
    .command('graph')
    .description('Knowledge graph of the live notes: nodes, edges, weak components, orphan notes, broken links, per-domain metrics')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .option('--json', 'print JSON')
    .action(async (opts: { workspace: string; json?: boolean }) => {
      await withClient(opts.workspace, async (client) => {
        const metrics = await client.call('graph.metrics', {});
        const problems = await client.call('graph.problems', { limit: ALL });
        const w = metrics.workspace;
        const out = {
          nodes: w.notes,
          edges: w.links,
          density: w.density,
          components: w.components,
          orphans: problems.orphans,
          brokenLinks: problems.brokenLinks,
          topPageRank: w.topPageRank,
          domains: metrics.domains,
        };
        if (opts.json) {
          process.stdout.write(JSON.stringify(out, null, 2) + '\n');
          return;
        }
        process.stdout.write(`${out.nodes} notes, ${out.edges} links, ${out.components} components, ${out.orphans.length} orphans, ${out.brokenLinks.length} broken links\n`);
        for (const d of metrics.domains) {
          process.stdout.write(`  ${d.name}: ${d.notes} notes, ${d.links} links, density ${d.density.toFixed(4)}, ${d.components} components\n`);
        }
      });
    });

  program
    .command('problems')
    .description('Broken links, orphan notes, notes without a usable domain or kind, notes stuck in a stage, duplicate titles')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .option('--stuck-days <n>', 'a note is stuck after this many days in one stage (default 30)')
    .option('--json', 'print JSON')
    .action(async (opts: { workspace: string; stuckDays?: string; json?: boolean }) => {
      const days = stuckDays(opts.stuckDays);
      await withClient(opts.workspace, async (client) => {
        const p = await client.call('graph.problems', { stuckDays: days, limit: ALL });
        if (opts.json) {
          process.stdout.write(JSON.stringify(p, null, 2) + '\n');
          return;
        }
        const c = p.counts;
        process.stdout.write(`${c.total} problems: ${c.brokenLinks} broken links, ${c.orphans} orphans, ${c.noDomain} without a domain, ${c.noKind} without a kind, ${c.stuck} stuck, ${c.duplicateTitles} duplicate titles\n`);
        for (const b of p.brokenLinks) process.stdout.write(`  broken link  ${b.sourceTitle} → [[${b.target}]]  (${b.sourceId})\n`);
        for (const o of p.orphans) process.stdout.write(`  orphan       ${o.title}  (${o.id})\n`);
        for (const n of p.noDomain) process.stdout.write(`  no domain    ${n.title}  (${n.reason} domain ${n.domainId})\n`);
        for (const n of p.noKind) process.stdout.write(`  no kind      ${n.title}  (${n.reason === 'unknown' ? `unknown kind "${n.kind}"` : 'never classified'})\n`);
        for (const s of p.stuck) process.stdout.write(`  stuck        ${s.title}  (${s.stage} for ${s.days} days)\n`);
        for (const d of p.duplicateTitles) process.stdout.write(`  duplicate    ${d.title}  (${d.ids.join(', ')})\n`);
      });
    });
}
