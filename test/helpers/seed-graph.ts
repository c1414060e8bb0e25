// A large knowledge graph written straight into a new workspace with set-based SQL (for the graph bench and the
// graph scale E2E): N notes in D domains, two tags each, K links per note to skewed targets, 2% unresolved.
import { createServices, createWorkspace } from '../../src/node/services/create-services';

/**
 * One transaction of set-based SQL: notes (DOMAINS domains, kinds and stages rotating),
 * two tags each, K links each to skewed targets (so PageRank has hubs), 2% of them unresolved.
 */
export function seedKnowledgeGraph(ws: string, resourcesDir: string, { notes: N, linksPerNote: K, domains: DOMAINS }: { notes: number; linksPerNote: number; domains: number }): void {
  createWorkspace(ws, { demo: false, resourcesDir, name: 'Graph bench' });
  const s = createServices({ workspaceDir: ws, resourcesDir });
  const db = s.db;
  const now = '2026-09-01T00:00:00.000Z';
  db.transaction(() => {
    const domain = db.prepare('INSERT INTO domains (id, slug, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    for (let d = 0; d < DOMAINS; d++) domain.run(`d${d}`, `domain-${d}`, `Domain ${d}`, now, now);
    const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('notes', 'links', 'note_tags') AND sql IS NOT NULL").all() as { name: string; sql: string }[];
    for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
    db.prepare(
      `WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < ? - 1)
       INSERT INTO notes (id, title, title_key, domain_id, kind, stage, lang, body, created_at, updated_at)
       SELECT printf('n%06d', i), printf('Bench note %06d', i), printf('bench note %06d', i), 'd' || (i % ${DOMAINS}),
              json_extract('["practice","method","tool","story","technique"]', '$[' || (i % 5) || ']'),
              json_extract('["identify","reflect","share","apply"]', '$[' || (i % 4) || ']'), 'en', 'Body ' || i, ?, ?
       FROM seq`,
    ).run(N, now, now);
    db.prepare(`INSERT INTO note_tags (note_id, tag) SELECT id, 'topic-' || (CAST(substr(id, 2) AS INTEGER) % 50) FROM notes`).run();
    db.prepare(`INSERT INTO note_tags (note_id, tag) SELECT id, 'area-' || (CAST(substr(id, 2) AS INTEGER) % 7) FROM notes`).run();
    // Target t = h² / N for a scrambled h: low ids are linked far more often than high ones.
    db.prepare(
      `WITH RECURSIVE seq(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM seq WHERE k < ? * ? - 1),
       pairs(i, p, t) AS (SELECT k / ?, k % ?, (((k * 2654435761) % ?) * ((k * 2654435761) % ?)) / ? FROM seq)
       INSERT INTO links (source_id, position, target_domain, target_title, target_key, target_id)
       SELECT printf('n%06d', i), p, NULL,
              CASE WHEN (i + p) % 50 = 0 THEN printf('Missing %06d', i) ELSE printf('Bench note %06d', t) END,
              CASE WHEN (i + p) % 50 = 0 THEN printf('missing %06d', i) ELSE printf('bench note %06d', t) END,
              CASE WHEN (i + p) % 50 = 0 THEN NULL ELSE printf('n%06d', t) END
       FROM pairs`,
    ).run(N, K, K, K, N, N, N);
    for (const index of indexes) db.exec(index.sql);
  })();
  db.exec('ANALYZE');
  s.close();
}
