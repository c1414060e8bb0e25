// Looks up vault notes and files the way Obsidian and Foam do: by path, by file name, then by title or alias.
import { posix } from 'node:path';
import { titleKey } from '../../common/wikilink';

export interface IndexedNote {
  rel: string;
  title: string;
  aliases: string[];
}

const MD_EXT_RE = /\.(md|markdown)$/i;

function pathKey(p: string): string {
  return p.normalize('NFC').toLowerCase();
}
function stripMd(p: string): string {
  return p.replace(MD_EXT_RE, '');
}

/** Among several matches, prefers the one in the linking file's folder, then the shortest path, then the first in order. */
function pickClosest(candidates: string[], fromRel: string): string {
  const dir = posix.dirname(fromRel);
  const same = candidates.find((c) => posix.dirname(c) === dir);
  if (same) return same;
  return [...candidates].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1))[0];
}

export class VaultIndex<N extends IndexedNote> {
  private readonly notesByPath = new Map<string, N>();
  private readonly notesByBase = new Map<string, string[]>();
  private readonly notesByTitle = new Map<string, N>();
  private readonly notesByAlias = new Map<string, N>();
  private readonly filesByPath = new Map<string, string>();
  private readonly filesByBase = new Map<string, string[]>();

  constructor(notes: N[], otherFiles: string[]) {
    for (const n of notes) {
      const key = pathKey(stripMd(n.rel));
      this.notesByPath.set(key, n);
      const base = posix.basename(key);
      (this.notesByBase.get(base) ?? this.notesByBase.set(base, []).get(base)!).push(n.rel);
    }
    for (const n of notes) if (!this.notesByTitle.has(titleKey(n.title))) this.notesByTitle.set(titleKey(n.title), n);
    for (const n of notes) for (const a of n.aliases) if (!this.notesByAlias.has(titleKey(a))) this.notesByAlias.set(titleKey(a), n);
    for (const f of otherFiles) {
      const key = pathKey(f);
      this.filesByPath.set(key, f);
      const base = posix.basename(key);
      (this.filesByBase.get(base) ?? this.filesByBase.set(base, []).get(base)!).push(f);
    }
  }

  /** The note a wikilink target names: path (relative or from the root), file name, title, then alias. */
  findNote(target: string, fromRel: string): N | null {
    const t = target.trim().replace(/^\.\//, '').replace(/\/+$/, '');
    if (!t) return null;
    const key = pathKey(stripMd(t));
    if (key.includes('/')) {
      const relative = posix.normalize(posix.join(posix.dirname(pathKey(fromRel)), key));
      const hit = this.notesByPath.get(relative) ?? this.notesByPath.get(posix.normalize(key.replace(/^\/+/, '')));
      if (hit) return hit;
      const suffix = [...this.notesByPath.keys()].filter((k) => k.endsWith('/' + key));
      if (suffix.length) return this.notesByPath.get(pickClosest(suffix, pathKey(fromRel)))!;
    } else {
      const byBase = this.notesByBase.get(key);
      if (byBase) return this.notesByPath.get(pathKey(stripMd(pickClosest(byBase, fromRel))))!;
    }
    return this.notesByTitle.get(titleKey(t)) ?? this.notesByAlias.get(titleKey(t)) ?? null;
  }

  /** A non-Markdown file a wikilink target (`![[image.png]]`) names: by path, then by file name. */
  findFile(target: string, fromRel: string): string | null {
    const key = pathKey(target.trim().replace(/^\.\//, ''));
    if (!key || MD_EXT_RE.test(key)) return null;
    const relative = posix.normalize(posix.join(posix.dirname(pathKey(fromRel)), key));
    const direct = this.filesByPath.get(relative) ?? this.filesByPath.get(key.replace(/^\/+/, ''));
    if (direct) return direct;
    const byBase = this.filesByBase.get(posix.basename(key));
    return byBase ? pickClosest(byBase, fromRel) : null;
  }

  /** A note by its exact vault path (for Markdown links that were already resolved on disk). */
  noteAtPath(rel: string): N | null {
    return this.notesByPath.get(pathKey(stripMd(rel))) ?? null;
  }
}
