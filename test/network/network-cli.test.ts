// copw network, copw network import-survey and copw network report on a real demo workspace.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { copw } from '../helpers/run-cli';
import { useTempDirs } from '../helpers/temp-dir';

const tmp = useTempDirs();
let dir: string;
let root: string;

beforeAll(() => {
  root = tmp('net-cli');
  dir = join(root, 'w');
  expect(copw(['init', dir, '--demo']).code).toBe(0);
});

describe('copw network', () => {
  it('import-survey --json reports imported, skipped and unknown names; the survey topic then filters metrics', () => {
    const csv = join(root, 'survey.csv');
    writeFileSync(csv, '\uFEFFrespondent;contact;direction;topic\r\nDewi Anggraini;wahyu nugroho;gives;press\r\nDewi Anggraini;Dewi Anggraini;both;press\r\nDewi Anggraini;Ghost Person;gives;press\r\nWahyu Nugroho;Dewi Anggraini;often;press\r\n');
    const r = copw(['network', 'import-survey', csv, '--workspace', dir, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.stdout);
    expect(rep).toMatchObject({ rows: 4, imported: 1, skipped: { self: 1, duplicate: 0, unknown: 1, invalid: 1 }, unknownNames: ['Ghost Person'] });
    expect(rep.errors).toEqual([{ line: 5, message: 'direction "often" must be gives, receives or both' }]);

    const m = copw(['network', '--workspace', dir, '--topic', 'press', '--json']);
    expect(m.code).toBe(0);
    const json = JSON.parse(m.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['members', 'ties', 'density', 'reciprocity', 'oneWayShare', 'isolates', 'components', 'perMember']));
    expect([json.ties, json.reciprocity, json.oneWayShare]).toEqual([1, 0, 1]);
    expect(json.isolates).toBe(json.members - 2);
    const dewi = json.perMember.find((p: { name: string }) => p.name === 'Dewi Anggraini');
    expect(dewi).toMatchObject({ inDegree: 0, outDegree: 1, betweenness: 0 });
    expect(json.recommendations.find((x: { kind: string }) => x.kind === 'oneWayPair').text.en).toContain('Invite Dewi Anggraini and Wahyu Nugroho');
  });

  it('--domain NAME scopes to that domain; an unknown domain is a one-line error', () => {
    const all = JSON.parse(copw(['network', '--workspace', dir, '--json']).stdout);
    const db = new Database(join(dir, 'workspace.copw.db'), { readonly: true });
    const domain = db.prepare('SELECT d.name, count(*) AS n FROM domains d JOIN member_domains md ON md.domain_id = d.id GROUP BY d.id ORDER BY n, d.name LIMIT 1').get() as { name: string; n: number };
    db.close();
    const scoped = JSON.parse(copw(['network', '--workspace', dir, '--domain', domain.name.toUpperCase(), '--json']).stdout);
    expect(scoped.members).toBe(domain.n);
    expect(scoped.members).toBeLessThan(all.members);
    const bad = copw(['network', '--workspace', dir, '--domain', 'No Such Domain', '--json']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('error NOT_FOUND: No domain named "No Such Domain"\n');
    expect(all.members).toBeGreaterThan(0);
  });

  it('report -o writes HTML and CSV; a wrong extension is refused', () => {
    const html = join(root, 'net.html');
    const csv = join(root, 'net.csv');
    expect(copw(['network', 'report', '-o', html, '--workspace', dir, '--lang', 'id']).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('Jaringan berbagi pengetahuan');
    expect(copw(['network', 'report', '-o', csv, '--workspace', dir]).code).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toBe('id,name,inDegree,outDegree,betweenness,component');
    const bad = copw(['network', 'report', '-o', join(root, 'net.pdf'), '--workspace', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('INVALID_INPUT');
    const missing = copw(['network', 'import-survey', join(root, 'nope.csv'), '--workspace', dir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error NOT_FOUND: No survey file at /);
  });
});
