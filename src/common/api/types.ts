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

export const PLAN_PHASES = ['discovery', 'dreaming', 'design', 'document', 'disseminate'] as const;
export type PlanPhaseId = (typeof PLAN_PHASES)[number];
export type PhaseStatus = 'not-started' | 'in-progress' | 'done';
export type TaskStatus = 'todo' | 'doing' | 'done';

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

export interface PlanTask {
  title: string;
  ownerId: string | null;
  due: string | null;
  status: TaskStatus;
}

export interface PlanPhase {
  id: PlanPhaseId;
  status: PhaseStatus;
  completedAt: string | null;
  fields: Record<string, unknown>;
  checklist: { label: string; done: boolean }[];
  tasks: PlanTask[];
  outputs: { title: string; noteId: string | null }[];
}

export interface PlanMeeting {
  title: string;
  date: string;
  kind: string;
  attendeeIds: string[];
  recordTitle: string | null;
  recordNoteId: string | null;
}

export interface PlanSummary {
  id: string;
  title: string;
  domainId: string | null;
  templateId: string;
  status: string;
  currentPhase: PlanPhaseId;
  /** 0..1, share of phases done (in-progress counts half). */
  progress: number;
  overdueTasks: number;
}

export interface Plan extends PlanSummary {
  coordinatorId: string | null;
  startedAt: string | null;
  phases: PlanPhase[];
  meetings: PlanMeeting[];
}

/** Opaque UI state (layout, open tabs, theme, language) stored per workspace. */
export type UiState = Record<string, unknown>;
