// YAML front matter of a Markdown file: split it off, parse it with `yaml`, and read the fields notes use.
import { parse as parseYaml } from 'yaml';
import { NOTE_KINDS, SHARING_STAGES } from '../../common/api/types';
import type { NoteKind, SharingStage } from '../../common/api/types';
import { fastFrontMatter } from './fast-front-matter';

export interface FrontMatter {
  title: string | null;
  aliases: string[];
  tags: string[];
  kind: NoteKind | null;
  stage: SharingStage | null;
  created: string | null;
  updated: string | null;
}

export interface SplitFile {
  /** The text after the front matter block (the whole text when there is none or it is broken). */
  body: string;
  data: FrontMatter;
  /** Problems worth a warning: broken YAML, unknown kind/stage, bad dates. */
  problems: string[];
}

const EMPTY: FrontMatter = { title: null, aliases: [], tags: [], kind: null, stage: null, created: null, updated: null };
const BLOCK_RE = /^---[ \t]*\n([\s\S]*?)\n?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export function splitFrontMatter(text: string): SplitFile {
  if (!text.startsWith('---')) return { body: text, data: { ...EMPTY }, problems: [] };
  const m = BLOCK_RE.exec(text);
  if (!m) return { body: text, data: { ...EMPTY }, problems: ['Front matter is not closed by "---"; imported the file as-is'] };
  let raw: unknown = fastFrontMatter(m[1]);
  if (raw) return readFields(raw as Record<string, unknown>, text.slice(m[0].length));
  try {
    raw = parseYaml(m[1], { prettyErrors: false, uniqueKeys: false });
  } catch (err) {
    const reason = (err as Error).message.split('\n')[0];
    return { body: text, data: { ...EMPTY }, problems: [`Front matter is not valid YAML (${reason}); imported the file as-is`] };
  }
  const body = text.slice(m[0].length);
  if (raw === null || raw === undefined) return { body, data: { ...EMPTY }, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { body: text, data: { ...EMPTY }, problems: ['Front matter is not a YAML mapping; imported the file as-is'] };
  }
  return readFields(raw as Record<string, unknown>, body);
}

function readFields(raw: Record<string, unknown>, body: string): SplitFile {
  const problems: string[] = [];
  const data: FrontMatter = { ...EMPTY };
  if (typeof raw.title === 'string' || typeof raw.title === 'number') data.title = String(raw.title).trim() || null;
  data.aliases = stringList(raw.aliases ?? raw.alias, /\s*,\s*/);
  data.tags = stringList(raw.tags ?? raw.tag, /[\s,]+/)
    .map((t) => t.replace(/^#+/, ''))
    .filter((t) => t.length > 0 && t.length <= 80 && !/[\s#,]/.test(t));
  if (raw.kind !== undefined) {
    if ((NOTE_KINDS as readonly unknown[]).includes(raw.kind)) data.kind = raw.kind as NoteKind;
    else problems.push(`Unknown kind ${JSON.stringify(raw.kind)} ignored`);
  }
  if (raw.stage !== undefined) {
    if ((SHARING_STAGES as readonly unknown[]).includes(raw.stage)) data.stage = raw.stage as SharingStage;
    else problems.push(`Unknown stage ${JSON.stringify(raw.stage)} ignored`);
  }
  for (const key of ['created', 'updated'] as const) {
    const value = raw[key] ?? (key === 'created' ? raw.date : raw.modified);
    if (value === undefined) continue;
    const iso = toIsoDate(value);
    if (iso) data[key] = iso;
    else problems.push(`Front matter "${key}" is not a valid date; ignored`);
  }
  return { body, data, problems };
}

function stringList(value: unknown, separator: RegExp): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(separator) : [];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string' && typeof item !== 'number') continue;
    const s = String(item).trim();
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

function toIsoDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value.trim())) return null;
  const d = new Date(value.trim());
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
