// A hand-built Plan (with its template snapshot) for the report tests, independent of the plans service.
import type { Plan } from '../../src/common/api/methods/plans';
import type { Template } from '../../src/common/templates/template-types';

export const HOSTILE = `<script>alert("x")</script> & </style> "quoted" 'single' | # not a heading`;

const b = (en: string, id: string) => ({ en, id });

export const TEMPLATE: Template = {
  schemaVersion: 1,
  id: 'library-cop-5d',
  version: 3,
  name: b('Library CoP — 5D', 'CoP Pustakawan — 5D'),
  description: b('A **5D** programme for librarians.', 'Program **5D** untuk pustakawan.'),
  phases: [
    {
      id: 'discovery',
      title: b('Discovery', 'Penemuan'),
      guidance: b('Collect narratives.', 'Kumpulkan narasi.'),
      prompts: [],
      fields: [
        { id: 'participants', type: 'members', label: b('Participants', 'Peserta') },
        { id: 'narrativesCollected', type: 'number', label: b('Narratives collected', 'Narasi terkumpul') },
        {
          id: 'sessionFormat',
          type: 'choice',
          label: b('Session format', 'Format sesi'),
          options: [{ value: 'interview', label: b('Interviews', 'Wawancara') }],
        },
      ],
      tasks: [],
      outputs: [],
      gate: { requiredFields: ['participants'] },
    },
    {
      id: 'dreaming',
      title: b('Dreaming', 'Impian'),
      guidance: b('Shared vision.', 'Visi bersama.'),
      prompts: [],
      fields: [
        { id: 'visionStatement', type: 'richText', label: b('Vision statement', 'Pernyataan visi'), required: true },
        { id: 'startOn', type: 'date', label: b('Vision agreed on', 'Visi disepakati pada') },
      ],
      tasks: [],
      outputs: [],
      gate: { requiredFields: ['visionStatement'] },
    },
    {
      id: 'design',
      title: b('Design', 'Rancangan'),
      guidance: b('Roles.', 'Peran.'),
      prompts: [],
      fields: [
        {
          id: 'roles',
          type: 'table',
          label: b('Roles', 'Peran'),
          columns: [
            { id: 'member', type: 'member', label: b('Member', 'Anggota') },
            {
              id: 'role',
              type: 'choice',
              label: b('Role', 'Peran'),
              options: [
                { value: 'coordinator', label: b('Coordinator', 'Koordinator') },
                { value: 'core', label: b('Core member', 'Anggota inti') },
              ],
            },
          ],
        },
      ],
      tasks: [],
      outputs: [],
      gate: {},
    },
    {
      id: 'document',
      title: b('Document', 'Dokumentasi'),
      guidance: b('Record.', 'Catat.'),
      prompts: [],
      fields: [
        {
          id: 'documentationChecklist',
          type: 'checklist',
          label: b('Documentation checklist', 'Daftar periksa dokumentasi'),
          items: [
            { id: 'photos', label: b('Photos of events', 'Foto kegiatan') },
            { id: 'posters', label: b('Posters', 'Poster') },
          ],
        },
        { id: 'monitoringNotes', type: 'shortText', label: b('Monitoring notes', 'Catatan pemantauan') },
      ],
      tasks: [],
      outputs: [],
      gate: { completeChecklists: ['documentationChecklist'] },
    },
    {
      id: 'disseminate',
      title: b('Disseminate', 'Diseminasi'),
      guidance: b('Share.', 'Bagikan.'),
      prompts: [],
      fields: [],
      tasks: [],
      outputs: [],
      gate: { minMeetings: 2 },
    },
  ],
};

const MEMBERS: Record<string, string> = { m1: 'Sari Wulandari', m2: 'Budi Santoso', m3: 'Ayu <b>Lestari</b> & co' };
const NOTES: Record<string, string> = { n1: 'Profile — Sari Wulandari', n2: 'Circulation CoP charter', n3: 'Meeting 1 — 2026-03-02' };

export const memberName = (id: string): string | null => MEMBERS[id] ?? null;
export const noteTitle = (id: string): string | null => NOTES[id] ?? null;

export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'p1',
    title: 'Circulation CoP 2026',
    domainId: 'd1',
    domainName: 'Circulation',
    templateId: 'library-cop-5d',
    templateVersion: 3,
    templateName: TEMPLATE.name,
    status: 'active',
    lang: 'en',
    currentPhase: 'design',
    currentPhaseTitle: b('Design', 'Rancangan'),
    progress: 0.5,
    overdueTasks: 1,
    updatedAt: '2026-03-01T10:00:00.000Z',
    coordinatorId: 'm1',
    startedAt: '2026-02-01',
    template: TEMPLATE,
    values: {
      discovery: { participants: ['m1', 'm2', 'm3'], narrativesCollected: 12, sessionFormat: 'interview' },
      dreaming: { visionStatement: 'Every borrower finds what they need **within a day**.\n\n## Why\n\n- faster loans\n- [ ] shared shelving rules', startOn: '2026-02-20' },
      design: { roles: [{ member: 'm1', role: 'coordinator' }, { member: 'gone', role: 'core' }] },
      document: { documentationChecklist: { photos: true, posters: false } },
    },
    phases: [
      { id: 'discovery', title: b('Discovery', 'Penemuan'), status: 'done', progress: 1, blockers: [], completedAt: '2026-02-10T09:00:00.000Z' },
      { id: 'dreaming', title: b('Dreaming', 'Impian'), status: 'done', progress: 1, blockers: [], completedAt: '2026-02-21T09:00:00.000Z' },
      { id: 'design', title: b('Design', 'Rancangan'), status: 'in-progress', progress: 0.5, blockers: [], completedAt: null },
      {
        id: 'document',
        title: b('Document', 'Dokumentasi'),
        status: 'in-progress',
        progress: 0.5,
        blockers: [{ kind: 'checklist', ref: 'documentationChecklist', message: b('Tick every documentation item', 'Centang semua butir dokumentasi') }],
        completedAt: null,
      },
      {
        id: 'disseminate',
        title: b('Disseminate', 'Diseminasi'),
        status: 'not-started',
        progress: 0,
        blockers: [{ kind: 'meetings', ref: '', message: b('Schedule at least 2 meetings', 'Jadwalkan minimal 2 pertemuan') }],
        completedAt: null,
      },
    ],
    tasks: [
      { id: 't1', phaseId: 'design', title: 'Draft the roles table', ownerId: 'm2', due: '2026-02-15', status: 'todo', templateTaskId: null },
      { id: 't2', phaseId: 'document', title: 'Collect event photos', ownerId: 'gone', due: '2026-04-01', status: 'doing', templateTaskId: null },
      { id: 't3', phaseId: 'discovery', title: 'Interview the shelving team', ownerId: null, due: null, status: 'done', templateTaskId: null },
    ],
    meetings: [
      { id: 'mt2', phaseId: 'disseminate', title: 'Monthly sharing 2', date: '2026-04-02', time: null, place: '', attendeeIds: ['m1'], recordNoteId: 'trashed' },
      { id: 'mt1', phaseId: 'disseminate', title: 'Monthly sharing 1', date: '2026-03-02', time: '10:00', place: 'Reading room', attendeeIds: ['m1', 'm2'], recordNoteId: 'n3' },
    ],
    outputs: [
      { outputId: 'profiles', phaseId: 'discovery', label: b('Member profile', 'Profil anggota'), per: 'member', key: 'm1', title: 'Profile — Sari Wulandari', noteId: 'n1' },
      { outputId: 'profiles', phaseId: 'discovery', label: b('Member profile', 'Profil anggota'), per: 'member', key: 'm2', title: 'Profile — Budi Santoso', noteId: null },
      { outputId: 'charter', phaseId: 'dreaming', label: b('Charter', 'Piagam'), per: 'plan', key: 'plan', title: 'Circulation CoP charter', noteId: 'n2' },
    ],
    revision: 7,
    templateUpdate: null,
    ...overrides,
  };
}

export const BASE_OPTS = { memberName, noteTitle, domainName: 'Circulation', generatedAt: '2026-03-01T12:00:00.000Z' } as const;
