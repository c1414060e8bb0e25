// Schemas of the demo workspace source files in resources/demo (workspace.json, notes/*.md, plans/*.json).
import { z } from 'zod';
import { NOTE_KINDS, PARTICIPATION_LEVELS, PLAN_PHASES, SHARING_STAGES } from '../../common/api/types';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO date (YYYY-MM-DD)');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase slug');

export const demoWorkspaceSchema = z.object({
  name: z.string().min(1),
  description: z.string(),
  domains: z.array(z.object({ slug, name: z.string().min(1), description: z.string() })).min(1),
  members: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      email: z.string().email().nullable().optional(),
      role: z.string(),
      participation: z.enum(PARTICIPATION_LEVELS),
      domains: z.array(slug),
      narrative: z.string(),
    }),
  ),
});

export const demoNoteFrontMatterSchema = z.object({
  title: z.string().min(1),
  kind: z.enum(NOTE_KINDS),
  stage: z.enum(SHARING_STAGES),
  tags: z.array(z.string()).default([]),
  authors: z.array(z.string()).default([]),
  aliases: z.array(z.string()).default([]),
  lang: z.string().default('en'),
  created: date,
  updated: date,
});

const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);

export const demoPlanSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  template: z.string().min(1),
  domain: slug.nullable(),
  coordinator: z.string().nullable(),
  status: z.string(),
  startedAt: date.nullable(),
  currentPhase: z.enum(PLAN_PHASES),
  phases: z
    .array(
      z.object({
        id: z.enum(PLAN_PHASES),
        status: z.enum(['not-started', 'in-progress', 'done']),
        completedAt: date.nullable().optional(),
        fields: z.record(z.string(), fieldValue).default({}),
        checklist: z.array(z.object({ label: z.string(), done: z.boolean() })).default([]),
        tasks: z
          .array(
            z.object({
              title: z.string(),
              owner: z.string().nullable(),
              due: date.nullable(),
              status: z.enum(['todo', 'doing', 'done']),
            }),
          )
          .default([]),
        outputs: z.array(z.string()).default([]),
      }),
    )
    .length(5),
  meetings: z
    .array(
      z.object({
        title: z.string(),
        date,
        kind: z.string(),
        attendees: z.array(z.string()),
        record: z.string().nullable(),
      }),
    )
    .default([]),
});

export type DemoWorkspace = z.infer<typeof demoWorkspaceSchema>;
export type DemoNoteFrontMatter = z.infer<typeof demoNoteFrontMatterSchema>;
export type DemoPlan = z.infer<typeof demoPlanSchema>;
