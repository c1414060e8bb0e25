// Endorsements ("I applied this", once per member and note) and comments on notes: add, remove, list.
import type { Database } from 'better-sqlite3';
import type { Endorsement } from '../../common/api/methods/network';
import { AppError } from '../../common/errors';

interface Row {
  id: number;
  note_id: string;
  member_id: string;
  member_name: string;
  kind: 'applied' | 'comment';
  text: string;
  at: string;
}

const SELECT = `SELECT e.id, e.note_id, e.member_id, m.name AS member_name, e.kind, e.text, e.at
  FROM endorsements e JOIN members m ON m.id = e.member_id`;

function toEndorsement(r: Row): Endorsement {
  return { id: r.id, noteId: r.note_id, memberId: r.member_id, memberName: r.member_name, kind: r.kind, text: r.text, at: r.at };
}

function requireNote(db: Database, noteId: string): void {
  if (!db.prepare('SELECT 1 FROM notes WHERE id = ? AND deleted_at IS NULL').get(noteId)) throw new AppError('NOT_FOUND', `No note with id ${noteId}`);
}

export function endorse(db: Database, input: { noteId: string; memberId: string; kind: 'applied' | 'comment'; text?: string }, now: string): Endorsement {
  requireNote(db, input.noteId);
  if (!db.prepare('SELECT 1 FROM members WHERE id = ?').get(input.memberId)) throw new AppError('NOT_FOUND', `No member with id ${input.memberId}`);
  const text = input.text ?? '';
  const id = db.transaction(() => {
    if (input.kind === 'applied') {
      const existing = db.prepare("SELECT id FROM endorsements WHERE note_id = ? AND member_id = ? AND kind = 'applied'").pluck().get(input.noteId, input.memberId) as number | undefined;
      if (existing !== undefined) {
        db.prepare('UPDATE endorsements SET text = ? WHERE id = ?').run(text, existing);
        return existing;
      }
    }
    return Number(db.prepare('INSERT INTO endorsements (note_id, member_id, kind, text, at) VALUES (?, ?, ?, ?, ?)').run(input.noteId, input.memberId, input.kind, text, now).lastInsertRowid);
  })();
  return toEndorsement(db.prepare(`${SELECT} WHERE e.id = ?`).get(id) as Row);
}

/** Removes an endorsement or comment; answers the note it was on. */
export function unendorse(db: Database, id: number): string {
  const row = db.prepare('DELETE FROM endorsements WHERE id = ? RETURNING note_id').get(id) as { note_id: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', `No endorsement with id ${id}`);
  return row.note_id;
}

export function listEndorsements(db: Database, noteId: string): Endorsement[] {
  requireNote(db, noteId);
  return (db.prepare(`${SELECT} WHERE e.note_id = ? ORDER BY e.at, e.id`).all(noteId) as Row[]).map(toEndorsement);
}
