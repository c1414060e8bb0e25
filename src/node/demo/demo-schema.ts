// Schemas of the demo workspace source files in resources/demo (workspace.json, notes/*.md, plans/*.json, endorsements.json).
import { z } from 'zod';
import { NOTE_KINDS, PARTICIPATION_LEVELS, SHARING_STAGES } from '../../common/api/types';

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
  /**
   * Days before the load time (`now`) when the note entered its current stage; the loader writes the stage history
   * (src/node/demo/demo-stage-history.ts). Required unless the stage is identify: an identify note never changed stage,
   * so it is "in identify" since `created`.
   */
  stageDays: z.number().int().min(0).max(3650).optional(),
}).superRefine((fm, ctx) => {
  if (fm.stage === 'identify' && fm.stageDays !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['stageDays'], message: 'an identify note has no stage change; leave stageDays out (it is in identify since created)' });
  }
  if (fm.stage !== 'identify' && fm.stageDays === undefined) {
    ctx.addIssue({ code: 'custom', path: ['stageDays'], message: `a note in stage ${fm.stage} needs stageDays (days since it entered that stage)` });
  }
});

/** Demo endorsements (resources/demo/endorsements.json): note by domain/title, member id, dated `daysAgo` before `now`. */
export const demoEndorsementsSchema = z.array(
  z
    .object({
      note: z.string().min(1),
      member: z.string().min(1),
      kind: z.enum(['applied', 'comment']),
      text: z.string().max(5000).default(''),
      daysAgo: z.number().int().min(1).max(3650),
    })
    .strict()
    .refine((e) => e.kind !== 'comment' || e.text.trim() !== '', { message: 'a comment needs text', path: ['text'] }),
);

// The demo plan's schema lives with the plans code: src/node/plans/demo-plan.ts.

export type DemoWorkspace = z.infer<typeof demoWorkspaceSchema>;
export type DemoNoteFrontMatter = z.infer<typeof demoNoteFrontMatterSchema>;
export type DemoEndorsement = z.infer<typeof demoEndorsementsSchema>[number];
