// copw network [--domain NAME] [--topic T] [--from D] [--to D] [--json], copw network import-survey FILE.csv,
// copw network report -o FILE.html|FILE.csv: the community's sharing network from the command line.
import type { Command } from 'commander';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { ApiClient } from '../../common/api/contract';
import type { NetworkFilter, NetworkMetrics, SurveyImportReport } from '../../common/api/methods/network';
import { AppError } from '../../common/errors';
import { createServices } from '../../node/services/create-services';
import { createInProcessClient } from '../../node/transport/in-process';
import { RESOURCES_DIR } from '../repo-paths';

interface FilterOpts {
  workspace?: string;
  domain?: string;
  topic?: string;
  from?: string;
  to?: string;
}

const MAX_SURVEY_BYTES = 64 * 1024 * 1024;
const out = (text: string) => process.stdout.write(text);

async function withClient<T>(workspace: string | undefined, fn: (client: ApiClient) => Promise<T>): Promise<T> {
  if (!workspace) throw new AppError('INVALID_INPUT', "required option '--workspace <dir>' not specified");
  const services = createServices({ workspaceDir: resolve(workspace), resourcesDir: RESOURCES_DIR });
  try {
    return await fn(createInProcessClient(services));
  } finally {
    services.close();
  }
}

async function toFilter(client: ApiClient, o: FilterOpts): Promise<NetworkFilter> {
  let domainId: string | undefined;
  if (o.domain) {
    const key = o.domain.trim().toLowerCase();
    const d = (await client.call('domains.list', {})).find((x) => x.id === o.domain || x.slug === key || x.name.toLowerCase() === key);
    if (!d) throw new AppError('NOT_FOUND', `No domain named "${o.domain}"`);
    domainId = d.id;
  }
  return { domainId, topic: o.topic, from: o.from, to: o.to };
}

function withFilterOptions(cmd: Command): Command {
  return cmd
    .option('--workspace <dir>', 'workspace folder (required)')
    .option('--domain <name>', "only this domain's members")
    .option('--topic <topic>', 'only ties about this survey topic or note tag')
    .option('--from <date>', 'ties on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'ties on or before this date (YYYY-MM-DD)');
}

/** The JSON of `copw network --json`: the metrics without the edge list, recommendations with their texts. */
export function networkJson(m: NetworkMetrics): unknown {
  return {
    members: m.members,
    ties: m.ties,
    density: m.density,
    reciprocity: m.reciprocity,
    oneWayShare: m.oneWayShare,
    isolates: m.isolates,
    components: m.components,
    centralization: m.centralization,
    scope: m.scope,
    perMember: m.perMember.map(({ id, name, inDegree, outDegree, betweenness }) => ({ id, name, inDegree, outDegree, betweenness })),
    recommendations: m.recommendations.map(({ kind, memberIds, text }) => ({ kind, memberIds, text })),
  };
}

function networkText(m: NetworkMetrics): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `${m.members} members, ${m.ties} ties, density ${m.density.toFixed(4)}, ${m.components} components, ${m.isolates} isolates`,
    `reciprocity ${pct(m.reciprocity)}, one-way ${pct(m.oneWayShare)}, degree centralization ${m.centralization.toFixed(3)}`,
    '',
    `${'member'.padEnd(28)} ${'in'.padStart(5)} ${'out'.padStart(5)} betweenness`,
    ...[...m.perMember].sort((a, b) => b.betweenness - a.betweenness).map((p) => `${p.name.slice(0, 28).padEnd(28)} ${String(p.inDegree).padStart(5)} ${String(p.outDegree).padStart(5)} ${p.betweenness.toFixed(4)}`),
  ];
  if (m.recommendations.length) lines.push('', 'Recommendations:', ...m.recommendations.map((r) => `- ${r.text.en}`));
  return lines.join('\n') + '\n';
}

function surveyText(r: SurveyImportReport): string {
  const s = r.skipped;
  const lines = [`${r.rows} rows: ${r.imported} imported; skipped ${s.self} self-ties, ${s.duplicate} duplicates, ${s.unknown} with unknown members, ${s.invalid} invalid`];
  if (r.unknownNames.length) lines.push(`Unknown names: ${r.unknownNames.join(', ')}`);
  for (const e of r.errors) lines.push(`line ${e.line}: ${e.message}`);
  if (r.moreErrors) lines.push(`… ${r.moreErrors} more errors`);
  return lines.join('\n') + '\n';
}

function readSurveyFile(file: string): string {
  const path = resolve(file);
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new AppError('INVALID_INPUT', `${path} is not a regular file`);
    size = st.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('NOT_FOUND', `No survey file at ${path}`);
  }
  if (size > MAX_SURVEY_BYTES) throw new AppError('INVALID_INPUT', `${path} is larger than 64 MB`);
  return readFileSync(path, 'utf8');
}

export function registerNetworkCommands(program: Command): void {
  const network = withFilterOptions(program.command('network'))
    .description("The community's knowledge-sharing network: metrics, recommendations, survey import, report")
    .enablePositionalOptions()
    .option('--json', 'print JSON')
    .action(async (opts: FilterOpts & { json?: boolean }) => {
      await withClient(opts.workspace, async (client) => {
        const m = await client.call('network.metrics', await toFilter(client, opts));
        out(opts.json ? JSON.stringify(networkJson(m), null, 2) + '\n' : networkText(m));
      });
    });

  network
    .command('import-survey <file>')
    .description('Import questionnaire answers (CSV header respondent,contact,direction[,topic][,frequency])')
    .option('--workspace <dir>', 'workspace folder (required)')
    .option('--json', 'print the import report as JSON')
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      // The parent `network` command shares option names; whichever level took them, read the merged set.
      const opts = cmd.optsWithGlobals<{ workspace?: string; json?: boolean }>();
      const csvText = readSurveyFile(file);
      await withClient(opts.workspace, async (client) => {
        const r = await client.call('network.importSurvey', { csvText, sourceFile: basename(file) });
        out(opts.json ? JSON.stringify(r, null, 2) + '\n' : surveyText(r));
      });
    });

  withFilterOptions(network.command('report'))
    .description('Write the network report (.html) or the per-member metrics (.csv)')
    .requiredOption('-o, --out <file>', 'FILE.html or FILE.csv')
    .option('--lang <lang>', 'report language: en or id', 'en')
    .action(async (_opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<FilterOpts & { out: string; lang: string }>();
      const ext = extname(opts.out).toLowerCase();
      if (ext !== '.html' && ext !== '.csv') throw new AppError('INVALID_INPUT', `--out must end in .html or .csv (got "${opts.out}")`);
      if (opts.lang !== 'en' && opts.lang !== 'id') throw new AppError('INVALID_INPUT', `--lang must be en or id (got "${opts.lang}")`);
      const lang = opts.lang;
      await withClient(opts.workspace, async (client) => {
        const filter = await toFilter(client, opts);
        const file = ext === '.html' ? await client.call('network.reportHtml', { ...filter, lang }) : await client.call('network.metricsCsv', filter);
        writeFileSync(resolve(opts.out), file.content);
        out(`Wrote ${resolve(opts.out)}\n`);
      });
    });
}
