// A fast, strictly narrower pre-check of packageNoteSchema: what it accepts, the zod schema accepts unchanged.
import { NOTE_KINDS, SHARING_STAGES } from '../../../common/api/types';
import type { PackageNote } from '../../../common/packages/manifest-types';
import { MAX_NOTE_BODY_BYTES } from './package-schemas';

const KEYS = ['id', 'origin', 'title', 'domainId', 'kind', 'stage', 'lang', 'tags', 'aliases', 'authorIds', 'body', 'createdAt', 'updatedAt', 'contentHash'];
const KINDS = new Set<string>(NOTE_KINDS);
const STAGES = new Set<string>(SHARING_STAGES);
const TITLE_BAD = /[\u0000-\u001f\u007f[\]|#]/;
const TAG = /^[^\s#,]+$/;
const HASH = /^[0-9a-f]{64}$/;

const isString = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.length >= min && v.length <= max;
const isId = (v: unknown): v is string => isString(v, 1, 200);
const isTitle = (v: unknown): boolean => isString(v, 1, 300) && v.trim() === v && !TITLE_BAD.test(v);

/** A plain JSON object whose own keys are exactly `keys` (any order). */
function exactObject(v: unknown, keys: readonly string[]): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return false;
  const own = Object.keys(v);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(v, k));
}

function list(v: unknown, max: number, item: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v) || v.length > max) return false;
  for (const x of v) if (!item(x)) return false;
  return true;
}

/**
 * True only when `v` plainly satisfies every rule of packageNoteSchema (package-schemas.ts): exactly its keys, the
 * same lengths, enums, patterns and body size. Anything else — including a valid note this check does not recognise —
 * returns false, and the caller then runs the zod schema, which decides and reports the error. Keep it in step with
 * the schema (test/packages/import/note-fast-check.test.ts compares the two).
 */
export function plainlyValidNote(v: unknown): v is PackageNote {
  if (!exactObject(v, KEYS)) return false;
  const o = v.origin;
  return (
    isId(v.id) &&
    exactObject(o, ['workspaceId', 'noteId']) &&
    isId(o.workspaceId) &&
    isId(o.noteId) &&
    isTitle(v.title) &&
    isId(v.domainId) &&
    typeof v.kind === 'string' &&
    KINDS.has(v.kind) &&
    typeof v.stage === 'string' &&
    STAGES.has(v.stage) &&
    isString(v.lang, 2, 10) &&
    list(v.tags, 100, (t) => isString(t, 1, 80) && TAG.test(t)) &&
    list(v.aliases, 50, isTitle) &&
    list(v.authorIds, 50, isId) &&
    typeof v.body === 'string' &&
    // Under 1.25 MB of UTF-16 units is under 5 MB of UTF-8 whatever the text; longer bodies are measured.
    (v.body.length * 4 <= MAX_NOTE_BODY_BYTES || Buffer.byteLength(v.body, 'utf8') <= MAX_NOTE_BODY_BYTES) &&
    isString(v.createdAt, 1, 40) &&
    isString(v.updatedAt, 1, 40) &&
    typeof v.contentHash === 'string' &&
    HASH.test(v.contentHash)
  );
}
