// Survey CSV import: separators, BOM, quoting, CRLF, matching by name/email, every skip reason, re-import, 100,000 rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberStore } from '../../src/node/store/member-store';
import { useTempDirs } from '../helpers/temp-dir';
import { PEOPLE, networkWorkspace, type NetworkFixture } from './network-fixture';

const { A, B, C, D } = PEOPLE;
const tmp = useTempDirs();
let f: NetworkFixture;
const count = () => f.services.db.prepare('SELECT count(*) FROM survey_ties').pluck().get() as number;
const clear = () => f.services.db.prepare('DELETE FROM survey_ties').run();

beforeAll(async () => {
  f = await networkWorkspace(tmp('net-survey'));
});
afterAll(() => f?.services.close());

describe('network.importSurvey', () => {
  it('reads a BOM, semicolons, CRLF and quoted separators; matches names case-insensitively and by email', async () => {
    clear();
    const csv = '\uFEFFRespondent;Contact;Direction;Topic;Frequency\r\n' + `ayu lestari;BIMA@example.org;gives;"press; releases";weekly\r\n` + `"Citra  Dewi";${D.name};Receives;;\r\n`;
    const r = await f.client.call('network.importSurvey', { csvText: csv, sourceFile: 'wave1.csv' });
    expect(r).toEqual({ rows: 2, imported: 2, skipped: { self: 0, duplicate: 0, unknown: 0, invalid: 0 }, unknownNames: [], errors: [], moreErrors: 0 });
    const rows = f.services.db.prepare('SELECT respondent_id, contact_id, direction, topic, frequency, source_file FROM survey_ties ORDER BY id').all();
    expect(rows).toEqual([
      { respondent_id: A.id, contact_id: B.id, direction: 'gives', topic: 'press; releases', frequency: 'weekly', source_file: 'wave1.csv' },
      { respondent_id: C.id, contact_id: D.id, direction: 'receives', topic: '', frequency: null, source_file: 'wave1.csv' },
    ]);
    // receives = contact → respondent
    const m = await f.client.call('network.metrics', {});
    expect(m.edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual([`${A.id}>${B.id}`, `${D.id}>${C.id}`]);
  });

  it('handles quoted commas and multi-line quoted fields, and reports skips with the right line numbers', async () => {
    clear();
    const csv = [
      'respondent,contact,direction,topic',
      `${A.name},${B.name},gives,"events, media"`, // line 2
      `${A.name},${A.name},both,`, // line 3: self
      `${A.name},${B.name},gives,"events, media"`, // line 4: duplicate
      `${A.name},Zara Unknown,gives,"two`, // line 5–6: unknown, quoted newline
      `lines"`,
      `${B.name},${C.name},sometimes,`, // line 7: bad direction
      `,${C.name},gives,`, // line 8: empty respondent
      `nobody@example.org,zara unknown,both,`, // line 9: unknown twice (reported once, case-insensitive)
      '',
    ].join('\n');
    const r = await f.client.call('network.importSurvey', { csvText: csv });
    expect(r.rows).toBe(7);
    expect(r.imported).toBe(1);
    expect(r.skipped).toEqual({ self: 1, duplicate: 1, unknown: 2, invalid: 2 });
    expect(r.unknownNames).toEqual(['Zara Unknown', 'nobody@example.org']);
    expect(r.errors).toEqual([
      { line: 7, message: 'direction "sometimes" must be gives, receives or both' },
      { line: 8, message: 'respondent is empty' },
    ]);
    expect(count()).toBe(1);
  });

  it('does not double ties when the same file is imported again', async () => {
    clear();
    const csv = `respondent,contact,direction\n${A.name},${B.name},gives\n${B.name},${C.name},both\n`;
    expect((await f.client.call('network.importSurvey', { csvText: csv })).imported).toBe(2);
    const again = await f.client.call('network.importSurvey', { csvText: csv });
    expect(again.imported).toBe(0);
    expect(again.skipped.duplicate).toBe(2);
    expect(count()).toBe(2);
    expect((await f.client.call('network.metrics', {})).ties).toBe(3);
  });

  it('refuses a missing column, naming it, and writes nothing', async () => {
    clear();
    const err = await f.client.call('network.importSurvey', { csvText: `respondent,contact,topic\n${A.name},${B.name},x\n` }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'INVALID_INPUT' });
    expect((err as Error).message).toContain('missing the column "direction"');
    expect(count()).toBe(0);
  });

  it('refuses an empty file; a header-only file imports nothing', async () => {
    clear();
    await expect(f.client.call('network.importSurvey', { csvText: '' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('empty') });
    await expect(f.client.call('network.importSurvey', { csvText: '\uFEFF\r\n  \n' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const r = await f.client.call('network.importSurvey', { csvText: 'respondent,contact,direction\r\n' });
    expect([r.rows, r.imported, r.errors.length]).toEqual([0, 0, 0]);
  });

  it('reports a name shared by two members instead of guessing', async () => {
    clear();
    new MemberStore(f.services.db).insert({ id: 'm-a2', name: 'Ayu Lestari', email: 'ayu2@example.org', role: '', participation: 'peripheral', narrative: '', domainIds: [] }, '2026-11-22T00:00:00Z');
    const r = await f.client.call('network.importSurvey', { csvText: `respondent,contact,direction\n${A.name},${B.name},gives\nayu2@example.org,${B.name},gives\n` });
    expect(r.imported).toBe(1);
    expect(r.errors).toEqual([{ line: 2, message: `"${A.name}" matches more than one member; use the member's email` }]);
    f.services.db.prepare("DELETE FROM members WHERE id = 'm-a2'").run();
  });

  it('imports 100,000 rows in one transaction, fast, with a capped error list', async () => {
    clear();
    const store = new MemberStore(f.services.db);
    f.services.db.transaction(() => {
      for (let i = 0; i < 400; i++) store.insert({ id: `bulk-${i}`, name: `Bulk Member ${i}`, email: null, role: '', participation: 'active', narrative: '', domainIds: [] }, '2026-11-22T00:00:00Z');
    })();
    const lines = ['respondent,contact,direction,topic'];
    const expected = new Set<string>();
    let bad = 0;
    for (let i = 0; i < 100_000; i++) {
      const r = (i * 7919) % 400;
      const c = (i * 104729 + 13) % 400;
      const topic = `t${i % 5}`;
      if (i % 1000 === 999) {
        lines.push(`Bulk Member ${r},Bulk Member ${c},maybe,${topic}`);
        bad++;
      } else {
        lines.push(`Bulk Member ${r},Bulk Member ${c},gives,${topic}`);
        if (r !== c) expected.add(`${r}|${c}|${topic}`);
      }
    }
    const t0 = performance.now();
    const rep = await f.client.call('network.importSurvey', { csvText: lines.join('\n') });
    const ms = performance.now() - t0;
    expect(rep.rows).toBe(100_000);
    expect(rep.imported).toBe(expected.size);
    expect(rep.skipped.invalid).toBe(bad);
    expect(rep.imported + rep.skipped.self + rep.skipped.duplicate + rep.skipped.invalid).toBe(100_000);
    expect(rep.errors).toHaveLength(100);
    expect(rep.moreErrors).toBe(bad - 100);
    expect(rep.errors[0]).toEqual({ line: 1001, message: 'direction "maybe" must be gives, receives or both' });
    expect(count()).toBe(expected.size);
    expect(ms).toBeLessThan(15_000);
  });
});
