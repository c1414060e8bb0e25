// Built-in templates: all validate, are bilingual, keep the field ids plans rely on; a broken one fails loudly.
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateJsonSchemaText, TEMPLATE_JSON_SCHEMA_FILE } from '../../src/common/templates/template-json-schema';
import { validateTemplateJson } from '../../src/common/templates/validate-template';
import { loadBuiltinTemplates, readBuiltinTemplates } from '../../src/node/templates/builtin-templates';
import { builtinCopy, TEMPLATES_DIR } from './template-fixtures';

const IDS = ['library-cop-5d', 'generic-cop-5d', 'knowledge-sharing-review'];

describe('built-in templates', () => {
  it('all validate, in a fixed order', () => {
    for (const id of IDS) {
      const r = validateTemplateJson(readFileSync(join(TEMPLATES_DIR, `${id}.json`), 'utf8'));
      expect(r.issues, id).toEqual([]);
      expect(r.ok).toBe(true);
    }
    expect([...loadBuiltinTemplates().keys()]).toEqual(IDS);
  });

  it('have different English and Indonesian text for every name, label and guidance', () => {
    const bilingual: { path: string; en: string; id: string }[] = [];
    const walk = (v: unknown, path: string) => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.en === 'string' && typeof o.id === 'string' && Object.keys(o).length === 2) bilingual.push({ path, en: o.en, id: o.id });
        else for (const [k, x] of Object.entries(o)) walk(x, `${path}.${k}`);
      }
    };
    for (const id of IDS) walk(builtinCopy(id), id);
    expect(bilingual.length).toBeGreaterThan(300);
    const same = bilingual.filter((b) => b.en === b.id && !/^[{}\s\w.—()-]*$/.test(b.en) && !/^(Webinar|Format)$/.test(b.en));
    expect(same.map((b) => b.path)).toEqual([]);
  });

  it('library-cop-5d keeps the phase and field ids the demo plan uses', () => {
    const t = loadBuiltinTemplates().get('library-cop-5d')!;
    const fields = Object.fromEntries(t.phases.map((p) => [p.id, Object.fromEntries(p.fields.map((f) => [f.id, f.type]))]));
    expect(fields).toMatchObject({
      discovery: { participants: 'members', sessionFormat: 'richText', narrativesCollected: 'number', backgroundSummary: 'richText', knowledgeHeld: 'table', goalsAndExpectations: 'richText' },
      dreaming: { visionStatement: 'richText', goals: 'richText', successMeasures: 'richText', whyThisMatters: 'richText' },
      design: { knowledgeTopics: 'table', roles: 'table', meetingRhythm: 'choice', technology: 'richText', noteTemplate: 'richText' },
      document: { documentationChecklist: 'checklist', notesTarget: 'number', evidenceTypes: 'richText', monitoringNotes: 'richText' },
      disseminate: { disseminationSchedule: 'table', audiences: 'richText', faceToFaceMeetings: 'richText' },
    });
    const discovery = t.phases[0];
    expect(discovery.outputs[0]).toMatchObject({ per: 'member', membersFrom: 'participants', noteKind: 'member-profile' });
    expect(t.phases[1].fields[0].required).toBe(true);
    expect(t.phases[1].outputs[0].noteKind).toBe('practice');
    const roles = t.phases[2].fields.find((f) => f.id === 'roles')!;
    expect(roles.columns!.find((c) => c.id === 'role')!.options!.map((o) => o.value)).toEqual(['coordinator', 'core', 'active', 'peripheral']);
    const disseminate = t.phases[4];
    expect(disseminate.gate.minMeetings).toBe(2);
    expect(disseminate.meetings).toBeDefined();
    expect(disseminate.outputs[0]).toMatchObject({ per: 'meeting', noteKind: 'meeting-record' });
    expect(JSON.stringify(t)).toMatch(/circulation.*procurement.*cataloguing.*shelving/);
  });

  it('knowledge-sharing-review has the four Identify, Reflect, Share, Apply phases', () => {
    const t = loadBuiltinTemplates().get('knowledge-sharing-review')!;
    expect(t.phases.map((p) => p.id)).toEqual(['identify', 'reflect', 'share', 'apply']);
    expect(JSON.stringify(t.phases[1])).toMatch(/one-way/);
  });

  it('a broken built-in is a clear error naming the file and the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copw-tpl-'));
    copyFileSync(join(TEMPLATES_DIR, 'generic-cop-5d.json'), join(dir, 'generic-cop-5d.json'));
    const broken = builtinCopy();
    broken.phases[0].fields[0].type = 'people';
    writeFileSync(join(dir, 'library-cop-5d.json'), JSON.stringify(broken));
    expect(() => readBuiltinTemplates(dir)).toThrow(/Built-in template library-cop-5d\.json is invalid:\n {2}phases\[0\]\.fields\[0\]\.type: Unknown field type "people"/);
    writeFileSync(join(dir, 'library-cop-5d.json'), JSON.stringify(builtinCopy('generic-cop-5d')));
    expect(() => readBuiltinTemplates(dir)).toThrow(/library-cop-5d\.json has id "generic-cop-5d"/);
  });

  it('the committed JSON Schema equals the one generated from the zod schema', () => {
    const file = join(TEMPLATES_DIR, TEMPLATE_JSON_SCHEMA_FILE);
    const generated = templateJsonSchemaText();
    if (process.env.UPDATE_TEMPLATE_SCHEMA === '1') writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8'), 'run with UPDATE_TEMPLATE_SCHEMA=1 to regenerate resources/templates/template.schema.json').toBe(generated);
    const schema = JSON.parse(generated);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.schemaVersion.const).toBe(1);
  });
});
