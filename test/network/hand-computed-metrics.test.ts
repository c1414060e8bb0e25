// Network metrics against a network computed by hand: ties from three sources (survey, "built on" links, endorsement).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { PEOPLE, networkWorkspace, noteBy, type NetworkFixture } from './network-fixture';

const { A, B, C, D, E } = PEOPLE;
const tmp = useTempDirs();
let f: NetworkFixture;

/*
 * The network (n = 5):  A ⇄ B (survey "both"), B → C (C's note links to B's note), C → D (D applied C's note), E alone.
 * Directed pairs: A→B, B→A, B→C, C→D = 4.          density = 4 / (5·4) = 0.2
 * Tied pairs: {A,B} mutual, {B,C}, {C,D} one-way.   reciprocity = 1/3, oneWayShare = 2/3
 * Shortest paths through a member: A→C (via B), A→D (via B, C), B→D (via C) → B: 2, C: 2, others 0;
 *   normalized by (n−1)(n−2) = 12 → B = C = 1/6.
 * Undirected degrees A1 B2 C2 D1 E0, max 2: Σ(2 − d) = 1+0+0+1+2 = 4 → centralization = 4/12 = 1/3.
 * Weak components {A,B,C,D} and {E} = 2; isolates = 1 (E).
 * Articulation points of the path A–B–C–D: B and C, each splits the 4-member component into 2 parts.
 */
beforeAll(async () => {
  f = await networkWorkspace(tmp('net-hand'));
  const r = await f.client.call('network.importSurvey', { csvText: `respondent,contact,direction,topic\n${A.name},${B.name},both,humas\n` });
  expect(r.imported).toBe(1);
  await noteBy(f.client, f.humasId, 'Press release checklist', B.id);
  const cNote = await noteBy(f.client, f.humasId, 'Our crisis script', C.id, 'Built on [[Press release checklist]].');
  await f.client.call('network.endorse', { noteId: cNote, memberId: D.id, kind: 'applied', text: 'Used it in March' });
});
afterAll(() => f?.services.close());

describe('network metrics on a hand-computed network', () => {
  it('matches density, reciprocity, betweenness, centralization, isolates and components', async () => {
    const m = await f.client.call('network.metrics', {});
    expect(m.members).toBe(5);
    expect(m.ties).toBe(4);
    expect(m.density).toBeCloseTo(0.2, 10);
    expect(m.reciprocity).toBeCloseTo(1 / 3, 10);
    expect(m.oneWayShare).toBeCloseTo(2 / 3, 10);
    expect(m.centralization).toBeCloseTo(1 / 3, 10);
    expect(m.isolates).toBe(1);
    expect(m.components).toBe(2);
    const by = Object.fromEntries(m.perMember.map((p) => [p.id, p]));
    expect([A, B, C, D, E].map((p) => [by[p.id].inDegree, by[p.id].outDegree])).toEqual([[1, 1], [1, 2], [1, 1], [1, 0], [0, 0]]);
    expect(by[B.id].betweenness).toBeCloseTo(1 / 6, 10);
    expect(by[C.id].betweenness).toBeCloseTo(1 / 6, 10);
    for (const p of [A, D, E]) expect(by[p.id].betweenness).toBe(0);
    expect(by[E.id].component).not.toBe(by[A.id].component);
  });

  it('labels every edge with its source type and whether it is mutual', async () => {
    const m = await f.client.call('network.metrics', {});
    const edges = Object.fromEntries(m.edges.map((e) => [`${e.source}>${e.target}`, e]));
    expect(Object.keys(edges).sort()).toEqual([`${A.id}>${B.id}`, `${B.id}>${A.id}`, `${B.id}>${C.id}`, `${C.id}>${D.id}`].sort());
    expect(edges[`${A.id}>${B.id}`]).toMatchObject({ types: ['survey'], mutual: true, weight: 1 });
    expect(edges[`${B.id}>${C.id}`]).toMatchObject({ types: ['builtOn'], mutual: false });
    expect(edges[`${C.id}>${D.id}`]).toMatchObject({ types: ['applied'], mutual: false });
  });

  it('recommends the one-way pairs, the isolate and the two brokers, naming real members in both languages', async () => {
    const { recommendations: recs } = await f.client.call('network.metrics', {});
    const pairs = recs.filter((r) => r.kind === 'oneWayPair').map((r) => r.memberIds);
    expect(pairs.sort()).toEqual([[B.id, C.id], [C.id, D.id]].sort());
    const pair = recs.find((r) => r.kind === 'oneWayPair' && r.memberIds[0] === B.id)!;
    expect(pair.text.en).toContain(`Invite ${B.name} and ${C.name}`);
    expect(pair.text.id).toContain(`Undang ${B.name} dan ${C.name}`);
    expect(pair.key).toBe('network.rec.oneWayPair');
    expect(recs.filter((r) => r.kind === 'isolate').map((r) => r.memberIds)).toEqual([[E.id]]);
    const brokers = recs.filter((r) => r.kind === 'broker');
    expect(brokers.map((r) => r.memberIds[0]).sort()).toEqual([B.id, C.id].sort());
    expect(brokers[0].params).toMatchObject({ size: 4, parts: 2 });
  });

  it('filters by domain (members of Humas only), topic (survey topic / note tag) and date range', async () => {
    const humas = await f.client.call('network.metrics', { domainId: f.humasId });
    expect([humas.members, humas.ties, humas.isolates, humas.components]).toEqual([4, 4, 0, 1]);
    expect(humas.density).toBeCloseTo(4 / 12, 10);

    const topic = await f.client.call('network.metrics', { topic: 'HUMAS' });
    expect([topic.ties, topic.reciprocity, topic.isolates]).toEqual([2, 1, 3]);

    // Every tie of the fixture is dated 2026-11-22 (the fixed clock).
    const before = await f.client.call('network.metrics', { to: '2026-11-21' });
    expect([before.ties, before.isolates, before.density, before.reciprocity]).toEqual([0, 5, 0, 0]);
    const day = await f.client.call('network.metrics', { from: '2026-11-22', to: '2026-11-22' });
    expect(day.ties).toBe(4);
  });

  it('rejects a reversed range and an unknown domain without computing anything', async () => {
    await expect(f.client.call('network.metrics', { from: '2026-12-01', to: '2026-01-01' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(f.client.call('network.metrics', { domainId: 'no-such-domain' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.client.call('network.metrics', { from: '22/11/2026' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
