// copw import-markdown DIR and copw export-markdown OUT_DIR: Markdown vaults (Obsidian/Foam) in and out of a workspace.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { AppError } from '../../common/errors';
import type { MarkdownImportReport } from '../../common/api/methods/vault';
import { createServices } from '../../node/services/create-services';
import type { Services } from '../../node/services/create-services';
import { createInProcessClient } from '../../node/transport/in-process';
import { RESOURCES_DIR } from '../repo-paths';

/** Prints task.progress events on stderr (one overwritten line when stderr is a terminal). */
function showProgress(services: Services): () => void {
  let shown = false;
  const unsubscribe = services.subscribe((event, payload) => {
    if (event !== 'task.progress') return;
    const p = payload as { title: string; done: number; total: number; finished: boolean };
    if (p.total < 100) return;
    const pct = Math.floor((100 * p.done) / Math.max(1, p.total));
    shown = true;
    if (process.stderr.isTTY) process.stderr.write(`\r${p.title}: ${pct}%`);
    else process.stderr.write(`${p.title}: ${pct}%\n`);
  });
  return () => {
    unsubscribe();
    if (shown && process.stderr.isTTY) process.stderr.write('\n');
  };
}

function printImport(report: MarkdownImportReport): void {
  const verb = report.dryRun ? 'Would import' : 'Imported';
  process.stdout.write(
    `${verb} ${report.notes} notes, ${report.links} links (${report.unresolvedLinks} unresolved), ${report.attachments} attachments\n`,
  );
  if (report.warnings.length) {
    process.stdout.write(`${report.warnings.length} warnings:\n`);
    for (const w of report.warnings) process.stdout.write(`  ${w.file}: ${w.message}\n`);
  }
}

export function registerVaultCommands(program: Command): void {
  program
    .command('import-markdown')
    .description('Import a folder of Markdown files (Obsidian/Foam vault) as one domain, all or nothing')
    .argument('<dir>', 'vault folder')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .option('--domain <name>', 'domain to import into (default: the folder name; an existing domain is reused)')
    .option('--dry-run', 'parse and report without writing anything')
    .option('--json', 'print the report as JSON: notes, links, unresolvedLinks, attachments, warnings')
    .action(async (dir: string, opts: { workspace: string; domain?: string; dryRun?: boolean; json?: boolean }) => {
      const services = createServices({ workspaceDir: resolve(opts.workspace), resourcesDir: RESOURCES_DIR });
      const stop = showProgress(services);
      try {
        const client = createInProcessClient(services);
        const report = await client.call('vault.importMarkdown', { dir: resolve(dir), domainName: opts.domain, dryRun: opts.dryRun ?? false });
        stop();
        if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
        else printImport(report);
      } finally {
        stop();
        services.close();
      }
    });

  program
    .command('export-markdown')
    .description('Export the workspace (or some domains) to an empty folder as Markdown with front matter and wikilinks')
    .argument('<outDir>', 'empty or new folder to write into')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .option('--domain <name>', 'export only this domain (name or slug; repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--json', 'print the report as JSON')
    .action(async (outDir: string, opts: { workspace: string; domain: string[]; json?: boolean }) => {
      const services = createServices({ workspaceDir: resolve(opts.workspace), resourcesDir: RESOURCES_DIR });
      const stop = showProgress(services);
      try {
        const client = createInProcessClient(services);
        const known = await client.call('domains.list', {});
        const domainIds = opts.domain.map((name) => {
          const wanted = name.trim().toLowerCase();
          const domain = known.find((d) => d.name.toLowerCase() === wanted || d.slug === wanted);
          if (!domain) throw new AppError('NOT_FOUND', `No domain named "${name}"`);
          return domain.id;
        });
        const report = await client.call('vault.exportMarkdown', { outDir: resolve(outDir), domainIds });
        stop();
        if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
        else process.stdout.write(`Exported ${report.notes} notes and ${report.attachments} attachments to ${report.outDir}\n`);
      } finally {
        stop();
        services.close();
      }
    });
}
