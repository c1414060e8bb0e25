// Attachment rows and content-addressed files: one row and one file (attachments/<sha[0,2]>/<sha256>) per distinct content.
import type { Database } from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Attachment } from '../../common/api/methods/vault';
import { ATTACHMENTS_DIR } from '../db/open-workspace';

interface AttachmentRow {
  id: string;
  note_id: string | null;
  file_name: string;
  stored_path: string;
  mime: string;
  size: number;
  sha256: string;
}

/** What a new attachment row holds: exactly the API's Attachment. */
export type NewAttachment = Attachment;

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Where the content with this hash lives, relative to the workspace (always with forward slashes). */
export function blobPath(sha256: string): string {
  return `${ATTACHMENTS_DIR}/${sha256.slice(0, 2)}/${sha256}`;
}

function toAttachment(r: AttachmentRow): Attachment {
  return { id: r.id, noteId: r.note_id, fileName: r.file_name, mime: r.mime, size: r.size, sha256: r.sha256 };
}

export class AttachmentStore {
  constructor(
    private readonly db: Database,
    private readonly workspaceDir: string,
  ) {}

  get(id: string): (Attachment & { storedPath: string }) | null {
    const r = this.db.prepare('SELECT * FROM attachments WHERE id = ?').get(id) as AttachmentRow | undefined;
    return r ? { ...toAttachment(r), storedPath: r.stored_path } : null;
  }

  /** The attachment holding this content, and whether its file is really there (a missing one must be restored). */
  findBySha(sha256: string): { attachment: Attachment; fileExists: boolean } | null {
    const r = this.db.prepare('SELECT * FROM attachments WHERE sha256 = ? ORDER BY created_at LIMIT 1').get(sha256) as AttachmentRow | undefined;
    if (!r) return null;
    return { attachment: toAttachment(r), fileExists: existsSync(join(this.workspaceDir, r.stored_path)) };
  }

  /** Attachments owned by the note plus those its body links to (content is shared between notes). */
  listForNote(noteId: string, body: string): Attachment[] {
    const ids = new Set<string>();
    for (const m of body.matchAll(/attachments\/([A-Za-z0-9-]{1,200})\//g)) ids.add(m[1]);
    const rows = this.db
      .prepare(`SELECT * FROM attachments WHERE note_id = ? OR id IN (SELECT value FROM json_each(?)) ORDER BY created_at, file_name`)
      .all(noteId, JSON.stringify([...ids])) as AttachmentRow[];
    return rows.map(toAttachment);
  }

  /** Inserts the row (inside the caller's transaction); the file must be moved in after the commit. */
  insertRow(a: NewAttachment, now: string): void {
    this.db
      .prepare(
        `INSERT INTO attachments (id, note_id, file_name, stored_path, mime, size, sha256, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.id, a.noteId, a.fileName, blobPath(a.sha256), a.mime, a.size, a.sha256, now);
  }

  /** Reads the stored content of an attachment. */
  read(id: string): Buffer | null {
    const a = this.get(id);
    if (!a) return null;
    return readFileSync(join(this.workspaceDir, a.storedPath));
  }

  newId(): string {
    return randomUUID();
  }
}

/** A folder inside attachments/ where files wait until the database commit; then they are moved into place. */
export class AttachmentStaging {
  readonly dir: string;
  private readonly staged = new Map<string, string>();

  constructor(private readonly workspaceDir: string) {
    this.dir = join(workspaceDir, ATTACHMENTS_DIR, `.staging-${randomUUID()}`);
  }

  /** Writes content to the staging folder (once per hash). */
  stage(sha256: string, data: Uint8Array): void {
    if (this.staged.has(sha256)) return;
    mkdirSync(this.dir, { recursive: true });
    const file = join(this.dir, sha256);
    writeFileSync(file, data);
    this.staged.set(sha256, file);
  }

  get size(): number {
    return this.staged.size;
  }

  /** After the commit: moves every staged file to its content-addressed place, then removes the folder. */
  commit(): void {
    for (const [sha, file] of this.staged) {
      const target = join(this.workspaceDir, blobPath(sha));
      if (existsSync(target)) continue;
      mkdirSync(dirname(target), { recursive: true });
      renameSync(file, target);
    }
    this.discard();
  }

  /** On failure (or after commit): removes the staging folder and anything in it. */
  discard(): void {
    rmSync(this.dir, { recursive: true, force: true });
    this.staged.clear();
  }
}
