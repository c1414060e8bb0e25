// Data types that cross the API: workspace, domains, members, notes, plans.

export const PARTICIPATION_LEVELS = ['coordinator', 'core', 'active', 'peripheral'] as const;
export type Participation = (typeof PARTICIPATION_LEVELS)[number];

export const NOTE_KINDS = [
  'practice',
  'best-practice',
  'story',
  'tool',
  'method',
  'technique',
  'problem-solution',
  'lesson-learned',
  'meeting-record',
  'member-profile',
] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** Knowledge-sharing stages: Identify → Reflect → Share → Apply. */
export const SHARING_STAGES = ['identify', 'reflect', 'share', 'apply'] as const;
export type SharingStage = (typeof SHARING_STAGES)[number];

/** Plan types live in ./methods/plans (template-driven plans); PlanSummary is re-exported for older imports. */
export type { PlanSummary } from './methods/plans';

export interface WorkspaceInfo {
  name: string;
  description: string;
  path: string;
  schemaVersion: number;
  appVersion: string;
}

export interface WorkspaceStats {
  notes: number;
  links: number;
  unresolvedLinks: number;
  domains: number;
  members: number;
  plans: number;
  attachments: number;
  /** Notes in the trash (not counted in `notes`). */
  trashed: number;
}

export interface Domain {
  id: string;
  slug: string;
  name: string;
  description: string;
  archived: boolean;
  noteCount: number;
}

export interface Member {
  id: string;
  name: string;
  email: string | null;
  role: string;
  participation: Participation;
  domainIds: string[];
  narrative: string;
}

export interface NoteSummary {
  id: string;
  title: string;
  domainId: string;
  kind: NoteKind;
  stage: SharingStage;
  lang: string;
  tags: string[];
  updatedAt: string;
}

export interface NoteLink {
  targetTitle: string;
  targetId: string | null;
  label: string | null;
  heading: string | null;
}

export interface Note extends NoteSummary {
  body: string;
  /** Set when the note is in the trash. */
  deletedAt?: string | null;
  aliases: string[];
  authorIds: string[];
  createdAt: string;
  links: NoteLink[];
}

/** Opaque UI state (layout, open tabs, theme, language) stored per workspace. */
export type UiState = Record<string, unknown>;
