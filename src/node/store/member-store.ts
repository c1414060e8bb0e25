// Community members: listing and creation.
import type { Database } from 'better-sqlite3';
import type { Member, Participation } from '../../common/api/types';

interface MemberRow {
  id: string;
  name: string;
  email: string | null;
  role: string;
  participation: Participation;
  narrative: string;
  domain_ids: string | null;
}

const ORDER = `CASE participation WHEN 'coordinator' THEN 0 WHEN 'core' THEN 1 WHEN 'active' THEN 2 ELSE 3 END`;

export class MemberStore {
  constructor(private readonly db: Database) {}

  list(): Member[] {
    const rows = this.db
      .prepare(
        `SELECT m.*, (SELECT group_concat(domain_id, ',') FROM member_domains md WHERE md.member_id = m.id) AS domain_ids
         FROM members m ORDER BY ${ORDER}, m.name COLLATE NOCASE`,
      )
      .all() as MemberRow[];
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      role: r.role,
      participation: r.participation,
      narrative: r.narrative,
      domainIds: r.domain_ids ? r.domain_ids.split(',') : [],
    }));
  }

  insert(m: Omit<Member, 'domainIds'> & { domainIds: string[] }, now: string): void {
    this.db
      .prepare(
        'INSERT INTO members (id, name, email, role, participation, narrative, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(m.id, m.name, m.email, m.role, m.participation, m.narrative, now, now);
    const link = this.db.prepare('INSERT INTO member_domains (member_id, domain_id) VALUES (?, ?)');
    for (const d of m.domainIds) link.run(m.id, d);
  }
}
