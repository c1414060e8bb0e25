// Rewrites the [[links]] pointing to a note after its title or domain changed, keeping labels, headings and aliases.
import type { Database } from 'better-sqlite3';
import { parseWikiLinkTarget, parseWikiLinks, titleKey } from '../../common/wikilink';
import type { WikiLink } from '../../common/wikilink';
import type { NoteStore } from '../store/note-store';
import type { VersionStore } from './versions';

/** Splits the inside of [[...]] into the target (before # and |) and the rest, as written. */
export function splitRaw(raw: string): { target: string; rest: string } {
  const pipe = raw.indexOf('|');
  const before = pipe >= 0 ? raw.slice(0, pipe) : raw;
  const hash = before.indexOf('#');
  const cut = hash >= 0 ? hash : before.length;
  return { target: raw.slice(0, cut), rest: raw.slice(cut) };
}

export interface LinkedNote {
  id: string;
  title: string;
  domainId: string;
  domainName: string;
}

/** Picks link text for `name` (the note's title or one of its aliases) that resolves to the note from sourceDomainId. */
export function linkTextFor(notes: NoteStore, note: LinkedNote, sourceDomainId: string, name: string, preferred?: string): string {
  for (const text of [preferred, name, `${note.domainName}/${name}`]) {
    if (text === undefined) continue;
    const parsed = parseWikiLinkTarget(text);
    if (parsed && notes.resolveLink(sourceDomainId, parsed) === note.id) return text;
  }
  return `${note.domainName}/${name}`;
}

/** New target text for one link that resolved to the note before it was renamed or moved. */
function rewriteTarget(notes: NoteStore, note: LinkedNote, link: WikiLink, sourceDomainId: string, old: { titleKey: string; domainId: string }): string {
  const written = splitRaw(link.raw).target;
  const domainWasUsed = link.domain !== null && notes.domainIdByName(link.domain) === old.domainId;
  if (domainWasUsed && link.domain !== null) {
    const name = titleKey(link.title) === old.titleKey ? note.title : link.title;
    const prefix = note.domainId === old.domainId ? link.domain : note.domainName;
    return linkTextFor(notes, note, sourceDomainId, name, `${prefix}/${name}`);
  }
  if (titleKey(link.path) === old.titleKey) return linkTextFor(notes, note, sourceDomainId, note.title);
  // Written with an alias (or another form that still works): keep it when it still resolves here.
  return linkTextFor(notes, note, sourceDomainId, link.path, written);
}

/**
 * After a note's title and/or domain changed (already written), rewrites every link that pointed to it so it
 * still does. Uses the links table (target_id) to find the links; returns the ids of the notes whose body changed.
 * Callers re-resolve links by the note's keys afterwards (NoteStore.resolvePending).
 */
export function rewriteIncomingLinks(
  db: Database,
  notes: NoteStore,
  versions: VersionStore,
  note: LinkedNote,
  old: { titleKey: string; domainId: string },
  now: string,
): string[] {
  const rows = db
    .prepare(
      `SELECT l.source_id, l.position, n.body, n.domain_id FROM links l JOIN notes n ON n.id = l.source_id
       WHERE l.target_id = ? ORDER BY l.source_id, l.position`,
    )
    .all(note.id) as { source_id: string; position: number; body: string; domain_id: string }[];
  const bySource = new Map<string, { body: string; domainId: string; positions: Set<number> }>();
  for (const r of rows) {
    let entry = bySource.get(r.source_id);
    if (!entry) bySource.set(r.source_id, (entry = { body: r.body, domainId: r.domain_id, positions: new Set() }));
    entry.positions.add(r.position);
  }
  const setBody = db.prepare('UPDATE notes SET body = ?, updated_at = ? WHERE id = ?');
  // Rewriting only changes text inside the brackets, so each link keeps its position: update its row in place.
  const setLink = db.prepare(
    'UPDATE links SET target_domain = ?, target_title = ?, target_key = ?, target_id = ? WHERE source_id = ? AND position = ?',
  );
  const changed: string[] = [];
  for (const [sourceId, { body, domainId, positions }] of bySource) {
    const links = parseWikiLinks(body);
    let next = body;
    for (let i = links.length - 1; i >= 0; i--) {
      if (!positions.has(i)) continue;
      const link = links[i];
      const { target, rest } = splitRaw(link.raw);
      const text = rewriteTarget(notes, note, link, domainId, old);
      if (text === target) continue;
      next = `${next.slice(0, link.start)}[[${text}${rest}]]${next.slice(link.end)}`;
      const parsed = parseWikiLinkTarget(text);
      if (parsed) setLink.run(parsed.domain, parsed.title, titleKey(parsed.title), notes.resolveLink(domainId, parsed), sourceId, i);
    }
    if (next === body) continue;
    // History keeps the text before the rewrite (the rewritten text is the note itself, and is kept as a version
    // by the next change); the note's own links to itself change with it and its caller records its version.
    if (sourceId !== note.id) versions.keepCurrent(sourceId, now);
    setBody.run(next, now, sourceId);
    changed.push(sourceId);
  }
  return changed;
}

/** After a domain was renamed, rewrites [[Old name/Title]] links to [[New name/Title]]; returns the changed notes. */
export function rewriteDomainLinks(
  db: Database,
  notes: NoteStore,
  versions: VersionStore,
  domain: { id: string; oldName: string; newName: string },
  now: string,
): string[] {
  const { oldName, newName } = domain;
  const sources = db.prepare('SELECT DISTINCT source_id FROM links WHERE target_domain = ? COLLATE NOCASE').pluck().all(oldName.trim()) as string[];
  const setBody = db.prepare('UPDATE notes SET body = ?, updated_at = ? WHERE id = ?');
  const changed: string[] = [];
  for (const sourceId of sources) {
    const body = db.prepare('SELECT body FROM notes WHERE id = ?').pluck().get(sourceId) as string;
    const links = parseWikiLinks(body);
    // A link that reached a note elsewhere (a title containing "/") is not about this domain: leave it.
    const elsewhere = new Set(
      db
        .prepare('SELECT l.position FROM links l JOIN notes t ON t.id = l.target_id WHERE l.source_id = ? AND t.domain_id <> ?')
        .pluck()
        .all(sourceId, domain.id) as number[],
    );
    let next = body;
    for (let i = links.length - 1; i >= 0; i--) {
      const link = links[i];
      if (link.domain === null || titleKey(link.domain) !== titleKey(oldName) || elsewhere.has(i)) continue;
      const slash = link.raw.indexOf('/');
      next = `${next.slice(0, link.start)}[[${newName}${link.raw.slice(slash)}]]${next.slice(link.end)}`;
    }
    if (next === body) continue;
    versions.keepCurrent(sourceId, now);
    setBody.run(next, now, sourceId);
    notes.relink(sourceId);
    changed.push(sourceId);
  }
  return changed;
}
