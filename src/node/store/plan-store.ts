// Plans as rows (plans table, format-2 data document, template snapshot) and their version history (plan_versions).
import type { Database } from 'better-sqlite3';
import { AppError } from '../../common/errors';
import type { PlanLanguage, PlanStatus, PlanVersion } from '../../common/api/methods/plans';
import type { PlanData } from '../../common/plans/plan-data';
import { parsePlanData } from '../../common/plans/plan-data';
import type { Template } from '../../common/templates/template-types';

/** Same-field edits closer together than this share one version row. */
export const PLAN_COALESCE_MS = 60 * 1000;

export interface PlanRecord {
  id: string;
  title: string;
  templateId: string;
  templateVersion: number;
  /** null only for plans converted from the old format before their template was attached. */
  template: Template | null;
  domainId: string | null;
  coordinatorId: string | null;
  status: PlanStatus;
  lang: PlanLanguage;
  startedAt: string | null;
  data: PlanData;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

interface PlanRow {
  id: string;
  title: string;
  template_id: string;
  template_version: number;
  template_json: string | null;
  domain_id: string | null;
  coordinator_id: string | null;
  status: string;
  lang: string;
  started_at: string | null;
  data: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

/** What a version row holds: everything restore needs. */
interface VersionSnapshot {
  title: string;
  coordinatorId: string | null;
  status: PlanStatus;
  lang: PlanLanguage;
  startedAt: string | null;
  templateVersion: number;
  template: Template | null;
  data: PlanData;
}

const STATUSES: readonly string[] = ['active', 'completed', 'archived'];

function toRecord(r: PlanRow): PlanRecord {
  return {
    id: r.id,
    title: r.title,
    templateId: r.template_id,
    templateVersion: r.template_version,
    template: r.template_json ? (JSON.parse(r.template_json) as Template) : null,
    domainId: r.domain_id,
    coordinatorId: r.coordinator_id,
    // Old-format plans used free-form statuses ('in-progress'): anything unknown is an active plan.
    status: (STATUSES.includes(r.status) ? r.status : 'active') as PlanStatus,
    lang: r.lang === 'id' ? 'id' : 'en',
    startedAt: r.started_at,
    data: parsePlanData(r.data),
    revision: r.revision,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export class PlanStore {
  constructor(private readonly db: Database) {}

  ids(): string[] {
    return this.db.prepare('SELECT id FROM plans ORDER BY updated_at DESC, id').pluck().all() as string[];
  }

  find(id: string): PlanRecord | undefined {
    const r = this.db.prepare('SELECT * FROM plans WHERE id = ?').get(id) as PlanRow | undefined;
    return r ? toRecord(r) : undefined;
  }

  get(id: string): PlanRecord {
    const r = this.find(id);
    if (!r) throw new AppError('NOT_FOUND', `No plan with id ${id}`);
    return r;
  }

  /** Inserts a new plan at revision 1 with its first version row. */
  insert(p: PlanRecord, currentPhase: string, summary: string): void {
    this.db
      .prepare(
        `INSERT INTO plans (id, template_id, revision, created_at, updated_at, ${PLAN_COLUMNS.join(', ')})
         VALUES (@id, @template_id, 1, @created_at, @updated_at, ${PLAN_COLUMNS.map((c) => `@${c}`).join(', ')})`,
      )
      .run({ ...planColumns(p, currentPhase), id: p.id, template_id: p.templateId, created_at: p.createdAt, updated_at: p.updatedAt });
    this.addVersion(p.id, 1, JSON.stringify(snapshotOf(p)), summary, p.updatedAt);
  }

  /**
   * Saves a changed plan: revision + 1, a version row (a same-`coalesceKey` write within 60 s updates the last
   * row instead). Returns the new revision. Call inside the caller's transaction.
   */
  save(p: PlanRecord, currentPhase: string, summary: string, now: string, coalesce = false): number {
    const revision = p.revision + 1;
    this.db
      .prepare(`UPDATE plans SET ${PLAN_COLUMNS.map((c) => `${c} = @${c}`).join(', ')}, revision = @revision, updated_at = @updated_at WHERE id = @id`)
      .run({ ...planColumns(p, currentPhase), revision, updated_at: now, id: p.id });
    const last = this.db.prepare('SELECT id, summary, created_at FROM plan_versions WHERE plan_id = ? ORDER BY id DESC LIMIT 1').get(p.id) as
      | { id: number; summary: string; created_at: string }
      | undefined;
    const snapshot = JSON.stringify(snapshotOf(p));
    if (coalesce && last && last.summary === summary && Date.parse(now) - Date.parse(last.created_at) < PLAN_COALESCE_MS) {
      this.db.prepare('UPDATE plan_versions SET data = ?, revision = ? WHERE id = ?').run(snapshot, revision, last.id);
    } else {
      this.addVersion(p.id, revision, snapshot, summary, now);
    }
    return revision;
  }

  /** `snapshot` is a VersionSnapshot as JSON. */
  private addVersion(planId: string, revision: number, snapshot: string, summary: string, now: string): void {
    this.db.prepare('INSERT INTO plan_versions (plan_id, revision, data, summary, created_at) VALUES (?, ?, ?, ?, ?)').run(planId, revision, snapshot, summary, now);
  }

  /** Newest first. */
  versions(planId: string): PlanVersion[] {
    const rows = this.db.prepare('SELECT id, revision, summary, created_at FROM plan_versions WHERE plan_id = ? ORDER BY id DESC').all(planId) as {
      id: number;
      revision: number;
      summary: string;
      created_at: string;
    }[];
    return rows.map((r) => ({ id: r.id, revision: r.revision, summary: r.summary, createdAt: r.created_at }));
  }

  /** The plan as a version row saved it, applied onto the current record (id, template id, domain kept). */
  versionState(current: PlanRecord, versionId: number): PlanRecord {
    const r = this.db.prepare('SELECT data FROM plan_versions WHERE plan_id = ? AND id = ?').pluck().get(current.id, versionId) as string | undefined;
    if (r === undefined) throw new AppError('NOT_FOUND', `Plan ${current.id} has no version ${versionId}`);
    const s = JSON.parse(r) as VersionSnapshot;
    return { ...current, title: s.title, coordinatorId: s.coordinatorId, status: s.status, lang: s.lang, startedAt: s.startedAt, templateVersion: s.templateVersion, template: s.template ?? current.template, data: parsePlanData(JSON.stringify(s.data)) };
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM plan_versions WHERE plan_id = ?').run(id);
    const n = this.db.prepare('DELETE FROM plans WHERE id = ?').run(id).changes;
    if (n === 0) throw new AppError('NOT_FOUND', `No plan with id ${id}`);
  }

  /** How many plans were started from any version of a template. */
  countForTemplate(templateId: string): number {
    return this.db.prepare('SELECT COUNT(*) FROM plans WHERE template_id = ?').pluck().get(templateId) as number;
  }
}

/** The columns insert and save both write, bound by name from the record (one list for both statements). */
const PLAN_COLUMNS = ['title', 'template_version', 'template_json', 'domain_id', 'coordinator_id', 'status', 'current_phase', 'lang', 'started_at', 'data'] as const;

function planColumns(p: PlanRecord, currentPhase: string): Record<(typeof PLAN_COLUMNS)[number], string | number | null> {
  return {
    title: p.title,
    template_version: p.templateVersion,
    template_json: p.template ? JSON.stringify(p.template) : null,
    domain_id: p.domainId,
    coordinator_id: p.coordinatorId,
    status: p.status,
    current_phase: currentPhase,
    lang: p.lang,
    started_at: p.startedAt,
    data: JSON.stringify(p.data),
  };
}

function snapshotOf(p: PlanRecord): VersionSnapshot {
  return { title: p.title, coordinatorId: p.coordinatorId, status: p.status, lang: p.lang, startedAt: p.startedAt, templateVersion: p.templateVersion, template: p.template, data: p.data };
}
