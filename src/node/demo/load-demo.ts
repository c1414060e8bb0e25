// Fills a new workspace database from the demo content shipped in resources/demo.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Database } from 'better-sqlite3';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { AppError } from '../../common/errors';
import { titleKey } from '../../common/wikilink';
import { endorse } from '../network/endorsements';
import { importSurvey } from '../network/survey-import';
import { DomainStore } from '../store/domain-store';
import { MemberStore } from '../store/member-store';
import { MetaStore } from '../store/meta-store';
import { NoteStore } from '../store/note-store';
import { loadDemoPlan } from '../plans/demo-plan';
import { createTemplateSource } from '../plans/template-source';
import { demoEndorsementsSchema, demoNoteFrontMatterSchema, demoWorkspaceSchema } from './demo-schema';
import { writeStageHistory } from './demo-stage-history';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new AppError('INVALID_INPUT', `${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** Splits a Markdown file into its YAML front matter and body. */
export function splitFrontMatter(text: string): { data: unknown; body: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { data: {}, body: text };
  return { data: parseYaml(m[1]) ?? {}, body: text.slice(m[0].length) };
}

function listFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, ext));
    else if (entry.endsWith(ext)) out.push(full);
  }
  return out;
}

const iso = (date: string) => (date.length === 10 ? `${date}T09:00:00.000Z` : new Date(date).toISOString());

/** Loads the demo into db (inside the caller's transaction). */
export function loadDemo(db: Database, demoDir: string, now: string): void {
  const ws = parseOrThrow(demoWorkspaceSchema, JSON.parse(readFileSync(join(demoDir, 'workspace.json'), 'utf8')), 'workspace.json');
  const meta = new MetaStore(db);
  meta.set('name', ws.name);
  meta.set('description', ws.description);

  const domains = new DomainStore(db);
  const domainIds = new Map<string, string>();
  for (const d of ws.domains) domainIds.set(d.slug, domains.insert(d, now));
  const domainId = (slug: string, file: string) => {
    const id = domainIds.get(slug);
    if (!id) throw new AppError('INVALID_INPUT', `${file}: unknown domain "${slug}"`);
    return id;
  };

  const members = new MemberStore(db);
  for (const m of ws.members) {
    members.insert(
      { ...m, email: m.email ?? null, domainIds: m.domains.map((s) => domainId(s, 'workspace.json')) },
      now,
    );
  }
  const memberIds = new Set(ws.members.map((m) => m.id));

  const notes = new NoteStore(db);
  const notesDir = join(demoDir, 'notes');
  for (const file of listFiles(notesDir, '.md')) {
    const rel = relative(notesDir, file);
    const { data, body } = splitFrontMatter(readFileSync(file, 'utf8'));
    const fm = parseOrThrow(demoNoteFrontMatterSchema, data, rel);
    const unknown = fm.authors.find((a) => !memberIds.has(a));
    if (unknown) throw new AppError('INVALID_INPUT', `${rel}: unknown author "${unknown}"`);
    const createdAt = iso(fm.created);
    const noteId = notes.insert({
      title: fm.title,
      domainId: domainId(rel.split(/[\\/]/)[0], rel),
      kind: fm.kind,
      stage: fm.stage,
      lang: fm.lang,
      body: body.trim() + '\n',
      tags: fm.tags,
      authorIds: fm.authors,
      aliases: fm.aliases,
      createdAt,
      updatedAt: iso(fm.updated),
    });
    writeStageHistory(db, noteId, fm.stage, createdAt, fm.stageDays ?? 0, now);
  }
  notes.relinkAll();

  const source = createTemplateSource(db, dirname(demoDir));
  for (const file of listFiles(join(demoDir, 'plans'), '.json')) {
    const rel = relative(demoDir, file);
    loadDemoPlan(db, source, JSON.parse(readFileSync(file, 'utf8')), rel, (slug) => domainId(slug, rel), now);
  }
  loadDemoSurvey(db, demoDir, now);
  loadDemoEndorsements(db, demoDir, now);
}

/** The sharing-network questionnaire (survey.csv), through the same import as `copw network import-survey`; every row must match. */
function loadDemoSurvey(db: Database, demoDir: string, now: string): void {
  const file = join(demoDir, 'survey.csv');
  if (!existsSync(file)) return;
  const report = importSurvey(db, readFileSync(file, 'utf8'), { sourceFile: 'survey.csv', now });
  const skipped = report.skipped.self + report.skipped.duplicate + report.skipped.unknown + report.skipped.invalid;
  if (skipped > 0 || report.imported !== report.rows) {
    const why = report.errors[0] ? `line ${report.errors[0].line}: ${report.errors[0].message}` : report.unknownNames.length ? `unknown ${report.unknownNames.join(', ')}` : `${skipped} rows skipped`;
    throw new AppError('INVALID_INPUT', `survey.csv: ${why}`);
  }
}

/** "I applied this" and comments (endorsements.json), dated `daysAgo` days before `now`. */
function loadDemoEndorsements(db: Database, demoDir: string, now: string): void {
  const file = join(demoDir, 'endorsements.json');
  if (!existsSync(file)) return;
  const list = parseOrThrow(demoEndorsementsSchema, JSON.parse(readFileSync(file, 'utf8')), 'endorsements.json');
  const noteId = db.prepare('SELECT id FROM notes WHERE title_key = ? AND deleted_at IS NULL').pluck();
  list.forEach((e, i) => {
    const id = noteId.get(titleKey(e.note)) as string | undefined;
    if (!id) throw new AppError('INVALID_INPUT', `endorsements.json[${i}]: no note titled "${e.note}"`);
    const at = new Date(Date.parse(now) - e.daysAgo * 86_400_000).toISOString();
    try {
      endorse(db, { noteId: id, memberId: e.member, kind: e.kind, text: e.text || undefined }, at);
    } catch (err) {
      throw new AppError('INVALID_INPUT', `endorsements.json[${i}]: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
}
