// The plan report in Markdown and self-contained HTML: content, escaping, languages, and no external resources.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { renderPlanReport } from '../../src/node/reports/plan-report';
import { REPORT_STRING_KEYS, reportText } from '../../src/node/reports/report-strings';
import { BASE_OPTS, HOSTILE, makePlan } from './plan-fixture';

/** Node types of a Markdown text as GFM parses it (to prove escaping leaves no HTML or stray structure). */
function nodeTypes(markdown: string): string[] {
  const types: string[] = [];
  const walk = (n: Nodes) => {
    types.push(n.type);
    if ('children' in n) n.children.forEach((c) => walk(c as Nodes));
  };
  walk(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
  return types;
}

const md = (lang: 'en' | 'id' = 'en', plan = makePlan()) => renderPlanReport(plan, { ...BASE_OPTS, format: 'md', lang });
const html = (lang: 'en' | 'id' = 'en', plan = makePlan()) => renderPlanReport(plan, { ...BASE_OPTS, format: 'html', lang });

/** The text of one table row (Markdown) that contains `needle`. */
const mdRow = (content: string, needle: string) => content.split('\n').find((l) => l.startsWith('|') && l.includes(needle)) ?? '';
/** The HTML of one <tr> that contains `needle`. */
const htmlRow = (content: string, needle: string) => content.split('<tr>').find((r) => r.includes(needle))?.split('</tr>')[0] ?? '';

describe('plan report: Markdown', () => {
  it('names the file after the plan and has the charter', () => {
    const r = md();
    expect(r.mime).toBe('text/markdown');
    expect(r.fileName).toBe('Circulation-CoP-2026-report.md');
    expect(r.content.startsWith('# Circulation CoP 2026\n')).toBe(true);
    expect(r.content).toContain('## Programme charter');
    expect(r.content).toContain('- **Practice domain:** Circulation');
    expect(r.content).toContain('- **Template:** Library CoP — 5D (version 3)');
    expect(r.content).toContain('- **Coordinator:** Sari Wulandari');
    expect(r.content).toContain('- **Start date:** 2026-02-01');
    expect(r.content).toContain('A **5D** programme for librarians.');
  });

  it('renders filled fields by type, with rich-text headings nested under the field', () => {
    const c = md().content;
    expect(c).toContain('### Vision statement\n\nEvery borrower finds what they need **within a day**.');
    expect(c).toContain('##### Why'); // "## Why" pushed three levels down
    expect(c).toContain('### Participants\n\n- Sari Wulandari\n- Budi Santoso\n- Ayu \\<b\\>Lestari\\</b\\> \\& co');
    expect(c).toContain('### Narratives collected\n\n12');
    expect(c).toContain('### Session format\n\nInterviews');
    expect(c).toContain('- [x] Photos of events\n- [ ] Posters');
    expect(c).toContain('| Member | Role |\n| --- | --- |\n| Sari Wulandari | Coordinator |\n| (removed member) | Core member |');
    expect(c).not.toContain('Monitoring notes'); // empty fields are left out
    expect(c).toContain('### Vision agreed on\n\n2026-02-20');
  });

  it('lists phase status with progress and blockers', () => {
    const c = md().content;
    expect(mdRow(c, 'Discovery')).toContain('Done (2026-02-10)');
    expect(mdRow(c, 'Discovery')).toContain('100%');
    expect(mdRow(c, '| Document')).toContain('Tick every documentation item');
    expect(mdRow(c, 'Disseminate')).toContain('Not started');
    expect(c).toContain('**Blocking completion:**\n\n- Schedule at least 2 meetings');
  });

  it('lists tasks with owners, dues, status and overdue marks', () => {
    const c = md().content;
    expect(mdRow(c, 'Draft the roles table')).toBe('| Draft the roles table | Design | Budi Santoso | **2026-02-15 (overdue)** | To do |');
    expect(mdRow(c, 'Collect event photos')).toBe('| Collect event photos | Document | (removed member) | 2026-04-01 | Doing |');
    expect(mdRow(c, 'Interview the shelving team')).toBe('| Interview the shelving team | Discovery | Unassigned | — | Done |');
    // The plans service flags owners deleted since: they print as removed even if a name were still known.
    const flagged = makePlan();
    flagged.tasks[0] = { ...flagged.tasks[0], ownerMissing: true };
    expect(mdRow(md('en', flagged).content, 'Draft the roles table')).toContain('| (removed member) |');
    // Sorted by phase order.
    expect(c.indexOf('Interview the shelving team')).toBeLessThan(c.indexOf('Draft the roles table'));
  });

  it('lists meetings by date with attendees and record links, and outputs present/missing as wikilinks', () => {
    const c = md().content;
    expect(mdRow(c, 'Monthly sharing 1')).toBe('| 2026-03-02 | 10:00 | Monthly sharing 1 | Reading room | Sari Wulandari, Budi Santoso | [[Meeting 1 — 2026-03-02]] |');
    expect(mdRow(c, 'Monthly sharing 2')).toContain('Monthly sharing 2 (missing)'); // its record note is gone
    expect(c.indexOf('Monthly sharing 1')).toBeLessThan(c.indexOf('Monthly sharing 2'));
    expect(c).toContain('2 of 3 output notes present.');
    expect(mdRow(c, 'Profile — Sari')).toBe('| Discovery | Member profile | [[Profile — Sari Wulandari]] | ✅ present |');
    expect(mdRow(c, 'Profile — Budi')).toBe('| Discovery | Member profile | Profile — Budi Santoso | ❌ missing |');
    expect(mdRow(c, 'charter]]')).toContain('[[Circulation CoP charter]]');
  });

  it('escapes user text so it cannot add structure (tables, headings, HTML)', () => {
    const plan = makePlan({ title: `# ${HOSTILE}` });
    plan.tasks[0] = { ...plan.tasks[0], title: HOSTILE };
    const c = md('en', plan).content;
    expect(c.split('\n')[0]).toBe('# \\# \\<script\\>alert("x")\\</script\\> \\& \\</style\\> "quoted" \'single\' \\| # not a heading');
    const row = mdRow(c, 'alert');
    // Still exactly five cells: the pipe in the title is escaped.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
    expect(c).not.toMatch(/(^|[^\\])<script>/);
    expect(nodeTypes(c)).not.toContain('html');
  });

  it('keeps rich text as Markdown but shows its raw HTML as text', () => {
    const plan = makePlan();
    plan.values.dreaming = { visionStatement: `Shared **vision** with <b>bold</b> tags.\n\n<script>alert(1)</script>\n\n<div onclick="x">block</div>\n\n\`<code>\` stays` };
    const c = md('en', plan).content;
    expect(c).toContain('Shared **vision** with \\<b>bold\\</b> tags.');
    expect(c).toContain('\\<script>alert(1)\\</script>');
    expect(c).toContain('`<code>` stays');
    const types = nodeTypes(c);
    expect(types).not.toContain('html');
    expect(types).toContain('strong');
    expect(types).toContain('inlineCode');
  });

  it('uses Indonesian labels and template labels when lang is id', () => {
    const c = md('id').content;
    expect(c).toContain('## Piagam program');
    expect(c).toContain('## Tugas');
    expect(c).toContain('## Pertemuan');
    expect(c).toContain('## Luaran');
    expect(c).toContain('### Pernyataan visi');
    expect(c).toContain('- **Templat:** CoP Pustakawan — 5D (versi 3)');
    expect(mdRow(c, 'Collect event photos')).toContain('(anggota dihapus)');
    expect(mdRow(c, 'Draft the roles table')).toContain('(terlambat)');
    expect(c).toContain('Program **5D** untuk pustakawan.');
    expect(c).not.toContain('## Tasks');
  });
});

describe('plan report: HTML', () => {
  it('is one self-contained document with charset, lang, a script-forbidding CSP and a print stylesheet', () => {
    const r = html();
    expect(r.mime).toBe('text/html');
    expect(r.fileName).toBe('Circulation-CoP-2026-report.html');
    const c = r.content;
    expect(c.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(c).toContain('<meta charset="utf-8">');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(c)?.[1] ?? '';
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(c).toMatch(/@media print \{[\s\S]*section\.phase \{ break-before: page;/);
    expect(c).toMatch(/@page \{ size: A4; margin: [^}]+\}/);
    expect(c).not.toMatch(/<script/i);
    expect(c).not.toMatch(/https?:\/\//i);
    expect(c).not.toMatch(/@import|url\(/i);
    for (const m of c.matchAll(/\s(src|href)\s*=\s*"([^"]*)"/gi)) expect(m[2].startsWith('#')).toBe(true);
    expect(c.match(/<html/g)).toHaveLength(1);
    expect(c.match(/<style>/g)).toHaveLength(1);
  });

  it('holds the vision, tasks, meetings and outputs', () => {
    const c = html().content;
    expect(c).toContain('<p>Every borrower finds what they need <strong>within a day</strong>.</p>');
    expect(c).toContain('<h5>Why</h5>'); // "## Why" pushed three levels down
    expect(c).toContain('<li class="task"><span class="tick">☐</span> shared shelving rules</li>');
    expect(htmlRow(c, 'Draft the roles table')).toContain('<td>Budi Santoso</td>');
    expect(htmlRow(c, 'Draft the roles table')).toContain('<span class="overdue">2026-02-15 (overdue)</span>');
    expect(htmlRow(c, 'Collect event photos')).toContain('<td>(removed member)</td>');
    expect(htmlRow(c, 'Collect event photos')).toContain('<td>2026-04-01</td>');
    expect(htmlRow(c, 'Monthly sharing 1')).toContain('<td>Reading room</td><td>Sari Wulandari, Budi Santoso</td>');
    expect(htmlRow(c, 'Monthly sharing 1')).toContain('<span class="note-link">Meeting 1 — 2026-03-02</span>');
    expect(htmlRow(c, 'Profile — Sari')).toContain('✓ present');
    expect(htmlRow(c, 'Profile — Budi')).toContain('✗ missing');
    expect(c).toContain('<ul class="checklist"><li><span class="tick">☑</span> Photos of events</li><li><span class="tick">☐</span> Posters</li></ul>');
    expect(htmlRow(c, '(removed member)</td><td>Core member')).toBeTruthy();
    // Anchors link the contents to each phase.
    expect(c).toContain('<a href="#phase-dreaming">2. Dreaming</a>');
    expect(c).toContain('<section class="phase" id="phase-dreaming">');
  });

  it('escapes hostile titles and values everywhere', () => {
    const plan = makePlan({ title: HOSTILE });
    plan.tasks[0] = { ...plan.tasks[0], title: HOSTILE };
    plan.meetings[0] = { ...plan.meetings[0], place: HOSTILE, title: '</td></tr></table><img src=x onerror=alert(1)>' };
    plan.values.document = { ...plan.values.document, monitoringNotes: HOSTILE };
    plan.values.dreaming = {
      visionStatement: `${HOSTILE}\n\n<iframe src="https://evil.example"></iframe>\n\n[click](https://evil.example/x "t") ![pic](http://evil.example/p.png)\n\n| a | b |\n| - | - |\n| <b>c</b> | d |`,
    };
    const c = renderPlanReport(plan, { ...BASE_OPTS, format: 'html', lang: 'en', domainName: '</style><script>x</script>' }).content;
    expect(c).not.toMatch(/<script/i);
    expect(c).not.toMatch(/<\/style>[\s\S]*<\/style>/); // only the stylesheet's own closing tag
    expect(c).not.toMatch(/<iframe|<img|<b>/i);
    // URLs the user typed survive only as inert text: never in an attribute, a link or a style.
    expect(c).not.toMatch(/=\s*"?https?:/i);
    expect(c).not.toMatch(/url\(|@import/i);
    expect(c).toContain('<p><span class="raw-html">&#60;iframe src=&#34;https://evil.example&#34;&#62;&#60;/iframe&#62;</span></p>');
    expect(c).not.toContain('evil.example/x'); // a Markdown link's target is dropped, its text kept
    expect(c).not.toMatch(/<[^>]*\sonerror=/i); // the text is there, escaped, but never inside a tag
    expect(c).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#60;/style&#62; &#34;quoted&#34; &#39;single&#39;');
    expect(c).toContain(`<title>&#60;script&#62;`);
    expect(c).toContain('<span class="link">click</span>'); // link text kept, the URL dropped
    expect(c).toContain('<span class="image-alt">[pic]</span>');
    expect(c).toContain('<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td><span class="raw-html">&#60;b&#62;</span>c<span class="raw-html">&#60;/b&#62;</span></td><td>d</td></tr></tbody></table>');
    for (const m of c.matchAll(/\s(src|href)\s*=\s*"([^"]*)"/gi)) expect(m[2].startsWith('#')).toBe(true);
  });

  it('is in Indonesian when lang is id', () => {
    const c = html('id').content;
    expect(c.startsWith('<!DOCTYPE html>\n<html lang="id">')).toBe(true);
    expect(c).toContain('<h2>Tugas</h2>');
    expect(c).toContain('<h2>Pertemuan</h2>');
    expect(c).toContain('<h2>Luaran</h2>');
    expect(c).toContain('<h2>Piagam program</h2>');
    expect(c).toContain('<h3>Pernyataan visi</h3>');
    expect(c).toContain('<a href="#phase-dreaming">2. Impian</a>');
    expect(htmlRow(c, 'Draft the roles table')).toContain('(terlambat)');
    expect(htmlRow(c, 'Profile — Budi')).toContain('belum ada');
    expect(c).not.toContain('<h2>Tasks</h2>');
  });

  it('says so when there are no tasks, meetings or outputs', () => {
    const c = html('en', makePlan({ tasks: [], meetings: [], outputs: [] })).content;
    expect(c).toContain('No tasks yet.');
    expect(c).toContain('No meetings scheduled.');
    expect(c).toContain('This template requires no output notes.');
  });
});

describe('report strings', () => {
  it('has every label in both languages', () => {
    for (const key of REPORT_STRING_KEYS) {
      expect(reportText('en', key).length, key).toBeGreaterThan(0);
      expect(reportText('id', key).length, key).toBeGreaterThan(0);
    }
    expect(reportText('id', 'outputsSummary', { present: 1, total: 2 })).toBe('1 dari 2 catatan luaran sudah ada.');
  });
});
