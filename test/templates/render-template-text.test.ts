// renderTemplateText: {{variable}} substitution for generated notes; unknown variables stay visible.
import { describe, expect, it } from 'vitest';
import { renderTemplateText, variablesIn } from '../../src/common/templates/template-variables';

describe('renderTemplateText', () => {
  it('substitutes known variables, including field and meeting variables', () => {
    const out = renderTemplateText('{{plan}} — {{ domain }} on {{meeting.date}}: {{field:dreaming.visionStatement}} ({{count}})', {
      plan: 'Circulation CoP',
      domain: 'Circulation',
      'meeting.date': '2026-12-01',
      'field:dreaming.visionStatement': 'Faster loans',
      count: 3,
    });
    expect(out).toBe('Circulation CoP — Circulation on 2026-12-01: Faster loans (3)');
  });

  it('leaves unknown and empty variables visible and inserts values as plain text', () => {
    expect(renderTemplateText('Hi {{member}} from {{nowhere}} {{coordinator}}', { member: '<b>Ani</b>', coordinator: null })).toBe(
      'Hi <b>Ani</b> from {{nowhere}} {{coordinator}}',
    );
    expect(renderTemplateText('{{toString}} {{__proto__}}', {})).toBe('{{toString}} {{__proto__}}');
  });

  it('lists the variables a text uses', () => {
    expect(variablesIn('{{a}} {{ b.c }} {{a}} {{field:p.f}}')).toEqual(['a', 'b.c', 'field:p.f']);
  });
});
