// The report's own labels (headings, column names, statuses) in English and Bahasa Indonesia.
import type { PlanLanguage } from '../../common/api/methods/plans';

const STRINGS = {
  report: { en: 'Programme report', id: 'Laporan program' },
  contents: { en: 'Contents', id: 'Daftar isi' },
  charter: { en: 'Programme charter', id: 'Piagam program' },
  plan: { en: 'Plan', id: 'Rencana' },
  domain: { en: 'Practice domain', id: 'Domain praktik' },
  template: { en: 'Template', id: 'Templat' },
  version: { en: 'version', id: 'versi' },
  coordinator: { en: 'Coordinator', id: 'Koordinator' },
  startDate: { en: 'Start date', id: 'Tanggal mulai' },
  status: { en: 'Status', id: 'Status' },
  overallProgress: { en: 'Overall progress', id: 'Kemajuan keseluruhan' },
  currentPhase: { en: 'Current phase', id: 'Fase saat ini' },
  generatedAt: { en: 'Generated', id: 'Dibuat' },
  about: { en: 'About this programme', id: 'Tentang program ini' },
  phases: { en: 'Phases', id: 'Fase' },
  phaseStatus: { en: 'Phase status', id: 'Status fase' },
  phase: { en: 'Phase', id: 'Fase' },
  progress: { en: 'Progress', id: 'Kemajuan' },
  completedOn: { en: 'Completed on', id: 'Diselesaikan pada' },
  blockers: { en: 'Blocking completion', id: 'Menghambat penyelesaian' },
  noBlockers: { en: 'Nothing blocks completion.', id: 'Tidak ada yang menghambat penyelesaian.' },
  noFields: { en: 'No fields filled in yet.', id: 'Belum ada isian.' },
  'phase.not-started': { en: 'Not started', id: 'Belum dimulai' },
  'phase.in-progress': { en: 'In progress', id: 'Sedang berjalan' },
  'phase.done': { en: 'Done', id: 'Selesai' },
  'plan.active': { en: 'Active', id: 'Aktif' },
  'plan.completed': { en: 'Completed', id: 'Selesai' },
  'plan.archived': { en: 'Archived', id: 'Diarsipkan' },
  tasks: { en: 'Tasks', id: 'Tugas' },
  task: { en: 'Task', id: 'Tugas' },
  owner: { en: 'Owner', id: 'Penanggung jawab' },
  due: { en: 'Due', id: 'Tenggat' },
  'task.todo': { en: 'To do', id: 'Belum dikerjakan' },
  'task.doing': { en: 'Doing', id: 'Sedang dikerjakan' },
  'task.done': { en: 'Done', id: 'Selesai' },
  overdue: { en: 'overdue', id: 'terlambat' },
  unassigned: { en: 'Unassigned', id: 'Belum ditugaskan' },
  removedMember: { en: '(removed member)', id: '(anggota dihapus)' },
  noTasks: { en: 'No tasks yet.', id: 'Belum ada tugas.' },
  meetings: { en: 'Meetings', id: 'Pertemuan' },
  meeting: { en: 'Meeting', id: 'Pertemuan' },
  date: { en: 'Date', id: 'Tanggal' },
  time: { en: 'Time', id: 'Waktu' },
  place: { en: 'Place', id: 'Tempat' },
  attendees: { en: 'Attendees', id: 'Peserta' },
  record: { en: 'Record', id: 'Notulen' },
  noRecord: { en: 'no record note', id: 'belum ada catatan notulen' },
  noMeetings: { en: 'No meetings scheduled.', id: 'Belum ada pertemuan terjadwal.' },
  outputs: { en: 'Outputs', id: 'Luaran' },
  output: { en: 'Output', id: 'Luaran' },
  note: { en: 'Note', id: 'Catatan' },
  present: { en: 'present', id: 'ada' },
  missing: { en: 'missing', id: 'belum ada' },
  noOutputs: { en: 'This template requires no output notes.', id: 'Templat ini tidak mensyaratkan catatan luaran.' },
  outputsSummary: { en: '{present} of {total} output notes present.', id: '{present} dari {total} catatan luaran sudah ada.' },
  none: { en: '—', id: '—' },
} as const;

export type ReportStringKey = keyof typeof STRINGS;

/** One label in the report's language, with {name} placeholders filled. */
export function reportText(lang: PlanLanguage, key: ReportStringKey, vars: Record<string, string | number> = {}): string {
  const text: string = STRINGS[key][lang];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Every key, for tests: both languages must be filled. */
export const REPORT_STRING_KEYS = Object.keys(STRINGS) as ReportStringKey[];
