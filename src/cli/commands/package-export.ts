// copw export: writes a .copkg package of a selection (domains, tags, kinds, stages, plans, notes, linked depth), or previews it.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { ExportPreview, ExportResult } from '../../common/api/methods/packages';
import { AppError } from '../../common/errors';
import type { PackageSelection } from '../../common/packages/manifest-types';
import { createServices } from '../../node/services/create-services';
import type { Services } from '../../node/services/create-services';
import { createInProcessClient } from '../../node/transport/in-process';
import type { ApiClient } from '../../common/api/contract';
import { RESOURCES_DIR } from '../repo-paths';

interface ExportOpts {
  workspace: string;
  domain: string[];
  tag: string[];
  kind: string[];
  stage: string[];
  plan: string[];
  note: string[];
  exclude: string[];
  depth: string;
  attachments: boolean;
  title?: string;
  description?: string;
  output?: string;
  sign?: boolean;
  preview?: boolean;
  json?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** A domain given by id, slug or name (case-insensitive). */
async function domainIds(client: ApiClient, refs: string[]): Promise<{ ids: string[]; names: string[] }> {
  if (!refs.length) return { ids: [], names: [] };
  const domains = await client.call('domains.list', {});
  const found = refs.map((ref) => {
    const wanted = ref.trim().toLowerCase();
    const d = domains.find((x) => x.id === ref || x.slug === wanted || x.name.toLowerCase() === wanted);
    if (!d) throw new AppError('NOT_FOUND', `No domain named "${ref}"`);
    return d;
  });
  return { ids: found.map((d) => d.id), names: found.map((d) => d.name) };
}

/** The domains' names, else the plans' titles, else the workspace name. */
async function defaultTitle(client: ApiClient, domainNames: string[], planIds: string[]): Promise<string> {
  if (domainNames.length) return domainNames.join(', ');
  if (planIds.length) return (await Promise.all(planIds.map((id) => client.call('plans.get', { id })))).map((p) => p.title).join(', ');
  return (await client.call('workspace.info', {})).name;
}

function showProgress(services: Services): () => void {
  let shown = false;
  const unsubscribe = services.subscribe((event, payload) => {
    if (event !== 'task.progress') return;
    const p = payload as { title: string; done: number; total: number };
    if (p.total < 1000) return;
    shown = true;
    const pct = Math.floor((100 * p.done) / Math.max(1, p.total));
    if (process.stderr.isTTY) process.stderr.write(`\r${p.title}: ${pct}%`);
  });
  return () => {
    unsubscribe();
    if (shown && process.stderr.isTTY) process.stderr.write('\n');
  };
}

function printPreview(p: ExportPreview): void {
  process.stdout.write(`${p.notes.length} notes, ${p.attachments.length} attachments, ${p.members.length} members, ${p.domains.length} domains, ${p.plans.length} plans (${p.totalBytes} bytes)\n`);
  for (const n of p.notes) process.stdout.write(`  ${n.id}  ${n.title}  [${n.reason}]\n`);
  for (const m of p.members) process.stdout.write(`  member ${m.name}: ${m.fields.join(', ')}\n`);
}

function printResult(r: ExportResult): void {
  const c = r.counts;
  process.stdout.write(
    `Exported ${c.notes} notes, ${c.attachments} attachments, ${c.members} members, ${c.plans} plans to ${r.path} (package ${r.packageId} v${r.packageVersion}, ${r.bytes} bytes${r.signed ? ', signed' : ''})\n`,
  );
}

export function registerPackageExportCommand(program: Command): void {
  program
    .command('export')
    .description('Export a selection of notes (with attachments, members referenced, plans) as a .copkg package')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .option('--domain <name>', 'notes of this domain (name, slug or id; repeatable)', collect, [])
    .option('--tag <tag>', 'notes with this tag or a sub-tag of it (repeatable)', collect, [])
    .option('--kind <kind>', 'notes of this kind (repeatable)', collect, [])
    .option('--stage <stage>', 'notes at this stage (repeatable)', collect, [])
    .option('--plan <id>', "a plan with its output and meeting-record notes (repeatable)", collect, [])
    .option('--note <id>', 'this note (repeatable)', collect, [])
    .option('--depth <n>', 'also include notes linked from the selection up to this depth (0-10)', '0')
    .option('--exclude <id>', 'leave this note out (repeatable)', collect, [])
    .option('--no-attachments', 'leave attachments out')
    .option('--title <title>', 'package title (default: the domains or the workspace name)')
    .option('--description <text>', 'package description')
    .option('-o, --output <file>', 'the .copkg file to write')
    .option('--sign', "sign the manifest with this workspace's identity key")
    .option('--preview', 'print what would be exported, write nothing')
    .option('--json', 'print JSON (the export result, or the preview with --preview)')
    .action(async (opts: ExportOpts) => {
      const depth = Number(opts.depth);
      if (!Number.isInteger(depth) || depth < 0 || depth > 10) throw new AppError('INVALID_INPUT', `--depth must be an integer from 0 to 10, got ${opts.depth}`);
      if (!opts.preview && !opts.output) throw new AppError('INVALID_INPUT', 'Give the package file with -o FILE.copkg (or use --preview)');
      const services = createServices({ workspaceDir: resolve(opts.workspace), resourcesDir: RESOURCES_DIR });
      const stop = showProgress(services);
      try {
        const client = createInProcessClient(services);
        const domains = await domainIds(client, opts.domain);
        const selection: PackageSelection = {
          domainIds: domains.ids,
          tags: opts.tag,
          kinds: opts.kind,
          stages: opts.stage,
          planIds: opts.plan,
          noteIds: opts.note,
          depth,
          includeAttachments: opts.attachments,
          excludedNoteIds: opts.exclude,
        };
        if (opts.preview) {
          const preview = await client.call('packages.previewExport', { selection });
          if (opts.json) process.stdout.write(JSON.stringify(preview, null, 2) + '\n');
          else printPreview(preview);
          return;
        }
        const title = opts.title ?? (await defaultTitle(client, domains.names, opts.plan)).slice(0, 300);
        const result = await client.call('packages.export', {
          selection,
          outPath: resolve(opts.output!),
          title,
          description: opts.description ?? '',
          sign: opts.sign ?? false,
        });
        stop();
        if (opts.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
        else printResult(result);
      } finally {
        stop();
        services.close();
      }
    });
}
