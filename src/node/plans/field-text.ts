// A field value as plain text for {{field:phase.field}} in generated notes.
import type { FieldValue, PlanLanguage } from '../../common/api/methods/plans';
import type { TemplateField } from '../../common/templates/template-types';

export function fieldText(field: TemplateField, value: FieldValue | undefined, lang: PlanLanguage, memberName: (id: string) => string | null): string {
  if (value === null || value === undefined) return '';
  const member = (id: string) => memberName(id) ?? '(removed member)';
  switch (field.type) {
    case 'member':
      return member(String(value));
    case 'members':
      return (value as string[]).map(member).join(', ');
    case 'choice':
      return field.options?.find((o) => o.value === value)?.label[lang] ?? String(value);
    case 'checklist': {
      const ticked = value as Record<string, boolean>;
      return (field.items ?? []).map((i) => `- [${ticked[i.id] ? 'x' : ' '}] ${i.label[lang]}`).join('\n');
    }
    case 'table': {
      const cols = field.columns ?? [];
      const rows = value as Record<string, string | number | null>[];
      return rows
        .map((r) =>
          cols
            .map((c) => {
              const v = r[c.id];
              if (v === null || v === undefined) return '';
              if (c.type === 'member') return member(String(v));
              if (c.type === 'choice') return c.options?.find((o) => o.value === v)?.label[lang] ?? String(v);
              return String(v);
            })
            .filter((s) => s !== '')
            .join(' — '),
        )
        .map((line) => `- ${line}`)
        .join('\n');
    }
    default:
      return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  }
}
