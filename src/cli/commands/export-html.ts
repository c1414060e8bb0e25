// copw export-html OUT_DIR: the static offline HTML mini-site of the workspace (or of some domains) for members without the app.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { AppError } from '../../common/errors';
import { createServices } from '../../node/services/create-services';
import { createInProcessClient } from '../../node/transport/in-process';
import { RESOURCES_DIR } from '../repo-paths';

export function registerExportHtmlCommand(program: Command): void {
  program
    .command('export-html')
    .description('Export notes as a static offline HTML mini-site (index per domain, linked note pages, images, local search) into an empty folder')
    .argument('<outDir>', 'empty or new folder to write into')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .option('--domain <name>', 'export this domain (repeatable; default: all domains)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--json', 'print the result as JSON: outDir, notes, pages')
    .action(async (outDir: string, opts: { workspace: string; domain: string[]; json?: boolean }) => {
      const services = createServices({ workspaceDir: resolve(opts.workspace), resourcesDir: RESOURCES_DIR });
      try {
        const client = createInProcessClient(services);
        let domainIds: string[] | undefined;
        if (opts.domain.length > 0) {
          const all = await client.call('domains.list', {});
          domainIds = opts.domain.map((name) => {
            const wanted = name.trim().toLowerCase();
            const domain = all.find((d) => d.name.toLowerCase() === wanted || d.slug === wanted);
            if (!domain) throw new AppError('NOT_FOUND', `No domain named "${name}"`);
            return domain.id;
          });
        }
        const result = await client.call('packages.exportHtml', { outDir: resolve(outDir), domainIds });
        if (opts.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
        else process.stdout.write(`Exported ${result.notes} notes (${result.pages} pages) to ${result.outDir}; open index.html in a browser\n`);
      } finally {
        services.close();
      }
    });
}
