// Handlers of the notes API methods (src/common/api/methods/notes.ts) plus notes.update; events for every change.
import type { ApiEvents, ApiHandlers } from '../../../common/api/contract';
import type { NOTES_API } from '../../../common/api/methods/notes';
import { pageBacklinks } from '../../notes/backlinks';
import { unlinkedMentions } from '../../notes/mentions';
import { linkTargets, pageNotes, tagCounts, trashedNotes } from '../../notes/note-lists';
import { NoteOps } from '../../notes/note-ops';
import type { WriteResult } from '../../notes/note-ops';
import { namesNote, resolveTargets } from '../../notes/resolve-targets';
import { slugify } from '../../notes/slug';
import { titleCatalog } from '../../notes/title-catalog';
import type { HandlerContext } from '../api-handlers';

type NotesHandlers = Pick<ApiHandlers, keyof typeof NOTES_API | 'notes.update'>;

export function createNotesHandlers(ctx: HandlerContext): NotesHandlers {
  const { db, events } = ctx;
  const ops = new NoteOps(db, () => ctx.clock().toISOString());
  const { notes, domains, versions } = ops;
  const changed = (id: string, change: ApiEvents['notes.changed']['change']) => events.emit('notes.changed', { id, change });
  // The title catalogue (quick open, [[ autocomplete) follows in-process writes as they happen.
  ctx.onClose(events.subscribe((event) => event === 'notes.changed' && titleCatalog(db).catchUp()));
  const announce = (id: string, result: WriteResult) => {
    changed(id, result.renamed ? 'renamed' : 'updated');
    for (const source of result.changedSources) changed(source, 'updated');
  };

  return {
    async 'domains.create'({ name, description }) {
      const id = ops.createDomain(name, description, slugify);
      events.emit('domains.changed', { id, change: 'created' });
      return domains.get(id);
    },
    async 'domains.update'({ id, name, description, archived }) {
      const rewritten = ops.updateDomain(id, { name, description, archived });
      events.emit('domains.changed', { id, change: archived === true ? 'archived' : 'updated' });
      for (const source of rewritten) changed(source, 'updated');
      return domains.get(id);
    },
    async 'notes.page'(q) {
      return pageNotes(db, q);
    },
    async 'notes.linkTargets'() {
      return linkTargets(db);
    },
    async 'notes.quickOpen'({ q, limit }) {
      return titleCatalog(db).query(q, limit ?? 50);
    },
    async 'notes.linkSuggest'({ q, limit }) {
      return { items: titleCatalog(db).suggest(q, limit ?? 12), exact: namesNote(notes, q) };
    },
    async 'notes.resolveTargets'({ fromId, targets }) {
      return resolveTargets(notes, fromId ? notes.get(fromId).domainId : '', targets);
    },
    async 'notes.update'({ id, title, body }) {
      announce(id, ops.update(id, { title, body }));
      return notes.get(id);
    },
    async 'notes.rename'({ id, title }) {
      const result = ops.rename(id, title);
      announce(id, result);
      return { note: notes.get(id), updatedNotes: result.changedSources.length };
    },
    async 'notes.setMeta'({ id, ...patch }) {
      announce(id, ops.setMeta(id, patch));
      return notes.get(id);
    },
    async 'notes.delete'({ id }) {
      ops.trash(id);
      changed(id, 'deleted');
      return null;
    },
    async 'notes.restore'({ id }) {
      ops.restore(id);
      changed(id, 'restored');
      return notes.get(id);
    },
    async 'notes.purge'({ id }) {
      ops.purge(id);
      changed(id, 'purged');
      return null;
    },
    async 'notes.tags'() {
      return tagCounts(db);
    },
    async 'notes.trash'() {
      return trashedNotes(db);
    },
    async 'notes.versions'({ id }) {
      notes.get(id);
      return versions.list(id);
    },
    async 'notes.version'({ id, versionId }) {
      return versions.get(id, versionId);
    },
    async 'notes.restoreVersion'({ id, versionId }) {
      announce(id, ops.restoreVersion(id, versionId));
      return notes.get(id);
    },
    async 'notes.backlinks'({ id, offset, limit }) {
      notes.get(id);
      return pageBacklinks(db, id, offset ?? 0, limit ?? 100);
    },
    async 'notes.unlinkedMentions'({ id, limit }) {
      const note = notes.get(id);
      return unlinkedMentions(db, id, [note.title, ...note.aliases], limit ?? 100);
    },
    async 'notes.linkMention'({ id, sourceId, start, end }) {
      ops.linkMention(id, sourceId, start, end);
      changed(sourceId, 'updated');
      return notes.get(sourceId);
    },
    async 'notes.openLink'({ fromId, target, create }) {
      const { id, created } = ops.openLink(fromId, target, create ?? false);
      if (created && id) changed(id, 'created');
      return { note: id ? notes.get(id) : null, created };
    },
  };
}
