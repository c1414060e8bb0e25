// Planning templates (5D and others) as data: phases with guidance, prompts, typed fields, tasks, outputs and gates.

/** Text in both UI languages. Plain text only: no HTML (the validator rejects tags). */
export interface Bilingual {
  en: string;
  id: string;
}

export const TEMPLATE_SCHEMA_VERSION = 1;

export const FIELD_TYPES = ['shortText', 'richText', 'member', 'members', 'domain', 'date', 'number', 'choice', 'checklist', 'table'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const COLUMN_TYPES = ['shortText', 'number', 'date', 'member', 'choice'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export interface ChoiceOption {
  value: string;
  label: Bilingual;
}

export interface TableColumn {
  id: string;
  label: Bilingual;
  type: ColumnType;
  options?: ChoiceOption[];
}

export interface TemplateField {
  id: string;
  type: FieldType;
  label: Bilingual;
  help?: Bilingual;
  /** Example answer shown as a placeholder. */
  placeholder?: Bilingual;
  required?: boolean;
  /** choice */
  options?: ChoiceOption[];
  /** checklist: the items to tick */
  items?: { id: string; label: Bilingual }[];
  /** table */
  columns?: TableColumn[];
  /** number */
  min?: number;
  max?: number;
}

export interface TemplateTask {
  id: string;
  title: Bilingual;
  /** Who usually owns it: 'coordinator' resolves to the plan's coordinator; otherwise left unassigned. */
  owner?: 'coordinator';
  /** Due date as days after the plan starts (optional). */
  dueAfterDays?: number;
}

/**
 * A note the phase must produce. `per: 'plan'` makes one note; `per: 'member'` one per member selected in the
 * `members` field named by `membersFrom`; `per: 'meeting'` one meeting-record note per scheduled meeting.
 * Titles and bodies use variables such as {{domain}}, {{today}}, {{coordinator}}, {{plan}}, {{member}},
 * {{meeting.title}}, {{meeting.date}} and {{field:<phaseId>.<fieldId>}} ({{member}} only in per-member outputs,
 * {{meeting.*}} only in per-meeting outputs and a phase's `meetings` record title/body; checked by the validator).
 * `membersFrom` is "fieldId" (a members field of the same phase) or "phaseId.fieldId" (same or an earlier phase);
 * resolveMembersFrom() in template-semantics.ts resolves it.
 */
export interface TemplateOutput {
  id: string;
  label: Bilingual;
  per: 'plan' | 'member' | 'meeting';
  membersFrom?: string;
  noteKind: string;
  title: Bilingual;
  /** Markdown body of the generated note (prompts as headings, to be filled in). */
  body: Bilingual;
  tags?: string[];
}

/** What must be complete before the phase counts as done. Every id must exist in the phase (checked). */
export interface PhaseGate {
  requiredFields?: string[];
  completeChecklists?: string[];
  outputs?: string[];
  allTasksDone?: boolean;
  minMeetings?: number;
}

export interface TemplatePhase {
  id: string;
  title: Bilingual;
  /** What this phase is for and how to run it (Markdown, no HTML). */
  guidance: Bilingual;
  prompts: Bilingual[];
  /** Phases that must be done first (no cycles; checked). */
  after?: string[];
  fields: TemplateField[];
  tasks: TemplateTask[];
  outputs: TemplateOutput[];
  gate: PhaseGate;
  /** This phase schedules meetings (e.g. Disseminate's face-to-face meetings). */
  meetings?: { label: Bilingual; recordTitle: Bilingual; recordBody: Bilingual; defaultEveryDays: number };
}

export interface Template {
  /** Usually the published JSON Schema's file name; ignored by the validator. */
  $schema?: string;
  schemaVersion: typeof TEMPLATE_SCHEMA_VERSION;
  /** Lower-case slug, unique in a workspace. */
  id: string;
  /** Bumped on every saved change; a plan keeps the version it was started with. */
  version: number;
  name: Bilingual;
  description: Bilingual;
  /** Declared variables beyond the built-in ones, with a default value. */
  variables?: { name: string; label: Bilingual; default: string }[];
  phases: TemplatePhase[];
}

/** One validation problem: where (JSON path such as `phases[2].fields[1].type`) and why. */
export interface TemplateIssue {
  path: string;
  message: string;
}
