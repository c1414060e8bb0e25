// Which local template a package plan's template becomes: built-in (never written), the same version already here, inserted, or renamed.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Template } from '../../../common/templates/template-types';
import { TEMPLATE_ID_PATTERN } from '../../../common/templates/template-limits';
import { TemplateRows } from '../../templates/template-rows';
import { templateContentKey } from '../../templates/template-summary';

/**
 * - `builtin`: the id is a built-in template here: never written; the plan keeps its own snapshot (an older
 *   version is then offered as an upgrade to the built-in one, as for any plan).
 * - `present`: this exact id, version and content is already stored.
 * - `insert`: stored as id@version (the id is unknown here, or every version of it came from the same workspace).
 * - `renamed`: the id holds other content here: the template is stored under `<id>-from-<origin>` instead, so a
 *   local template is never overwritten and the plan is not offered an unrelated "upgrade".
 * - `snapshot`: no free id was found: nothing stored, the plan keeps its own copy.
 */
export interface ResolvedTemplate {
  template: Template;
  action: 'builtin' | 'present' | 'insert' | 'snapshot';
  renamedFrom: string | null;
}

const MAX_ID = 64;

/** `<id>-from-<8 hex of the origin workspace>` (numbered when that is taken too), within the template id pattern. */
function renamedId(id: string, originWorkspace: string, n: number): string {
  const suffix = `-from-${createHash('sha256').update(originWorkspace).digest('hex').slice(0, 8)}${n > 1 ? `-${n}` : ''}`;
  const base = id.slice(0, MAX_ID - suffix.length).replace(/-+$/, '') || 't';
  const out = `${base}${suffix}`;
  return TEMPLATE_ID_PATTERN.test(out) ? out : `t${suffix}`;
}

export class TemplateResolver {
  private readonly rows: TemplateRows;
  private readonly cache = new Map<string, ResolvedTemplate>();
  private readonly origins: (id: string) => { version: number; origin: string | null }[];

  constructor(
    db: Database,
    private readonly builtins: ReadonlyMap<string, Template>,
    private readonly originWorkspace: string,
  ) {
    this.rows = new TemplateRows(db);
    const stmt = db.prepare(
      `SELECT t.version, p.origin_workspace AS origin FROM templates t
       LEFT JOIN template_provenance p ON p.template_id = t.id AND p.version = t.version WHERE t.id = ?`,
    );
    this.origins = (id) => stmt.all(id) as { version: number; origin: string | null }[];
  }

  resolve(t: Template): ResolvedTemplate {
    const key = `${t.id}@${t.version}`;
    let r = this.cache.get(key);
    if (!r) this.cache.set(key, (r = this.compute(t)));
    return r;
  }

  private compute(t: Template): ResolvedTemplate {
    if (this.builtins.has(t.id)) return { template: t, action: 'builtin', renamedFrom: null };
    for (let n = 0; n <= 20; n++) {
      const id = n === 0 ? t.id : renamedId(t.id, this.originWorkspace, n);
      if (n > 0 && this.builtins.has(id)) continue;
      const candidate = { ...t, id };
      const renamedFrom = n === 0 ? null : t.id;
      const same = this.rows.version(id, t.version);
      if (same) {
        if (templateContentKey(same.template) === templateContentKey(candidate)) return { template: candidate, action: 'present', renamedFrom };
        continue;
      }
      const versions = this.origins(id);
      // A newer version of a template this workspace only ever got from the same origin extends that line.
      const sameLine = versions.every((v) => v.origin === this.originWorkspace) && versions.every((v) => v.version < t.version);
      if (sameLine) return { template: candidate, action: 'insert', renamedFrom };
    }
    // Twenty different templates under these ids: keep the plan's own snapshot only (under its original id).
    return { template: t, action: 'snapshot', renamedFrom: null };
  }
}
