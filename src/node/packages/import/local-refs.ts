// Maps a package's domains, members and attachments onto this workspace (matched or to be created), without writing.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AttachmentStore } from '../../attachments/attachment-store';
import type { ImportAttachment, PackageContent } from './package-content';
import type { PackageDomain, PackageMember } from './package-schemas';

export interface LocalRefs {
  /** package domain id → local domain id; `createDomains` lists the ones to create (with their local id). */
  domains: Map<string, string>;
  createDomains: (PackageDomain & { localId: string })[];
  members: Map<string, string>;
  createMembers: (PackageMember & { localId: string })[];
  /** package attachment id → local attachment id. */
  attachments: Map<string, string>;
  /** New attachment rows (one per content) and stored files to put back (row there, file missing). */
  createAttachments: (ImportAttachment & { localId: string })[];
  restoreFiles: ImportAttachment[];
}

export function mapLocalRefs(db: Database, workspaceDir: string, content: PackageContent): LocalRefs {
  const refs: LocalRefs = { domains: new Map(), createDomains: [], members: new Map(), createMembers: [], attachments: new Map(), createAttachments: [], restoreFiles: [] };

  const domainByName = db.prepare('SELECT id FROM domains WHERE name = ? COLLATE NOCASE OR slug = ? COLLATE NOCASE ORDER BY name = ? COLLATE NOCASE DESC LIMIT 1').pluck();
  const domainById = db.prepare('SELECT id FROM domains WHERE id = ?').pluck();
  for (const d of content.domains) {
    const local = (domainByName.get(d.name, d.name, d.name) ?? domainById.get(d.id)) as string | undefined;
    if (local) refs.domains.set(d.id, local);
    else {
      refs.domains.set(d.id, d.id);
      refs.createDomains.push({ ...d, localId: d.id });
    }
  }

  const memberById = db.prepare('SELECT id FROM members WHERE id = ?').pluck();
  const memberByName = db.prepare('SELECT id FROM members WHERE name = ? COLLATE NOCASE ORDER BY created_at, id LIMIT 1').pluck();
  for (const m of content.members) {
    const local = (memberById.get(m.id) ?? memberByName.get(m.name)) as string | undefined;
    if (local) refs.members.set(m.id, local);
    else {
      refs.members.set(m.id, m.id);
      refs.createMembers.push({ ...m, localId: m.id });
    }
  }

  const store = new AttachmentStore(db, workspaceDir);
  const attachmentIdTaken = db.prepare('SELECT 1 FROM attachments WHERE id = ?').pluck();
  const bySha = new Map<string, string>();
  for (const a of content.attachments) {
    let local = bySha.get(a.sha256);
    if (!local) {
      const existing = store.findBySha(a.sha256);
      if (existing) {
        local = existing.attachment.id;
        if (!existing.fileExists) refs.restoreFiles.push(a);
      } else {
        local = attachmentIdTaken.get(a.id) ? randomUUID() : a.id;
        refs.createAttachments.push({ ...a, localId: local });
      }
      bySha.set(a.sha256, local);
    }
    refs.attachments.set(a.id, local);
  }
  return refs;
}

/** A body with `attachments/<package id>/` links pointing at the local attachment ids. */
export function localizeBody(body: string, attachments: Map<string, string>): string {
  if (attachments.size === 0 || !body.includes('attachments/')) return body;
  return body.replace(/attachments\/([A-Za-z0-9-]{1,200})\//g, (all, id: string) => {
    const local = attachments.get(id);
    return local && local !== id ? `attachments/${local}/` : all;
  });
}
