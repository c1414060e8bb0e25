// The template list (templates.list) and the templates being edited in tabs (drafts, unsaved until Save).
import type { TemplateSummary } from '../../../common/api/methods/templates';
import type { Template } from '../../../common/templates/template-types';
import { api } from '../../state/services';
import { createStore } from '../../state/store';
import { reportError } from '../notifications/report-error';

export const templateList = createStore<{ items: TemplateSummary[] | null }>({ items: null });

export async function loadTemplates(): Promise<void> {
  try {
    templateList.set({ items: await api().call('templates.list', {}) });
  } catch (err) {
    reportError(err, 'errors.loadTemplates');
  }
}

export interface TemplateDraft {
  status: 'loading' | 'ready' | 'error';
  template: Template | null;
  /** Saved on the server as a custom template (a new one is not until the first save). */
  saved: boolean;
  readOnly: boolean;
  dirty: boolean;
  error: string | null;
}

export const templateDrafts = createStore<{ byId: Record<string, TemplateDraft> }>({ byId: {} });

export function setDraft(id: string, draft: TemplateDraft): void {
  templateDrafts.set((s) => ({ byId: { ...s.byId, [id]: draft } }));
}

export function editDraft(id: string, template: Template): void {
  const d = templateDrafts.get().byId[id];
  if (!d || d.readOnly) return;
  setDraft(id, { ...d, template, dirty: true });
}

/** Tab title of a template tab: its English or Indonesian name. */
export function templateTitle(id: string, lang: string): string | null {
  const t = templateDrafts.get().byId[id]?.template;
  if (!t) return null;
  return (lang === 'id' ? t.name.id : t.name.en) || t.name.en || id;
}

export async function loadTemplate(id: string, reload = false): Promise<void> {
  const existing = templateDrafts.get().byId[id];
  if (existing && (!reload || existing.dirty || !existing.saved)) return;
  if (!existing) setDraft(id, { status: 'loading', template: null, saved: true, readOnly: true, dirty: false, error: null });
  try {
    const [template, list] = await Promise.all([api().call('templates.get', { id }), api().call('templates.list', {})]);
    templateList.set({ items: list });
    const builtin = list.find((t) => t.id === id)?.source === 'builtin';
    setDraft(id, { status: 'ready', template, saved: true, readOnly: builtin, dirty: false, error: null });
  } catch (err) {
    setDraft(id, { status: 'error', template: null, saved: false, readOnly: true, dirty: false, error: err instanceof Error ? err.message : String(err) });
  }
}
