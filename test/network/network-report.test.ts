// The network report (self-contained HTML, no scripts, everything escaped) and the metrics CSV (formula-safe).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkText } from '../../src/node/network/network-strings';
import { RESOURCES_DIR } from '../helpers/workspace';
import { MemberStore } from '../../src/node/store/member-store';
import { csvCell } from '../../src/node/network/metrics-csv';
import { useTempDirs } from '../helpers/temp-dir';
import { PEOPLE, networkWorkspace, type NetworkFixture } from './network-fixture';

const tmp = useTempDirs();
let f: NetworkFixture;
const EVIL = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const FORMULA = '=HYPERLINK("http://evil.example","x")';

beforeAll(async () => {
  f = await networkWorkspace(tmp('net-report'));
  const store = new MemberStore(f.services.db);
  store.insert({ id: 'm-evil', name: EVIL, email: 'evil@example.org', role: '', participation: 'active', narrative: '', domainIds: [] }, '2026-11-22T00:00:00Z');
  store.insert({ id: 'm-formula', name: FORMULA, email: 'f@example.org', role: '', participation: 'active', narrative: '', domainIds: [] }, '2026-11-22T00:00:00Z');
  await f.client.call('network.importSurvey', { csvText: `respondent,contact,direction\nevil@example.org,${PEOPLE.A.name},gives\n` });
});
afterAll(() => f?.services.close());

describe('network.reportHtml', () => {
  it('is one document with a script-free CSP, escaped names, and recommendations in the chosen language', async () => {
    const en = await f.client.call('network.reportHtml', {});
    expect(en.mime).toBe('text/html');
    expect(en.fileName).toMatch(/^network-\d{4}-\d{2}-\d{2}\.html$/);
    const html = en.content;
    expect(html).toContain("script-src 'none'");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/\b(src|href)=["']?https?:/i);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain(`Invite &#60;script&#62;`); // the one-way pair evil → Ayu
    expect(html).toContain(`Bring ${PEOPLE.B.name} into the next meeting`);
    const id = await f.client.call('network.reportHtml', { lang: 'id' });
    expect(id.content).toContain('<html lang="id">');
    expect(id.content).toContain(`Ajak ${PEOPLE.B.name} ke pertemuan berikutnya`);
  });
});

describe('network.metricsCsv', () => {
  it('has one row per member and neutralises formula cells', async () => {
    const csv = await f.client.call('network.metricsCsv', {});
    expect(csv.mime).toBe('text/csv');
    const lines = csv.content.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,name,inDegree,outDegree,betweenness,component');
    expect(lines).toHaveLength(1 + 7);
    expect(lines).toContain(`m-formula,"'=HYPERLINK(""http://evil.example"",""x"")",0,0,0,${lines.find((l) => l.startsWith('m-formula'))!.split(',').pop()}`);
    expect(lines.find((l) => l.startsWith('m-evil'))).toBe(`m-evil,<script>alert(1)</script><img src=x onerror=alert(2)>,0,1,0,1`);
    for (const l of lines.slice(1)) expect(l.split(',')[1]).not.toMatch(/^[=+\-@]/);
  });

  it('csvCell quotes separators and prefixes every formula trigger', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', 'a,b', 'say "hi"', 'plain', 5].map(csvCell)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      '"a,b"',
      '"say ""hi"""',
      'plain',
      '5',
    ]);
  });
});

describe('recommendation texts', () => {
  it('the service texts are the same as the UI locale strings network.rec.* in both languages', () => {
    for (const lang of ['en', 'id'] as const) {
      const locale = JSON.parse(readFileSync(join(RESOURCES_DIR, 'locales', `${lang}.json`), 'utf8')).network.rec as Record<string, string>;
      for (const key of ['oneWayPair', 'isolate', 'broker'] as const) {
        expect(networkText(lang, `rec.${key}`)).toBe(locale[key].replace(/\{\{(\w+)\}\}/g, '{$1}'));
      }
    }
  });
});
