// Test fixture: a demo workspace plus notes written with raw SQL (tags, aliases, authors), opened through the services.
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { DB_FILE } from '../../src/node/db/open-workspace';
import { titleKey } from '../../src/common/wikilink';

export interface FixtureNote {
  title: string;
  domain: string;
  body?: string;
  kind?: string;
  stage?: string;
  tags?: string[];
  aliases?: string[];
  authors?: string[];
}

/** Inserts notes into a closed workspace's database; returns their ids by title. */
export function addNotes(dir: string, notes: FixtureNote[]): Record<string, string> {
  const db = new Database(join(dir, DB_FILE));
  const ids: Record<string, string> = {};
  try {
    db.transaction(() => {
      for (const n of notes) {
        const domainId = db.prepare('SELECT id FROM domains WHERE name = ?').pluck().get(n.domain) as string;
        const id = randomUUID();
        const at = '2026-11-01T00:00:00.000Z';
        db.prepare(
          `INSERT INTO notes (id, title, title_key, domain_id, kind, stage, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(id, n.title, titleKey(n.title), domainId, n.kind ?? 'practice', n.stage ?? 'identify', n.body ?? '', at, at);
        for (const t of n.tags ?? []) db.prepare('INSERT INTO note_tags (note_id, tag) VALUES (?, ?)').run(id, t);
        for (const a of n.aliases ?? []) db.prepare('INSERT INTO note_aliases (note_id, alias, alias_key) VALUES (?, ?, ?)').run(id, a, titleKey(a));
        (n.authors ?? []).forEach((m, i) => db.prepare('INSERT INTO note_authors (note_id, member_id, position) VALUES (?, ?, ?)').run(id, m, i));
        ids[n.title] = id;
      }
    })();
  } finally {
    db.close();
  }
  return ids;
}

/** Runs raw SQL on a workspace database (behind the services' back). */
export function rawSql(dir: string, sql: string, ...params: unknown[]): void {
  const db = new Database(join(dir, DB_FILE));
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

export const FIXTURE_NOTES: FixtureNote[] = [
  { title: 'Zebrafish loan desk', domain: 'Circulation', body: 'A note about the front desk.', kind: 'tool', stage: 'share', tags: ['desk'], authors: ['m-sari'] },
  {
    title: 'Weekly desk notes',
    domain: 'Circulation',
    body: 'Once we saw a zebrafish poster near the returns trolley. The queue moved faster.',
    kind: 'story',
    stage: 'reflect',
    tags: ['desk', 'queues'],
    authors: ['m-budi'],
  },
  {
    title: 'Quokka alias holder',
    domain: 'Shelving',
    body: 'Nothing special in the body.',
    aliases: ['Marsupial shelving'],
    kind: 'method',
    stage: 'apply',
    tags: ['stacks/compact'],
    authors: ['m-sari', 'm-dewi'],
  },
  { title: 'Marsupial body mention', domain: 'Shelving', body: 'The word marsupial appears only here in the body.', kind: 'method', stage: 'apply' },
  {
    title: 'Penyiangan koleksi tercetak',
    domain: 'Shelving',
    body: 'Langkah penyiangan: periksa kondisi fisik, hitung frekuensi peminjaman, lalu susun daftar usulan penghapusan.',
    kind: 'best-practice',
    stage: 'share',
    tags: ['Weeding'],
    authors: ['m-dewi'],
  },
];
