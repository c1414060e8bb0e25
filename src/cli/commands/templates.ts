// copw template list|validate|import|export: planning templates from the command line.
import type { Command } from 'commander';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TemplateSummary } from '../../common/api/methods/templates';
import { MAX_TEMPLATE_BYTES } from '../../common/api/methods/templates';
import { AppError } from '../../common/errors';
import { validateTemplateJson } from '../../common/templates/validate-template';
import type { TemplateValidationResult } from '../../common/templates/validate-template';
import { createServices } from '../../node/services/create-services';
import { createInProcessClient } from '../../node/transport/in-process';
import type { ApiClient } from '../../common/api/contract';
import { loadBuiltinTemplates } from '../../node/templates/builtin-templates';
import { summarizeTemplate } from '../../node/templates/template-summary';
import { RESOURCES_DIR } from '../repo-paths';

async function withClient<T>(workspace: string, fn: (client: ApiClient) => Promise<T>): Promise<T> {
  const services = createServices({ workspaceDir: resolve(workspace), resourcesDir: RESOURCES_DIR });
  try {
    return await fn(createInProcessClient(services));
  } finally {
    services.close();
  }
}

function printList(list: TemplateSummary[]): void {
  for (const t of list) {
    const plans = t.plans ? `, ${t.plans} plan${t.plans === 1 ? '' : 's'}` : '';
    process.stdout.write(`${t.id.padEnd(28)} v${t.version}  ${t.source.padEnd(7)}  ${t.name.en} / ${t.name.id} (${t.phases.length} phases${plans})\n`);
  }
}

/** Size of a file, or a clear NOT_FOUND error. */
function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    throw new AppError('NOT_FOUND', `No file ${file}`);
  }
}

/** Reads a template file for validation: too-large files are reported without reading them whole. */
function validateFile(file: string): TemplateValidationResult {
  const size = fileSize(file);
  if (size > MAX_TEMPLATE_BYTES) {
    return { ok: false, issues: [{ path: '', message: `Template file is ${size.toLocaleString('en')} bytes; at most ${MAX_TEMPLATE_BYTES.toLocaleString('en')} (1 MB) allowed` }] };
  }
  return validateTemplateJson(readFileSync(file, 'utf8'));
}

export function registerTemplateCommands(program: Command): void {
  const template = program.command('template').description('Planning templates: list, validate, import and export');

  template
    .command('list')
    .description('List the built-in templates, and with --workspace also the custom ones')
    .option('--workspace <dir>', 'workspace folder (adds its custom templates and plan counts)')
    .option('--json', 'print JSON')
    .action(async (opts: { workspace?: string; json?: boolean }) => {
      const list = opts.workspace
        ? await withClient(opts.workspace, (c) => c.call('templates.list', {}))
        : [...loadBuiltinTemplates(RESOURCES_DIR).values()].map((t) => summarizeTemplate(t, 'builtin', 0));
      if (opts.json) process.stdout.write(JSON.stringify(list, null, 2) + '\n');
      else printList(list);
    });

  template
    .command('validate')
    .description('Check a template file; prints every problem as `path: message` and exits non-zero when invalid')
    .argument('<file>', 'template JSON file')
    .option('--json', 'print {ok, issues} as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const path = resolve(file);
      const result = validateFile(path);
      if (opts.json) process.stdout.write(JSON.stringify({ ok: result.ok, issues: result.issues }, null, 2) + '\n');
      else if (result.ok && result.template) {
        process.stdout.write(`valid: ${result.template.id} v${result.template.version} (${result.template.phases.length} phases)\n`);
      } else for (const i of result.issues) process.stdout.write(`${i.path || '(file)'}: ${i.message}\n`);
      if (!result.ok) throw new AppError('INVALID_INPUT', `${file} has ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}`);
    });

  template
    .command('import')
    .description('Import a template file as a custom template of a workspace')
    .argument('<file>', 'template JSON file')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .option('--replace', 'save over an existing custom template with the same id (as its next version)')
    .option('--json', 'print the template summary as JSON')
    .action(async (file: string, opts: { workspace: string; replace?: boolean; json?: boolean }) => {
      const path = resolve(file);
      if (fileSize(path) > MAX_TEMPLATE_BYTES) throw new AppError('INVALID_INPUT', `${file} is larger than 1 MB`);
      const json = readFileSync(path, 'utf8');
      const summary = await withClient(opts.workspace, (c) => c.call('templates.import', { json, replace: opts.replace ?? false }));
      if (opts.json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
      else process.stdout.write(`Imported ${summary.id} v${summary.version}: ${summary.name.en}\n`);
    });

  template
    .command('export')
    .description('Write a template (built-in or custom) as a JSON file')
    .argument('<id>', 'template id')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .option('-o, --out <file>', 'file to write (default: print to stdout)')
    .action(async (id: string, opts: { workspace: string; out?: string }) => {
      const file = await withClient(opts.workspace, (c) => c.call('templates.export', { id }));
      if (opts.out) {
        writeFileSync(resolve(opts.out), file.json);
        process.stdout.write(`Wrote ${resolve(opts.out)}\n`);
      } else process.stdout.write(file.json);
    });
}
