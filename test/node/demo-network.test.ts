// The demo's sharing network: the questionnaire (resources/demo/survey.csv) imported at load looks like the seed's
// finding (mostly one-way ties, a few mutual pairs, one isolate, one broker) and matches the demo note that reports it;
// the demo endorsements become ties; a broken survey or endorsement file is refused and creates nothing.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../src/node/services/create-services';
import { createInProcessClient } from '../../src/node/transport/in-process';
import { useTempDirs } from '../helpers/temp-dir';
import { demoWorkspace, FIXED_NOW, openServices, RESOURCES_DIR } from '../helpers/workspace';

const tempDir = useTempDirs();
/** Survey ties are dated by the import, i.e. the day the demo was loaded. */
const SURVEY_DAY = FIXED_NOW.toISOString().slice(0, 10);

describe('demo sharing network', () => {
  it('imports every questionnaire answer through the survey import', () => {
    const services = openServices(demoWorkspace(tempDir()));
    try {
      const rows = readFileSync(join(RESOURCES_DIR, 'demo', 'survey.csv'), 'utf8').trim().split('\n').length - 1;
      const stored = services.db.prepare("SELECT count(*) FROM survey_ties WHERE source_file = 'survey.csv'").pluck().get();
      expect(stored).toBe(rows);
      expect(rows).toBeGreaterThan(40);
    } finally {
      services.close();
    }
  });

  it('over the survey shows mostly one-way ties, a few mutual pairs, Fitri isolated and Sari as the broker', async () => {
    const services = openServices(demoWorkspace(tempDir()));
    try {
      const client = createInProcessClient(services);
      const m = await client.call('network.metrics', { from: SURVEY_DAY, to: SURVEY_DAY });
      expect(m.members).toBe(13);
      expect(m.edges.every((e) => e.types.length === 1 && e.types[0] === 'survey')).toBe(true);
      const pairs = new Set(m.edges.map((e) => [e.source, e.target].sort().join('|'))).size;
      const mutualPairs = m.edges.filter((e) => e.mutual).length / 2;
      expect(mutualPairs).toBe(8);
      expect(m.reciprocity).toBeCloseTo(mutualPairs / pairs, 10);
      expect(m.reciprocity).toBeLessThan(0.5);
      expect(m.oneWayShare).toBeGreaterThan(0.5);
      expect(m.isolates).toBe(1);
      const name = (id: string) => m.perMember.find((p) => p.id === id)!.name;
      expect(m.recommendations.filter((r) => r.kind === 'isolate').map((r) => name(r.memberIds[0]))).toEqual(['Fitri Ramadhani']);
      expect(m.recommendations.filter((r) => r.kind === 'broker').map((r) => name(r.memberIds[0]))).toEqual(['Sari Wulandari']);
      // Andi is asked by six and asks no one; Wahyu's only tie is to Sari.
      const andi = m.perMember.find((p) => p.id === 'm-andi')!;
      expect([andi.outDegree, andi.inDegree]).toEqual([6, 0]);
      expect(m.edges.filter((e) => e.source === 'm-wahyu' || e.target === 'm-wahyu')).toEqual([
        expect.objectContaining({ source: 'm-sari', target: 'm-wahyu', mutual: false }),
      ]);

      // The demo note that reports the baseline quotes exactly these numbers.
      const note = (await client.call('notes.list', {})).find((n) => n.title === 'One-way ties in our sharing network')!;
      const body = (await client.call('notes.get', { id: note.id })).body;
      const oneWayTies = m.edges.filter((e) => !e.mutual).length;
      expect(body).toContain(`| Directed ties named | ${m.ties} |`);
      expect(body).toContain(`| Mutual pairs | ${mutualPairs} (${mutualPairs * 2} ties) |`);
      expect(body).toContain(`| One-way ties | ${oneWayTies} (${Math.round((100 * oneWayTies) / m.ties)}%) |`);
    } finally {
      services.close();
    }
  });

  it('turns the demo endorsements into applied and comment ties from the note authors', async () => {
    const services = openServices(demoWorkspace(tempDir()));
    try {
      const client = createInProcessClient(services);
      const notes = await client.call('notes.list', {});
      const id = (title: string) => notes.find((n) => n.title === title)!.id;
      const applied = await client.call('network.endorsements', { noteId: id('Pengingat jatuh tempo lewat WhatsApp') });
      expect(applied).toEqual([expect.objectContaining({ memberId: 'm-budi', kind: 'applied' })]);
      expect(applied[0].at < FIXED_NOW.toISOString()).toBe(true);
      const comments = await client.call('network.endorsements', { noteId: id('Spine label misprints') });
      expect(comments).toEqual([expect.objectContaining({ memberId: 'm-sari', kind: 'comment', text: expect.stringContaining('label check') })]);
      const m = await client.call('network.metrics', {});
      const edge = (s: string, t: string) => m.edges.find((e) => e.source === s && e.target === t);
      expect(edge('m-andi', 'm-budi')?.types).toContain('applied');
      expect(edge('m-budi', 'm-joko')?.types).toContain('applied');
      expect(edge('m-hendra', 'm-sari')?.types).toContain('comment');
      expect(new Set(m.edges.flatMap((e) => e.types))).toEqual(new Set(['builtOn', 'meeting', 'survey', 'applied', 'comment']));
    } finally {
      services.close();
    }
  });

  it('refuses a survey naming an unknown member and an endorsement of a missing note; no workspace is left behind', () => {
    const res = join(tempDir('copw-demo-res'), 'resources');
    cpSync(RESOURCES_DIR, res, { recursive: true });
    const survey = join(res, 'demo', 'survey.csv');
    const original = readFileSync(survey, 'utf8');
    writeFileSync(survey, `${original}Siti Nobody,Sari Wulandari,receives,circulation,weekly\n`);
    const dir = join(tempDir(), 'ws-bad');
    expect(() => createWorkspace(dir, { demo: true, resourcesDir: res, clock: () => FIXED_NOW })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: 'survey.csv: unknown Siti Nobody' }),
    );
    expect(existsSync(join(dir, 'workspace.copw.db'))).toBe(false);

    writeFileSync(survey, original);
    const endorsements = join(res, 'demo', 'endorsements.json');
    writeFileSync(endorsements, JSON.stringify([{ note: 'No such note', member: 'm-budi', kind: 'applied', daysAgo: 2 }]));
    expect(() => createWorkspace(dir, { demo: true, resourcesDir: res, clock: () => FIXED_NOW })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: 'endorsements.json[0]: no note titled "No such note"' }),
    );
    expect(existsSync(join(dir, 'workspace.copw.db'))).toBe(false);
  });
});
