// copw plan new|show|list|report: 5D (and other template) plans from the command line.
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ApiClient } from '../../common/api/contract';
import type { Plan } from '../../common/api/methods/plans';
import { AppError } from '../../common/errors';
import { createServices } from '../../node/services/create-services';
import { createInProcessClient } from '../../node/transport/in-process';
import { RESOURCES_DIR } from '../repo-paths';

const out = (text: string) => process.stdout.write(text);

async function withClient<T>(workspace: string, fn: (client: ApiClient) => Promise<T>): Promise<T> {
  const services = createServices({ workspaceDir: resolve(workspace), resourcesDir: RESOURCES_DIR });
  try {
    return await fn(createInProcessClient(services));
  } finally {
    services.close();
  }
}

async function domainId(client: ApiClient, ref: string): Promise<string> {
  const key = ref.trim().toLowerCase();
  const d = (await client.call('domains.list', {})).find((x) => x.id === ref || x.slug === key || x.name.toLowerCase() === key);
  if (!d) throw new AppError('NOT_FOUND', `No domain named "${ref}"`);
  return d.id;
}

async function memberId(client: ApiClient, ref: string): Promise<string> {
  const key = ref.trim().toLowerCase();
  const m = (await client.call('members.list', {})).filter((x) => x.id === ref || x.name.toLowerCase() === key);
  if (m.length === 0) throw new AppError('NOT_FOUND', `No member with id or name "${ref}"`);
  if (m.length > 1) throw new AppError('CONFLICT', `Member name "${ref}" is ambiguous; give the member id`);
  return m[0].id;
}

/** The plan for `plan show --json`: phases with progress 0–1, their tasks, outputs present/missing, and meetings. */
export function planShowJson(plan: Plan): unknown {
  const { template: _template, ...rest } = plan;
  const outputs = plan.outputs.map((o) => ({ ...o, present: o.noteId !== null }));
  return {
    ...rest,
    phases: plan.phases.map((p) => ({
      ...p,
      tasks: plan.tasks.filter((t) => t.phaseId === p.id),
      outputs: outputs.filter((o) => o.phaseId === p.id),
      meetings: plan.meetings.filter((m) => m.phaseId === p.id),
    })),
    outputs: { present: outputs.filter((o) => o.present), missing: outputs.filter((o) => !o.present) },
  };
}

function planText(plan: Plan): string {
  const pct = (n: number) => `${Math.round(n * 100)}%`;
  const lines = [`${plan.title}  (${plan.id})`, `${plan.templateName.en} v${plan.templateVersion} · ${plan.domainName} · ${pct(plan.progress)} · ${plan.overdueTasks} overdue`];
  for (const p of plan.phases) {
    lines.push(`${p.id === plan.currentPhase ? '>' : ' '} ${p.title.en.padEnd(14)} ${p.status.padEnd(12)} ${pct(p.progress)}`);
    for (const b of p.blockers) lines.push(`    - ${b.message.en}`);
  }
  const missing = plan.outputs.filter((o) => !o.noteId).length;
  lines.push(`${plan.tasks.length} tasks, ${plan.meetings.length} meetings, outputs ${plan.outputs.length - missing}/${plan.outputs.length} present`);
  return lines.join('\n') + '\n';
}

export function registerPlanCommands(program: Command): void {
  const plan = program.command('plan').description('Start, show and report plans made from templates');

  plan
    .command('new')
    .description('Start a plan from a template for a domain; prints the plan id')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .requiredOption('--template <id>', 'template id (see copw template list)')
    .requiredOption('--domain <name>', 'domain name, slug or id')
    .requiredOption('--title <title>', 'plan title')
    .option('--coordinator <member>', 'coordinator: member id or name')
    .option('--lang <lang>', 'language of generated tasks and notes: en or id', 'en')
    .option('--json', 'print the new plan as JSON')
    .action(async (opts: { workspace: string; template: string; domain: string; title: string; coordinator?: string; lang: string; json?: boolean }) => {
      if (opts.lang !== 'en' && opts.lang !== 'id') throw new AppError('INVALID_INPUT', `--lang must be en or id, got "${opts.lang}"`);
      const lang = opts.lang;
      await withClient(opts.workspace, async (client) => {
        const created = await client.call('plans.create', {
          templateId: opts.template,
          domainId: await domainId(client, opts.domain),
          title: opts.title,
          coordinatorId: opts.coordinator ? await memberId(client, opts.coordinator) : null,
          lang,
        });
        out(opts.json ? JSON.stringify(planShowJson(created), null, 2) + '\n' : `${created.id}\n`);
      });
    });

  plan
    .command('show <id>')
    .description('Show a plan: phases with progress, blockers, tasks, outputs, meetings')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { workspace: string; json?: boolean }) => {
      await withClient(opts.workspace, async (client) => {
        const p = await client.call('plans.get', { id });
        out(opts.json ? JSON.stringify(planShowJson(p), null, 2) + '\n' : planText(p));
      });
    });

  plan
    .command('list')
    .description('List plans with domain, current phase, progress and overdue tasks')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .option('--json', 'print JSON')
    .action(async (opts: { workspace: string; json?: boolean }) => {
      await withClient(opts.workspace, async (client) => {
        const plans = await client.call('plans.list', {});
        if (opts.json) out(JSON.stringify(plans, null, 2) + '\n');
        else for (const p of plans) out(`${p.id}\t${p.title}\t${p.domainName}\t${p.currentPhaseTitle.en}\t${Math.round(p.progress * 100)}%\t${p.overdueTasks} overdue\n`);
      });
    });

  plan
    .command('report <id>')
    .description('Write the plan report (charter, phases, tasks, meetings, outputs) as Markdown or self-contained HTML')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .requiredOption('--format <format>', 'md or html')
    .requiredOption('-o, --output <file>', 'file to write')
    .option('--lang <lang>', 'report language: en or id (default: the plan language)')
    .action(async (id: string, opts: { workspace: string; format: string; output: string; lang?: string }) => {
      if (opts.format !== 'md' && opts.format !== 'html') throw new AppError('INVALID_INPUT', `--format must be md or html, got "${opts.format}"`);
      if (opts.lang !== undefined && opts.lang !== 'en' && opts.lang !== 'id') throw new AppError('INVALID_INPUT', `--lang must be en or id, got "${opts.lang}"`);
      const format = opts.format;
      const lang = opts.lang as 'en' | 'id' | undefined;
      await withClient(opts.workspace, async (client) => {
        const report = await client.call('plans.report', { id, format, ...(lang ? { lang } : {}) });
        writeFileSync(resolve(opts.output), report.content, 'utf8');
        out(`${resolve(opts.output)}\n`);
      });
    });
}
