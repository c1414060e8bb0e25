// validateTemplate / validateTemplateJson: each bad template is rejected with its JSON path and a clear reason.
import { describe, expect, it } from 'vitest';
import { validateTemplate, validateTemplateJson } from '../../src/common/templates/validate-template';
import { FIELD_TYPES } from '../../src/common/templates/template-types';
import { builtinCopy } from './template-fixtures';

function issuesOf(t: unknown): string[] {
  const r = validateTemplate(t);
  expect(r.ok).toBe(false);
  expect(r.template).toBeUndefined();
  return r.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('validateTemplate', () => {
  it('accepts a valid template and returns it parsed', () => {
    const r = validateTemplate(builtinCopy());
    expect(r).toMatchObject({ ok: true, issues: [] });
    expect(r.template?.phases.map((p) => p.id)).toEqual(['discovery', 'dreaming', 'design', 'document', 'disseminate']);
  });

  it('names a missing phase id', () => {
    const t = builtinCopy();
    delete t.phases[2].id;
    expect(issuesOf(t)).toContain('phases[2].id: Missing phase id');
  });

  it('names duplicate field ids within a phase, and duplicate phase, task, output, item, column and choice ids', () => {
    const t = builtinCopy();
    t.phases[1].fields[1].id = 'visionStatement';
    t.phases[4].id = 'discovery';
    t.phases[1].tasks[0].id = 'inviteLibrarians';
    t.phases[3].outputs[0].id = 'charter';
    t.phases[3].fields[0].items[1].id = 'meetingMinutes';
    t.phases[2].fields[1].columns[2].id = 'member';
    t.phases[2].fields[2].options[1].value = 'weekly';
    const issues = issuesOf(t);
    expect(issues).toContain('phases[1].fields[1].id: Duplicate field id "visionStatement" (already used at phases[1].fields[0])');
    expect(issues).toContain('phases[4].id: Duplicate phase id "discovery" (already used at phases[0])');
    expect(issues.some((i) => i.startsWith('phases[1].tasks[0].id: Duplicate task id "inviteLibrarians"'))).toBe(true);
    expect(issues.some((i) => i.startsWith('phases[3].outputs[0].id: Duplicate output id "charter"'))).toBe(true);
    expect(issues).toContain('phases[3].fields[0].items[1].id: Duplicate checklist item id "meetingMinutes" (already used at phases[3].fields[0].items[0])');
    expect(issues).toContain('phases[2].fields[1].columns[2].id: Duplicate column id "member" (already used at phases[2].fields[1].columns[0])');
    expect(issues).toContain('phases[2].fields[2].options[1].value: Duplicate choice value "weekly" (already used at phases[2].fields[2].options[0])');
  });

  it('names an unknown field type and lists the allowed ones', () => {
    const t = builtinCopy();
    t.phases[2].fields[1].type = 'slider';
    const issues = issuesOf(t);
    expect(issues).toContain(`phases[2].fields[1].type: Unknown field type "slider"; allowed: ${FIELD_TYPES.join(', ')}`);
  });

  it('puts options only where they belong', () => {
    const t = builtinCopy();
    t.phases[2].fields[2].options = []; // choice without options
    t.phases[1].fields[0].options = [{ value: 'a', label: { en: 'A', id: 'A' } }]; // richText with options
    delete t.phases[3].fields[0].items; // checklist without items
    t.phases[3].fields[1].columns = []; // number with columns
    t.phases[2].fields[0].min = 1; // table with min
    const issues = issuesOf(t);
    expect(issues).toContain('phases[2].fields[2].options: A choice field needs options (at least one)');
    expect(issues).toContain('phases[1].fields[0].options: Only choice fields take options (this field is "richText")');
    expect(issues).toContain('phases[3].fields[0].items: A checklist field needs items to tick (at least one)');
    expect(issues).toContain('phases[3].fields[1].columns: Only table fields take columns (this field is "number")');
    expect(issues).toContain('phases[2].fields[0].min: Only number fields take min (this field is "table")');
  });

  it('names dangling references: gate fields, checklists, outputs, membersFrom and after', () => {
    const t = builtinCopy();
    t.phases[1].gate.requiredFields.push('mission');
    t.phases[3].gate.completeChecklists = ['notesTarget', 'ghost'];
    t.phases[0].gate.outputs = ['memberProfiles', 'charter'];
    t.phases[0].outputs[0].membersFrom = 'sessionFormat';
    t.phases[1].after = ['discovery', 'planning'];
    const issues = issuesOf(t);
    expect(issues).toContain('phases[1].gate.requiredFields[2]: Unknown field "mission": phase "dreaming" has no such field');
    expect(issues).toContain('phases[3].gate.completeChecklists[0]: Field "notesTarget" is a number field, not a checklist');
    expect(issues).toContain('phases[3].gate.completeChecklists[1]: Unknown field "ghost": phase "document" has no such field');
    expect(issues).toContain('phases[0].gate.outputs[1]: Unknown output "charter": phase "discovery" has no such output');
    expect(issues.some((i) => i.startsWith('phases[0].outputs[0].membersFrom: "sessionFormat" is not a members field'))).toBe(true);
    expect(issues).toContain('phases[1].after[1]: Unknown phase "planning" in "after"');
  });

  it('accepts membersFrom of an earlier phase as phaseId.fieldId but not of a later one', () => {
    const ok = builtinCopy();
    ok.phases[1].outputs.push({ ...ok.phases[0].outputs[0], id: 'visionInterviews', membersFrom: 'discovery.participants' });
    expect(validateTemplate(ok).ok).toBe(true);
    const bad = builtinCopy();
    bad.phases[4].fields.push({ id: 'audienceMembers', type: 'members', label: { en: 'Audience', id: 'Sasaran' } });
    bad.phases[0].outputs[0].membersFrom = 'disseminate.audienceMembers';
    expect(issuesOf(bad).some((i) => i.startsWith('phases[0].outputs[0].membersFrom:'))).toBe(true);
  });

  it('names a cycle in "after"', () => {
    const t = builtinCopy();
    t.phases[0].after = ['design'];
    const issues = issuesOf(t);
    expect(issues).toContain('phases[1].after: Cycle in "after": discovery → design → dreaming → discovery');
    const self = builtinCopy();
    self.phases[0].after = ['discovery'];
    expect(issuesOf(self)).toContain('phases[0].after[0]: Phase "discovery" cannot come after itself');
  });

  it('rejects HTML and script in labels, prompts and guidance, naming the path', () => {
    const t = builtinCopy();
    t.phases[0].fields[0].label.en = 'Participants <script>alert(1)</script>';
    t.phases[1].prompts[0].id = 'Klik [di sini](javascript:alert(1))';
    t.phases[2].guidance.en = 'Design <img src=x onerror=alert(1)>';
    t.name.id = 'Nama onclick="x()"';
    const issues = issuesOf(t);
    expect(issues).toContain('phases[0].fields[0].label.en: Contains an HTML tag; template text must be plain text or Markdown, without HTML or script');
    expect(issues.some((i) => i.startsWith('phases[1].prompts[0].id: Contains a javascript: URL'))).toBe(true);
    expect(issues.some((i) => i.startsWith('phases[2].guidance.en: Contains an HTML tag'))).toBe(true);
    expect(issues.some((i) => i.startsWith('name.id: Contains an event handler attribute'))).toBe(true);
  });

  it('rejects text over the limits', () => {
    const t = builtinCopy();
    t.phases[0].fields[0].label.en = 'x'.repeat(301);
    t.phases[0].guidance.id = 'y'.repeat(20_001);
    const issues = issuesOf(t);
    expect(issues).toContain('phases[0].fields[0].label.en: Text is 301 characters; at most 300 allowed');
    expect(issues).toContain('phases[0].guidance.id: Text is 20001 characters; at most 20000 allowed');
  });

  it('names unknown variables and field variables that do not exist', () => {
    const t = builtinCopy();
    t.phases[1].outputs[0].body.en += '\n{{sponsor}} {{field:dreaming.mission}} {{field:nowhere.x}}';
    t.phases[4].meetings.recordTitle.id = '{{meeting.place}}';
    const issues = issuesOf(t);
    expect(issues.some((i) => i.startsWith('phases[1].outputs[0].body.en: Unknown variable {{sponsor}}'))).toBe(true);
    expect(issues).toContain('phases[1].outputs[0].body.en: Variable {{field:dreaming.mission}}: phase "dreaming" has no field "mission"');
    expect(issues).toContain('phases[1].outputs[0].body.en: Variable {{field:nowhere.x}}: no phase "nowhere"');
    expect(issues.some((i) => i.startsWith('phases[4].meetings.recordTitle.id: Unknown variable {{meeting.place}}'))).toBe(true);
    const misplaced = builtinCopy();
    misplaced.phases[1].outputs[0].title.en = '{{plan}} charter for {{member}}';
    misplaced.phases[3].outputs[0].body.id += '{{meeting.date}}';
    const misplacedIssues = issuesOf(misplaced);
    expect(misplacedIssues).toContain('phases[1].outputs[0].title.en: Variable {{member}} is only available in per-member outputs');
    expect(misplacedIssues).toContain(
      'phases[3].outputs[0].body.id: Variable {{meeting.date}} is only available in per-meeting outputs and the meetings section',
    );
    const declared = builtinCopy();
    declared.variables = [{ name: 'sponsor', label: { en: 'Sponsor', id: 'Sponsor' }, default: 'Head librarian' }];
    declared.phases[1].outputs[0].body.en += '\n{{sponsor}}';
    expect(validateTemplate(declared).ok).toBe(true);
  });

  it('rejects unknown keys, a wrong schemaVersion and a non-object', () => {
    const t = builtinCopy();
    t.colour = 'blue';
    t.phases[0].fields[0].widget = 'x';
    t.schemaVersion = 2;
    const issues = issuesOf(t);
    expect(issues).toContain('colour: Unknown key "colour" (not part of the template format)');
    expect(issues).toContain('phases[0].fields[0].widget: Unknown key "widget" (not part of the template format)');
    expect(issues).toContain('schemaVersion: Unsupported schemaVersion 2: this app reads schemaVersion 1');
    expect(issuesOf([])).toEqual([': A template must be a JSON object']);
  });

  it('reports every problem at once, not just the first', () => {
    const t = builtinCopy();
    delete t.phases[0].id;
    t.phases[1].fields[1].id = 'visionStatement';
    t.phases[2].fields[0].type = 'blob';
    t.phases[3].gate.outputs = ['nothing'];
    expect(issuesOf(t).length).toBeGreaterThanOrEqual(4);
  });
});

describe('validateTemplateJson', () => {
  it('rejects a file over 1 MB before parsing it', () => {
    const t = builtinCopy();
    t.description.en = 'z'.repeat(1_000_001);
    const r = validateTemplateJson(JSON.stringify(t));
    expect(r.ok).toBe(false);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].message).toMatch(/^Template file is 1,0\d\d,\d\d\d bytes; at most 1,000,000 \(1 MB\) allowed$/);
  });

  it('gives line and column of invalid JSON', () => {
    const r = validateTemplateJson('{\n  "id": "x",\n  "name": oops\n}');
    expect(r.ok).toBe(false);
    expect(r.issues[0].path).toBe('');
    expect(r.issues[0].message).toMatch(/^Invalid JSON at line 3, column 11: /);
  });

  it('validates the parsed text like validateTemplate', () => {
    expect(validateTemplateJson(JSON.stringify(builtinCopy('generic-cop-5d'))).ok).toBe(true);
    const t = builtinCopy();
    t.phases[0].fields[0].type = 'colour';
    expect(validateTemplateJson(JSON.stringify(t)).issues[0].path).toBe('phases[0].fields[0].type');
  });
});
