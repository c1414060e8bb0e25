// copw graph / copw problems run as real child processes on real workspaces; numbers checked against plain SQL.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copw } from '../helpers/run-cli';
import { useTempDirs } from '../helpers/temp-dir';
import { demoWorkspace } from '../helpers/workspace';

const tempDir = useTempDirs();

describe('copw graph and copw problems', () => {
  it('prints nodes, edges, components, orphans and broken links of the demo workspace as JSON, matching SQL', () => {
    const ws = demoWorkspace(tempDir('copw-graph-cli'));
    const db = new Database(join(ws, 'workspace.copw.db'));
    // Make one orphan: a note nothing links to and that links nowhere.
    const domainId = (db.prepare('SELECT id FROM domains ORDER BY name LIMIT 1').pluck().get() as string);
    db.prepare(`INSERT INTO notes (id, title, title_key, domain_id, kind, stage, created_at, updated_at) VALUES ('orphan-1', 'Nobody links here', 'nobody links here', ?, 'story', 'share', '2026-11-20T00:00:00.000Z', '2026-11-20T00:00:00.000Z')`).run(domainId);
    const sql = {
      nodes: db.prepare('SELECT count(*) FROM notes WHERE deleted_at IS NULL').pluck().get(),
      edges: db
        .prepare(
          `SELECT count(*) FROM (SELECT DISTINCT l.source_id, l.target_id FROM links l JOIN notes s ON s.id = l.source_id AND s.deleted_at IS NULL
             JOIN notes t ON t.id = l.target_id AND t.deleted_at IS NULL WHERE l.source_id <> l.target_id)`,
        )
        .pluck()
        .get(),
      broken: db.prepare('SELECT count(*) FROM links l JOIN notes s ON s.id = l.source_id AND s.deleted_at IS NULL WHERE l.target_id IS NULL').pluck().get(),
    };
    db.close();

    const r = copw(['graph', '--workspace', ws, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const g = JSON.parse(r.stdout);
    expect(g.nodes).toBe(sql.nodes);
    expect(g.edges).toBe(sql.edges);
    expect(g.brokenLinks).toHaveLength(sql.broken as number);
    expect(g.brokenLinks.length).toBeGreaterThan(0);
    expect(g.brokenLinks[0]).toEqual({ sourceId: expect.any(String), sourceTitle: expect.any(String), target: expect.any(String) });
    expect(g.orphans).toEqual([{ id: 'orphan-1', title: 'Nobody links here' }]);
    expect(g.components).toBe(2); // the demo's notes are all connected; plus the orphan
    expect(g.domains.reduce((s: number, d: { notes: number }) => s + d.notes, 0)).toBe(sql.nodes);
    expect(g.topPageRank.length).toBe(5);

    const text = copw(['graph', '--workspace', ws]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`${sql.nodes} notes, ${sql.edges} links, 2 components, 1 orphans, ${sql.broken} broken links`);

    const p = copw(['problems', '--workspace', ws, '--json', '--stuck-days', '10000']);
    expect(p.code).toBe(0);
    const problems = JSON.parse(p.stdout);
    expect(problems.counts).toMatchObject({ brokenLinks: sql.broken, orphans: 1, stuck: 0 });
    expect(problems.orphans).toEqual([{ id: 'orphan-1', title: 'Nobody links here' }]);
    const stuck = JSON.parse(copw(['problems', '--workspace', ws, '--json', '--stuck-days', '0']).stdout);
    expect(stuck.counts.stuck).toBe(sql.nodes);
    const plain = copw(['problems', '--workspace', ws]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^\d+ problems: \d+ broken links, 1 orphans/);
    expect(plain.stdout).toContain('orphan       Nobody links here');
  }, 120_000);

  it('answers zeros on an empty workspace and refuses a bad --stuck-days', () => {
    const ws = join(tempDir('copw-graph-cli-empty'), 'ws');
    expect(copw(['init', ws]).code).toBe(0);
    const g = copw(['graph', '--workspace', ws, '--json']);
    expect(g.code).toBe(0);
    expect(JSON.parse(g.stdout)).toEqual({ nodes: 0, edges: 0, density: 0, components: 0, orphans: [], brokenLinks: [], topPageRank: [], domains: [] });
    const p = copw(['problems', '--workspace', ws, '--json']);
    expect(p.code).toBe(0);
    expect(JSON.parse(p.stdout).counts.total).toBe(0);
    const bad = copw(['problems', '--workspace', ws, '--stuck-days', 'soon']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('error INVALID_INPUT: --stuck-days must be a whole number');
    expect(copw(['graph', '--workspace', join(ws, 'nope'), '--json']).code).toBe(1);
  }, 120_000);
});
