// noteContentHash(): sha256 of a note's content fields as canonical JSON, shared by export and import for change detection.
import { createHash, hash as oneShotHash } from 'node:crypto';

export interface NoteContent {
  title: string;
  body: string;
  kind: string;
  stage: string;
  tags: readonly string[];
  aliases: readonly string[];
  authorIds: readonly string[];
}

/**
 * Hex sha256 of JSON.stringify({title, body, kind, stage, tags, aliases, authorIds}) with keys in that fixed order,
 * tags and aliases sorted (order carries no meaning), authorIds kept in order (author order is shown).
 */
export function noteContentHash(note: NoteContent): string {
  const canonical = JSON.stringify({
    title: note.title,
    body: note.body,
    kind: note.kind,
    stage: note.stage,
    tags: [...note.tags].sort(),
    aliases: [...note.aliases].sort(),
    authorIds: [...note.authorIds],
  });
  return sha256Hex(canonical);
}

/** Hex sha256 of bytes (manifest entry checksums). */
export function sha256Hex(data: Buffer | Uint8Array | string): string {
  // crypto.hash is one-shot and ~3x faster than createHash on small inputs (Node ≥ 20.12; the fallback is the same digest).
  return typeof oneShotHash === 'function' ? oneShotHash('sha256', data, 'hex') : createHash('sha256').update(data).digest('hex');
}
