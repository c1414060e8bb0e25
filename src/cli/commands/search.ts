// copw search "QUERY" --workspace DIR [--json] [--limit N]: full-text search with filters and phrases.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { AppError } from '../../common/errors';
import { createServices } from '../../node/services/create-services';
import { createInProcessClient } from '../../node/transport/in-process';
import { RESOURCES_DIR } from '../repo-paths';

function parseLimit(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 200) throw new AppError('INVALID_INPUT', `--limit must be a whole number from 1 to 200 (got "${v}")`);
  return n;
}

export function registerSearchCommand(program: Command): void {
  program
    .command('search')
    .description('Search notes: words (prefix, fuzzy), "phrases", domain: tag: kind: stage: author: filters')
    .argument('<query>', 'the query, e.g. "circulation domain:Circulation kind:practice"')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .option('--json', 'print JSON: an array of {id, title, domain, score, snippet}')
    .option('--limit <n>', 'maximum number of hits (1-200)', '20')
    .action(async (query: string, opts: { workspace: string; json?: boolean; limit: string }) => {
      const limit = parseLimit(opts.limit);
      const services = createServices({ workspaceDir: resolve(opts.workspace), resourcesDir: RESOURCES_DIR });
      try {
        const client = createInProcessClient(services);
        const result = await client.call('search.query', { q: query, limit });
        if (opts.json) {
          const hits = result.items.map((h) => ({ id: h.id, title: h.title, domain: h.domain, score: h.score, snippet: h.snippet }));
          process.stdout.write(JSON.stringify(hits, null, 2) + '\n');
          return;
        }
        if (result.items.length === 0) {
          process.stdout.write('No matching notes.\n');
          return;
        }
        for (const h of result.items) {
          process.stdout.write(`${h.score.toFixed(2).padStart(7)}  ${h.title}  [${h.domain}]  ${h.id}  ${h.snippet}\n`);
        }
        if (result.total > result.items.length) process.stdout.write(`(${result.items.length} of ${result.total} hits shown)\n`);
      } finally {
        services.close();
      }
    });
}
