// copw stats --workspace DIR [--json]: counts of notes, links, domains, members, plans.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { createServices } from '../../node/services/create-services';
import { createInProcessClient } from '../../node/transport/in-process';
import { RESOURCES_DIR } from '../repo-paths';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('Print counts for a workspace')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .option('--json', 'print JSON')
    .action(async (opts: { workspace: string; json?: boolean }) => {
      const services = createServices({ workspaceDir: resolve(opts.workspace), resourcesDir: RESOURCES_DIR });
      try {
        const client = createInProcessClient(services);
        const stats = await client.call('workspace.stats', {});
        if (opts.json) {
          process.stdout.write(JSON.stringify(stats, null, 2) + '\n');
        } else {
          const info = await client.call('workspace.info', {});
          process.stdout.write(`${info.name} (${info.path})\n`);
          for (const [k, v] of Object.entries(stats)) process.stdout.write(`  ${k.padEnd(16)} ${v}\n`);
        }
      } finally {
        services.close();
      }
    });
}
