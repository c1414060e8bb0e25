// copw note add|show and copw links: notes and their wikilinks from the command line.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ApiClient } from '../../common/api/contract';
import type { Note } from '../../common/api/types';
import { NOTE_KINDS } from '../../common/api/types';
import { AppError } from '../../common/errors';
import { titleKey } from '../../common/wikilink';
import { allLinks } from '../../node/notes/all-links';
import { createServices } from '../../node/services/create-services';
import type { Services } from '../../node/services/create-services';
import { createInProcessClient } from '../../node/transport/in-process';
import { RESOURCES_DIR } from '../repo-paths';

const MAX_BODY = 5_000_000;
const out = (text: string) => process.stdout.write(text);

async function withClient<T>(workspace: string, fn: (client: ApiClient, services: Services) => Promise<T>): Promise<T> {
  const services = createServices({ workspaceDir: resolve(workspace), resourcesDir: RESOURCES_DIR });
  try {
    return await fn(createInProcessClient(services), services);
  } finally {
    services.close();
  }
}

function readBody(file: string): string {
  let text: string;
  try {
    text = readFileSync(resolve(file), 'utf8');
  } catch (err) {
    throw new AppError('NOT_FOUND', `Cannot read --body-file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.length > MAX_BODY) throw new AppError('INVALID_INPUT', `--body-file ${file} is larger than 5 MB`);
  return text;
}

/** Finds a note by id, else by exact title (case-insensitive) among live notes; an ambiguous title lists its domains. */
async function findNote(client: ApiClient, ref: string): Promise<Note> {
  try {
    return await client.call('notes.get', { id: ref });
  } catch (err) {
    if (!(err instanceof AppError) || (err.code !== 'NOT_FOUND' && err.code !== 'INVALID_INPUT')) throw err;
  }
  const key = titleKey(ref);
  const matches = (await client.call('notes.linkTargets', {})).filter((t) => titleKey(t.title) === key);
  if (matches.length === 0) throw new AppError('NOT_FOUND', `No note with id or title "${ref}"`);
  if (matches.length > 1) {
    const where = matches.map((m) => `${m.domainName} (${m.id})`).join(', ');
    throw new AppError('CONFLICT', `Title "${ref}" is ambiguous: ${matches.length} notes have it, in ${where}; give the note id`);
  }
  return client.call('notes.get', { id: matches[0].id });
}

export function registerNoteCommands(program: Command): void {
  const note = program.command('note').description('Add and show notes');

  note
    .command('add')
    .description('Add a note to a domain; prints its id')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .requiredOption('--domain <name>', 'domain name, slug or id')
    .requiredOption('--title <title>', 'note title')
    .option('--body-file <file>', 'Markdown file with the body (UTF-8, at most 5 MB)')
    .option('--kind <kind>', `note kind: ${NOTE_KINDS.join(', ')}`, 'practice')
    .option('--json', 'print the new note as JSON')
    .action(async (opts: { workspace: string; domain: string; title: string; bodyFile?: string; kind: string; json?: boolean }) => {
      if (!(NOTE_KINDS as readonly string[]).includes(opts.kind)) {
        throw new AppError('INVALID_INPUT', `--kind must be one of ${NOTE_KINDS.join(', ')} (got "${opts.kind}")`);
      }
      const body = opts.bodyFile === undefined ? undefined : readBody(opts.bodyFile);
      await withClient(opts.workspace, async (client, services) => {
        const domains = await client.call('domains.list', {});
        const ref = opts.domain.trim().toLocaleLowerCase('en');
        const domain = domains.find((d) => d.id === opts.domain || d.name.toLocaleLowerCase('en') === ref || d.slug.toLocaleLowerCase('en') === ref);
        if (!domain) throw new AppError('NOT_FOUND', `No domain "${opts.domain}"; domains: ${domains.map((d) => d.name).join(', ') || '(none)'}`);
        const created = await client.call('notes.create', { domainId: domain.id, title: opts.title, kind: opts.kind as (typeof NOTE_KINDS)[number] });
        let result = created;
        if (body) {
          try {
            result = await client.call('notes.update', { id: created.id, body });
          } catch (err) {
            // All or nothing: do not leave an empty note behind.
            services.db.prepare('DELETE FROM notes WHERE id = ?').run(created.id);
            throw err;
          }
        }
        out(opts.json ? JSON.stringify(result, null, 2) + '\n' : `${result.id}\n`);
      });
    });

  note
    .command('show')
    .description('Show a note by id or exact title (case-insensitive)')
    .argument('<idOrTitle>', 'note id or title')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .option('--json', 'print JSON')
    .action(async (ref: string, opts: { workspace: string; json?: boolean }) => {
      await withClient(opts.workspace, async (client) => {
        const n = await findNote(client, ref);
        const domain = (await client.call('domains.list', {})).find((d) => d.id === n.domainId);
        if (opts.json) {
          out(JSON.stringify({ ...n, domain: domain?.name ?? null }, null, 2) + '\n');
          return;
        }
        out(`${n.title}\n`);
        out(`  id       ${n.id}\n  domain   ${domain?.name ?? n.domainId}\n  kind     ${n.kind}\n  stage    ${n.stage}\n`);
        if (n.tags.length) out(`  tags     ${n.tags.join(', ')}\n`);
        if (n.aliases.length) out(`  aliases  ${n.aliases.join(', ')}\n`);
        out(`  updated  ${n.updatedAt}\n`);
        const unresolved = n.links.filter((l) => l.targetId === null).length;
        out(`  links    ${n.links.length} (${unresolved} unresolved)\n\n${n.body}${n.body.endsWith('\n') ? '' : '\n'}`);
      });
    });

  program
    .command('links')
    .description('List every wikilink of the live notes')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .option('--json', 'print JSON: an array of {from, to, target, resolved, heading, label}')
    .action(async (opts: { workspace: string; json?: boolean }) => {
      await withClient(opts.workspace, async (_client, services) => {
        const links = allLinks(services.db);
        if (opts.json) {
          out(JSON.stringify(links, null, 2) + '\n');
          return;
        }
        for (const l of links) out(`${l.from} -> ${l.to ?? '(unresolved)'}  [[${l.target}]]\n`);
        out(`${links.length} links, ${links.filter((l) => !l.resolved).length} unresolved\n`);
      });
    });
}
