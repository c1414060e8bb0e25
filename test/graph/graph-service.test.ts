// Knowledge graph service on a real, hand-built sqlite workspace: counts, orphans, broken links, components, density, PageRank, problems, views, layouts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../src/common/api/contract';
import { createServices, createWorkspace } from '../../src/node/services/create-services';
import type { Services } from '../../src/node/services/create-services';
import { createInProcessClient } from '../../src/node/transport/in-process';
import { useTempDirs } from '../helpers/temp-dir';
import { FIXED_NOW, RESOURCES_DIR } from '../helpers/workspace';

const tempDir = useTempDirs();
const DAY = 86_400_000;
const at = (days: number) => new Date(FIXED_NOW.getTime() + days * DAY);

let dir: string;
const ids: Record<string, string> = {};
const dom: Record<string, string> = {};

function open(clock = () => FIXED_NOW): { services: Services; client: ApiClient } {
  const services = createServices({ workspaceDir: dir, resourcesDir: RESOURCES_DIR, clock });
  return { services, client: createInProcessClient(services) };
}

async function withClient<T>(fn: (client: ApiClient, services: Services) => Promise<T>, clock?: () => Date): Promise<T> {
  const { services, client } = open(clock);
  try {
    return await fn(client, services);
  } finally {
    services.close();
  }
}

/**
 * Alpha: Hub → Spoke one, Spoke two, Spoke three, [[Missing page]], [[Gone]] (trashed); Spoke one → Hub twice; Spoke two → Hub; Lonely.
 * Beta: Pair left → Pair right → Hub (across domains); Spoke one (duplicate title, orphan); Self → Self (self-link only).
 * Gamma (archived): Old idea. Trashed: Gone → Hub.
 */
beforeAll(async () => {
  dir = tempDir('copw-graph');
  createWorkspace(dir, { demo: false, resourcesDir: RESOURCES_DIR, clock: () => FIXED_NOW });
  await withClient(async (c) => {
    for (const name of ['Alpha', 'Beta', 'Gamma']) dom[name] = (await c.call('domains.create', { name })).id;
    const add = async (key: string, domain: string, title: string, body = '') => {
      const n = await c.call('notes.create', { domainId: dom[domain], title });
      ids[key] = n.id;
      if (body) await c.call('notes.update', { id: n.id, body });
      await c.call('notes.setMeta', { id: n.id, kind: 'method', tags: [`t-${domain.toLowerCase()}`] });
    };
    await add('gone', 'Alpha', 'Gone', 'Back to [[Hub]].');
    await add('hub', 'Alpha', 'Hub', 'See [[Spoke one]], [[Spoke two]], [[Spoke three]], [[Missing page]] and [[Gone]].');
    await add('s1', 'Alpha', 'Spoke one', '[[Hub]] and again [[Hub]].');
    await add('s2', 'Alpha', 'Spoke two', 'Up to [[Hub]].');
    await add('s3', 'Alpha', 'Spoke three');
    ids.lonely = (await c.call('notes.create', { domainId: dom.Alpha, title: 'Lonely' })).id; // every default: never classified
    await add('pl', 'Beta', 'Pair left', 'Next: [[Pair right]].');
    await add('pr', 'Beta', 'Pair right', 'Across to [[Alpha/Hub]].');
    await add('b1', 'Beta', 'Spoke one');
    await add('self', 'Beta', 'Self', 'Only [[Self]].');
    await add('old', 'Gamma', 'Old idea');
    await c.call('notes.setMeta', { id: ids.s2, stage: 'share' });
    await c.call('notes.delete', { id: ids.gone });
    await c.call('domains.update', { id: dom.Gamma, archived: true });
  });
}, 60_000);

/** Independent PageRank: weighted power iteration, dangling mass spread evenly, alpha 0.85. */
function referencePageRank(nodes: string[], edges: { source: string; target: string; weight: number }[]): Map<string, number> {
  const out = new Map<string, number>(nodes.map((n) => [n, 0]));
  for (const e of edges) out.set(e.source, out.get(e.source)! + e.weight);
  let x = new Map(nodes.map((n) => [n, 1 / nodes.length]));
  for (let it = 0; it < 500; it++) {
    const dangling = nodes.filter((n) => out.get(n) === 0).reduce((s, n) => s + x.get(n)!, 0);
    const next = new Map(nodes.map((n) => [n, (1 - 0.85) / nodes.length + (0.85 * dangling) / nodes.length]));
    for (const e of edges) next.set(e.target, next.get(e.target)! + (0.85 * x.get(e.source)! * e.weight) / out.get(e.source)!);
    x = next;
  }
  return x;
}

describe('knowledge graph on a hand-built workspace', () => {
  it('has the live notes as nodes and the resolved links, collapsed with a weight, as edges', async () => {
    const view = await withClient((c) => c.call('graph.global', {}));
    expect(view.reduced).toBeNull();
    expect(view.total).toEqual({ nodes: 10, edges: 7 });
    expect(view.nodes.map((n) => n.id).sort()).toEqual(['hub', 's1', 's2', 's3', 'lonely', 'pl', 'pr', 'b1', 'self', 'old'].map((k) => ids[k]).sort());
    const edge = (s: string, t: string) => view.edges.find((e) => e.source === ids[s] && e.target === ids[t]);
    expect(edge('s1', 'hub')?.weight).toBe(2);
    expect(edge('hub', 's1')?.weight).toBe(1);
    expect(edge('pr', 'hub')?.weight).toBe(1);
    expect(edge('self', 'self')).toBeUndefined();
    expect(view.edges.some((e) => e.source === ids.gone || e.target === ids.gone)).toBe(false);
    const hub = view.nodes.find((n) => n.id === ids.hub)!;
    expect(hub).toMatchObject({ title: 'Hub', domainId: dom.Alpha, kind: 'method', stage: 'identify', degree: 6 });
  });

  it('measures notes, links, density, components and PageRank per domain and for the workspace', async () => {
    const m = await withClient((c) => c.call('graph.metrics', {}));
    const by = Object.fromEntries(m.domains.map((d) => [d.name, d]));
    expect(by.Alpha).toMatchObject({ notes: 5, links: 5, density: 0.25, components: 2 });
    expect(by.Beta).toMatchObject({ notes: 4, links: 1, components: 3 });
    expect(by.Beta.density).toBeCloseTo(1 / 12, 12);
    expect(by.Gamma).toMatchObject({ notes: 1, links: 0, density: 0, components: 1 });
    expect(m.workspace).toMatchObject({ notes: 10, links: 7, components: 5 });
    expect(m.workspace.density).toBeCloseTo(7 / 90, 12);

    const view = await withClient((c) => c.call('graph.global', {}));
    const ref = referencePageRank(view.nodes.map((n) => n.id), view.edges);
    for (const t of m.workspace.topPageRank) expect(t.score).toBeCloseTo(ref.get(t.id)!, 5);
    const expected = [...ref].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([id]) => id);
    expect(m.workspace.topPageRank.map((t) => t.id)).toEqual(expected);
    expect(m.workspace.topPageRank[0]).toMatchObject({ id: ids.hub, title: 'Hub' });
    expect(by.Alpha.topPageRank[0].id).toBe(ids.hub);
    expect(by.Alpha.topPageRank.at(-1)!.id).toBe(ids.lonely);

    const one = await withClient((c) => c.call('graph.metrics', { domainId: dom.Beta, top: 1 }));
    expect(one.domains.map((d) => d.name)).toEqual(['Beta']);
    expect(one.domains[0].topPageRank).toHaveLength(1);
    await expect(withClient((c) => c.call('graph.metrics', { domainId: 'nope' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists broken links, orphans, notes without a usable domain or kind, and duplicate titles', async () => {
    const p = await withClient((c) => c.call('graph.problems', {}));
    expect(p.brokenLinks).toEqual([
      { sourceId: ids.hub, sourceTitle: 'Hub', target: 'Missing page' },
      { sourceId: ids.hub, sourceTitle: 'Hub', target: 'Gone' },
    ]);
    expect(p.orphans.map((o) => o.title)).toEqual(['Lonely', 'Old idea', 'Self', 'Spoke one']);
    expect(p.orphans.find((o) => o.title === 'Spoke one')!.id).toBe(ids.b1);
    expect(p.noDomain).toEqual([{ id: ids.old, title: 'Old idea', domainId: dom.Gamma, reason: 'archived' }]);
    expect(p.noKind).toEqual([{ id: ids.lonely, title: 'Lonely', kind: 'practice', reason: 'default' }]);
    expect(p.duplicateTitles).toHaveLength(1);
    expect(p.duplicateTitles[0].ids.sort()).toEqual([ids.s1, ids.b1].sort());
    expect(p.stuck).toEqual([]); // everything was created "today"
    expect(p.counts).toEqual({ brokenLinks: 2, orphans: 4, noDomain: 1, noKind: 1, stuck: 0, duplicateTitles: 1, total: 9 });

    const capped = await withClient((c) => c.call('graph.problems', { limit: 1 }));
    expect(capped.orphans).toHaveLength(1);
    expect(capped.counts.orphans).toBe(4);
  });

  it('flags an unknown kind and a note whose domain row is missing', async () => {
    const { services } = open();
    try {
      services.db.prepare("UPDATE notes SET kind = '' WHERE id = ?").run(ids.self);
      const p = await createInProcessClient(services).call('graph.problems', {});
      expect(p.noKind).toContainEqual({ id: ids.self, title: 'Self', kind: '', reason: 'unknown' });
      services.db.prepare("UPDATE notes SET kind = 'method' WHERE id = ?").run(ids.self);
      // A domain row gone (only possible with foreign keys off, e.g. a file edited by another tool).
      services.db.pragma('foreign_keys = OFF');
      services.db.prepare("UPDATE notes SET domain_id = 'ghost' WHERE id = ?").run(ids.pl);
      const q = await createInProcessClient(services).call('graph.problems', {});
      expect(q.noDomain).toContainEqual({ id: ids.pl, title: 'Pair left', domainId: 'ghost', reason: 'missing' });
      expect(q.counts.noDomain).toBe(2);
      services.db.prepare('UPDATE notes SET domain_id = ? WHERE id = ?').run(dom.Beta, ids.pl);
      services.db.pragma('foreign_keys = ON');
    } finally {
      services.close();
    }
  });

  it('logs stage changes and finds notes stuck in a stage for more than N days', async () => {
    const { services } = open();
    try {
      const log = services.db.prepare('SELECT note_id, from_stage, to_stage, changed_at FROM note_stage_changes').all() as { note_id: string; from_stage: string; to_stage: string; changed_at: string }[];
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({ note_id: ids.s2, from_stage: 'identify', to_stage: 'share' });
      expect(Math.abs(Date.parse(log[0].changed_at) - Date.now())).toBeLessThan(10 * 60_000);
      // Pin the change to a known day: Spoke two entered "share" 20 days after everything was created.
      services.db.prepare('UPDATE note_stage_changes SET changed_at = ?').run(at(20).toISOString());
    } finally {
      services.close();
    }
    const p = await withClient((c) => c.call('graph.problems', { stuckDays: 30 }), () => at(40));
    expect(p.stuck).toHaveLength(9);
    expect(p.stuck.some((s) => s.id === ids.s2)).toBe(false);
    expect(p.stuck.find((s) => s.id === ids.hub)).toEqual({ id: ids.hub, title: 'Hub', stage: 'identify', since: FIXED_NOW.toISOString(), days: 40 });
    const later = await withClient((c) => c.call('graph.problems', { stuckDays: 15 }), () => at(40));
    expect(later.stuck).toHaveLength(10);
    expect(later.stuck.at(-1)).toMatchObject({ id: ids.s2, stage: 'share', days: 20 });
    expect(later.stuck[0].days).toBe(40);
  });

  it('filters the global graph by domain, kind, stage and tag', async () => {
    await withClient(async (c) => {
      const alpha = await c.call('graph.global', { domainIds: [dom.Alpha] });
      expect(alpha.nodes.map((n) => n.title).sort()).toEqual(['Hub', 'Lonely', 'Spoke one', 'Spoke three', 'Spoke two']);
      expect(alpha.total).toEqual({ nodes: 5, edges: 5 });
      expect(alpha.nodes.find((n) => n.id === ids.hub)!.degree).toBe(5);
      expect((await c.call('graph.global', { kinds: ['practice'] })).nodes.map((n) => n.id)).toEqual([ids.lonely]);
      expect((await c.call('graph.global', { stages: ['share'] })).nodes.map((n) => n.id)).toEqual([ids.s2]);
      const beta = await c.call('graph.global', { tags: ['t-beta'] });
      expect(beta.nodes.map((n) => n.title).sort()).toEqual(['Pair left', 'Pair right', 'Self', 'Spoke one']);
      expect(beta.edges).toEqual([{ source: ids.pl, target: ids.pr, weight: 1 }]);
      expect((await c.call('graph.global', { domainIds: [dom.Alpha], tags: ['t-beta'] })).total).toEqual({ nodes: 0, edges: 0 });
      await expect(c.call('graph.global', { maxNodes: 0 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(c.call('graph.global', { colour: 'red' } as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    });
  });

  it('samples the most central notes, deterministically, when over maxNodes', async () => {
    await withClient(async (c) => {
      const v = await c.call('graph.global', { maxNodes: 3 });
      expect(v.reduced).toMatchObject({ mode: 'sample', shownNodes: 3 });
      expect(v.reduced!.note).toContain('3 most central of 10');
      expect(v.total).toEqual({ nodes: 10, edges: 7 });
      expect(v.nodes[0].id).toBe(ids.hub);
      const shown = new Set(v.nodes.map((n) => n.id));
      expect(v.edges.every((e) => shown.has(e.source) && shown.has(e.target))).toBe(true);
      expect(await c.call('graph.global', { maxNodes: 3 })).toEqual(v);
    });
  });

  it('shows the local graph around a note, both link directions, by depth', async () => {
    await withClient(async (c) => {
      const d1 = await c.call('graph.local', { noteId: ids.hub, depth: 1 });
      expect(d1.nodes.map((n) => n.id).sort()).toEqual([ids.hub, ids.s1, ids.s2, ids.s3, ids.pr].sort());
      expect(d1.nodes[0]).toMatchObject({ id: ids.hub, distance: 0 });
      const d2 = await c.call('graph.local', { noteId: ids.hub, depth: 2 });
      expect(d2.nodes.find((n) => n.id === ids.pl)).toMatchObject({ distance: 2 });
      expect(d2.total.nodes).toBe(6);
      expect((await c.call('graph.local', { noteId: ids.pl, depth: 1 })).nodes.map((n) => n.id)).toEqual([ids.pl, ids.pr]);
      expect((await c.call('graph.local', { noteId: ids.pl, depth: 3 })).total).toEqual({ nodes: 6, edges: 7 });
      const cut = await c.call('graph.local', { noteId: ids.hub, depth: 2, maxNodes: 2 });
      expect(cut.reduced).toMatchObject({ mode: 'sample', shownNodes: 2 });
      expect(cut.total.nodes).toBe(6);
      expect((await c.call('graph.local', { noteId: ids.lonely, depth: 3 })).nodes.map((n) => n.id)).toEqual([ids.lonely]);
      await expect(c.call('graph.local', { noteId: ids.gone, depth: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(c.call('graph.local', { noteId: ids.hub, depth: 4 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    });
  });

  it('rebuilds after a write: a new link shows at once', async () => {
    await withClient(async (c) => {
      expect((await c.call('graph.global', {})).total.edges).toBe(7);
      await c.call('notes.update', { id: ids.lonely, body: 'Now linked to [[Hub]].' });
      const v = await c.call('graph.global', {});
      expect(v.total.edges).toBe(8);
      expect((await c.call('graph.problems', {})).orphans.map((o) => o.title)).not.toContain('Lonely');
      await c.call('notes.update', { id: ids.lonely, body: '' });
      expect((await c.call('graph.global', {})).total.edges).toBe(7);
    });
  });

  it('saves and loads a layout per scope and puts its positions on the view', async () => {
    await withClient(async (c) => {
      expect(await c.call('graph.layout.load', { scope: 'global' })).toBeNull();
      const saved = await c.call('graph.layout.save', { scope: 'global', positions: { [ids.hub]: [1.5, -2], [ids.s1]: [0, 3] } });
      expect(saved.updatedAt).toBe(FIXED_NOW.toISOString());
      expect(await c.call('graph.layout.load', { scope: 'global' })).toEqual(saved);
      await c.call('graph.layout.save', { scope: 'global', positions: { [ids.hub]: [7, 8] } });
      const v = await c.call('graph.global', { layoutScope: 'global' });
      expect(v.nodes.find((n) => n.id === ids.hub)).toMatchObject({ x: 7, y: 8 });
      expect(v.nodes.find((n) => n.id === ids.s1)!.x).toBeUndefined();
      expect((await c.call('graph.global', {})).nodes.find((n) => n.id === ids.hub)!.x).toBeUndefined();
      await expect(c.call('graph.layout.save', { scope: 'global', positions: { a: [Number.NaN, 1] } as never })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(c.call('graph.layout.save', { scope: '', positions: {} })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      expect((await c.call('graph.layout.load', { scope: 'global' }))!.positions).toEqual({ [ids.hub]: [7, 8] });
    });
  });
});

describe('knowledge graph on an empty workspace', () => {
  it('answers zeros and empty lists', async () => {
    const empty = tempDir('copw-graph-empty');
    createWorkspace(empty, { demo: false, resourcesDir: RESOURCES_DIR, clock: () => FIXED_NOW });
    const services = createServices({ workspaceDir: empty, resourcesDir: RESOURCES_DIR, clock: () => FIXED_NOW });
    try {
      const c = createInProcessClient(services);
      expect(await c.call('graph.global', {})).toEqual({ nodes: [], edges: [], total: { nodes: 0, edges: 0 }, reduced: null });
      expect(await c.call('graph.metrics', {})).toEqual({ domains: [], workspace: { notes: 0, links: 0, density: 0, components: 0, topPageRank: [] } });
      const p = await c.call('graph.problems', {});
      expect(p.counts.total).toBe(0);
      expect([p.brokenLinks, p.orphans, p.noDomain, p.noKind, p.stuck, p.duplicateTitles].every((l) => l.length === 0)).toBe(true);
      await expect(c.call('graph.local', { noteId: 'x', depth: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      services.close();
    }
  });
});

describe('knowledge graph reduction by domain', () => {
  it('aggregates to one node per domain, edges weighted by links across domains, when far over maxNodes', async () => {
    const ws = tempDir('copw-graph-aggregate');
    createWorkspace(ws, { demo: false, resourcesDir: RESOURCES_DIR, clock: () => FIXED_NOW });
    const services = createServices({ workspaceDir: ws, resourcesDir: RESOURCES_DIR, clock: () => FIXED_NOW });
    try {
      const db = services.db;
      const stamp = FIXED_NOW.toISOString();
      const sizes: Record<string, number> = { x: 60, y: 40, z: 20 };
      db.transaction(() => {
        for (const [d, n] of Object.entries(sizes)) {
          db.prepare('INSERT INTO domains (id, slug, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(d, d, `Domain ${d.toUpperCase()}`, stamp, stamp);
          for (let i = 0; i < n; i++) {
            db.prepare("INSERT INTO notes (id, title, title_key, domain_id, kind, stage, created_at, updated_at) VALUES (?, ?, ?, ?, 'method', 'share', ?, ?)").run(`${d}${i}`, `${d} ${i}`, `${d} ${i}`, d, stamp, stamp);
          }
        }
        const link = db.prepare('INSERT INTO links (source_id, position, target_title, target_key, target_id) VALUES (?, ?, ?, ?, ?)');
        for (let i = 0; i < 59; i++) link.run(`x${i}`, 0, `x ${i + 1}`, `x ${i + 1}`, `x${i + 1}`); // 59 inside X
        for (let i = 0; i < 10; i++) link.run(`x${i}`, 1, `y ${i}`, `y ${i}`, `y${i}`); // 10 from X to Y
        for (let i = 0; i < 5; i++) link.run(`y${i}`, 0, `z ${i}`, `z ${i}`, `z${i}`); // 5 from Y to Z
        link.run('y0', 1, 'z 0', 'z 0', 'z0'); // a second link on the same pair: weight 2 on that edge
      })();
      const c = createInProcessClient(services);
      const v = await c.call('graph.global', { maxNodes: 2 });
      expect(v.reduced).toMatchObject({ mode: 'aggregate', shownNodes: 2 });
      expect(v.reduced!.note).toContain('120 notes are too many to draw');
      expect(v.total).toEqual({ nodes: 120, edges: 59 + 10 + 5 });
      expect(v.nodes).toEqual([
        { id: 'domain:x', title: 'Domain X', domainId: 'x', kind: 'domain', stage: '', degree: 1, count: 60 },
        { id: 'domain:y', title: 'Domain Y', domainId: 'y', kind: 'domain', stage: '', degree: 1, count: 40 },
      ]);
      expect(v.edges).toEqual([{ source: 'domain:x', target: 'domain:y', weight: 10 }]);
      const three = await c.call('graph.global', { maxNodes: 2, domainIds: ['x', 'y', 'z'], stages: ['share'] });
      expect(three.reduced!.mode).toBe('aggregate');
      const all = await c.call('graph.global', { maxNodes: 3 }); // 120 ≤ 150: a sample, not an aggregate
      expect(all.reduced).toMatchObject({ mode: 'sample', shownNodes: 3 });
      const yz = await c.call('graph.global', { domainIds: ['y', 'z'] });
      expect(yz.reduced).toBeNull();
      expect(yz.edges).toContainEqual({ source: 'y0', target: 'z0', weight: 2 });
      expect(yz.total).toEqual({ nodes: 60, edges: 5 });
    } finally {
      services.close();
    }
  });
});
