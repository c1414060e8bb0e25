// 5D programme plans: stored as a row plus a JSON document of phases and meetings.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../common/errors';
import type { Plan, PlanMeeting, PlanPhase, PlanPhaseId, PlanSummary } from '../../common/api/types';
import { titleKey } from '../../common/wikilink';

/** What the plan's JSON column holds; note references are kept by title and resolved on read. */
export interface PlanData {
  phases: (Omit<PlanPhase, 'outputs'> & { outputs: string[] })[];
  meetings: (Omit<PlanMeeting, 'recordNoteId'>)[];
}

interface PlanRow {
  id: string;
  title: string;
  template_id: string;
  domain_id: string | null;
  coordinator_id: string | null;
  status: string;
  current_phase: PlanPhaseId;
  started_at: string | null;
  data: string;
}

export function planProgress(phases: { status: string }[]): number {
  if (phases.length === 0) return 0;
  const score = phases.reduce((sum, p) => sum + (p.status === 'done' ? 1 : p.status === 'in-progress' ? 0.5 : 0), 0);
  return Math.round((score / phases.length) * 100) / 100;
}

export function overdueTasks(phases: PlanData['phases'], today: string): number {
  return phases.reduce((n, p) => n + p.tasks.filter((t) => t.status !== 'done' && t.due !== null && t.due < today).length, 0);
}

export class PlanStore {
  constructor(
    private readonly db: Database,
    private readonly today: () => string,
  ) {}

  private summary(r: PlanRow, data: PlanData): PlanSummary {
    return {
      id: r.id,
      title: r.title,
      domainId: r.domain_id,
      templateId: r.template_id,
      status: r.status,
      currentPhase: r.current_phase,
      progress: planProgress(data.phases),
      overdueTasks: overdueTasks(data.phases, this.today()),
    };
  }

  list(): PlanSummary[] {
    const rows = this.db.prepare('SELECT * FROM plans ORDER BY updated_at DESC').all() as PlanRow[];
    return rows.map((r) => this.summary(r, JSON.parse(r.data) as PlanData));
  }

  get(id: string): Plan {
    const r = this.db.prepare('SELECT * FROM plans WHERE id = ?').get(id) as PlanRow | undefined;
    if (!r) throw new AppError('NOT_FOUND', `No plan with id ${id}`);
    const data = JSON.parse(r.data) as PlanData;
    const find = this.db.prepare('SELECT id FROM notes WHERE title_key = ? ORDER BY domain_id = ? DESC LIMIT 1').pluck();
    const noteId = (title: string | null) => (title ? ((find.get(titleKey(title), r.domain_id) as string | undefined) ?? null) : null);
    return {
      ...this.summary(r, data),
      coordinatorId: r.coordinator_id,
      startedAt: r.started_at,
      phases: data.phases.map((p) => ({ ...p, outputs: p.outputs.map((title) => ({ title, noteId: noteId(title) })) })),
      meetings: data.meetings.map((m) => ({ ...m, recordNoteId: noteId(m.recordTitle) })),
    };
  }

  insert(
    p: { id: string; title: string; templateId: string; domainId: string | null; coordinatorId: string | null; status: string; currentPhase: PlanPhaseId; startedAt: string | null; data: PlanData },
    now: string,
  ): void {
    this.db
      .prepare(
        `INSERT INTO plans (id, title, template_id, domain_id, coordinator_id, status, current_phase, started_at, data, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(p.id, p.title, p.templateId, p.domainId, p.coordinatorId, p.status, p.currentPhase, p.startedAt, JSON.stringify(p.data), now, now);
  }
}
