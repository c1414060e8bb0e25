// The published JSON Schema of the template format, generated from the zod schema (resources/templates/template.schema.json).
import { z } from 'zod';
import { templateSchema } from './template-schema';

export const TEMPLATE_JSON_SCHEMA_FILE = 'template.schema.json';

/** The JSON Schema (draft 2020-12) as pretty-printed text, exactly as committed in resources/templates. */
export function templateJsonSchemaText(): string {
  const schema = z.toJSONSchema(templateSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  const published = {
    $schema: schema.$schema,
    $id: 'https://cop-workbench.local/schemas/template.schema.json',
    title: 'CoP Workbench planning template',
    description:
      'A planning template (schemaVersion 1): phases with bilingual (en/id) guidance, prompts, typed fields, tasks, required outputs and gates. ' +
      'Ids, references, cycles and {{variables}} are checked further by `copw template validate`.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return JSON.stringify(published, null, 2) + '\n';
}
