// copw import FILE.copkg --workspace W [--strategy …] [--dry-run] [--json]: verified package import, all or nothing.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { AppError } from '../../common/errors';
import type { ImportReport, ImportStrategy } from '../../common/api/methods/packages';
import { readPackage } from '../../node/packages/archive-reader';
import { createServices } from '../../node/services/create-services';
import type { Services } from '../../node/services/create-services';
import { createInProcessClient } from '../../node/transport/in-process';
import { RESOURCES_DIR } from '../repo-paths';

const STRATEGIES: ImportStrategy[] = ['keep-mine', 'take-theirs', 'keep-both'];

/** Prints task.progress on stderr as "<title>: <pct>%" lines (overwritten in a terminal). */
function showProgress(services: Services): () => void {
  let shown = false;
  const unsubscribe = services.subscribe((event, payload) => {
    if (event !== 'task.progress') return;
    const p = payload as { title: string; done: number; total: number };
    if (p.total < 100) return;
    shown = true;
    const line = `${p.title}: ${Math.floor((100 * p.done) / Math.max(1, p.total))}%`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
  });
  return () => {
    unsubscribe();
    if (shown && process.stderr.isTTY) process.stderr.write('\n');
    shown = false;
  };
}

/** "; plans: 1 added, …" when the package brought plans to add, update or resolve. */
function planLine(r: ImportReport): string {
  if (!r.plansAdded && !r.plansUpdated && !r.plansConflicts) return '';
  return `; plans: ${r.plansAdded} added, ${r.plansUpdated} updated, ${r.plansConflicts} conflicts`;
}

function printReport(r: ImportReport): void {
  const verb = r.dryRun ? 'Would import' : 'Imported';
  process.stdout.write(
    `${verb} package ${r.packageId} v${r.packageVersion}: ${r.added} added, ${r.updated} updated, ${r.conflicts} conflicts` +
      `${r.keptBoth ? ` (${r.keptBoth} kept both)` : ''}, ${r.unchanged} unchanged${planLine(r)}\n`,
  );
}

export function registerPackageImport(program: Command): void {
  program
    .command('import')
    .description('Import a .copkg package: verified before anything is written, then one transaction')
    .argument('<file>', 'package file (.copkg)')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .option('--strategy <strategy>', 'for conflicts (both sides changed): keep-mine, take-theirs or keep-both', 'keep-mine')
    .option('--dry-run', 'verify and classify without writing anything')
    .option('--json', 'print the report as JSON: added, updated, conflicts, unchanged, keptBoth, …')
    .action(async (file: string, opts: { workspace: string; strategy: string; dryRun?: boolean; json?: boolean }) => {
      if (!STRATEGIES.includes(opts.strategy as ImportStrategy)) {
        throw new AppError('INVALID_INPUT', `--strategy must be one of ${STRATEGIES.join(', ')} (got "${opts.strategy}")`);
      }
      const path = resolve(file);
      // The archive is verified before the workspace is even opened: a refused package touches nothing there.
      await readPackage(path);
      const services = createServices({ workspaceDir: resolve(opts.workspace), resourcesDir: RESOURCES_DIR });
      const stop = showProgress(services);
      try {
        const client = createInProcessClient(services);
        const report = await client.call('packages.import', { path, strategy: opts.strategy as ImportStrategy, dryRun: opts.dryRun ?? false });
        stop();
        if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
        else printReport(report);
      } finally {
        stop();
        services.close();
      }
    });
}
