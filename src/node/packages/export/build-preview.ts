// The export preview: exactly the notes, attachments, members (with the personal fields written), domains, plans and
// templates a package with this content holds, and its uncompressed size (manifest excluded).
import type { ExportPreview } from '../../../common/api/methods/packages';
import type { ExportContent, PackageMember } from './package-content';
import { attachmentEntries, renderNoteEntries, renderSharedEntries } from './render-entries';

/** The personal fields of a member that members.json carries (non-empty ones; email is never exported). */
export function memberFields(m: PackageMember): string[] {
  const fields = ['name'];
  if (m.role) fields.push('role');
  fields.push('participation');
  if (m.narrative) fields.push('narrative');
  if (m.domainIds.length) fields.push('domains');
  return fields;
}

export function buildPreview(c: ExportContent): ExportPreview {
  let totalBytes = 0;
  const notes = c.notes.map((n) => {
    const bytes = renderNoteEntries(n).reduce((s, e) => s + e.data.length, 0);
    totalBytes += bytes;
    return { id: n.note.id, title: n.note.title, domainId: n.note.domainId, kind: n.note.kind, bytes, reason: n.reason };
  });
  for (const e of renderSharedEntries(c)) totalBytes += e.data.length;
  for (const e of attachmentEntries(c)) totalBytes += e.size;
  return {
    notes,
    attachments: c.attachments.map((a) => ({
      id: a.id,
      noteId: a.shownWith,
      fileName: a.fileName,
      size: a.size,
    })),
    members: c.members.map((m) => ({ id: m.id, name: m.name, fields: memberFields(m) })),
    domains: c.domains.map((d) => ({ id: d.id, name: d.name })),
    plans: c.plans.map((p) => ({ id: p.id, title: p.title })),
    templates: c.templates.map((t) => ({ id: t.id, version: t.version })),
    totalBytes,
  };
}
