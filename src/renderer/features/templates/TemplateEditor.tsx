// Template tab: name, description and phases in both languages; validate (path: message), save, export, duplicate, delete.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template, TemplateIssue } from '../../../common/templates/template-types';
import { useStore } from '../../state/store';
import { askConfirm } from '../dialogs/dialog-store';
import { errorParts } from '../notifications/report-error';
import { BilingualInput } from './BilingualInput';
import { PhaseDefEditor } from './PhaseDefEditor';
import { blankPhase, freeId, move, removePhase, replaceAt } from './template-draft';
import { deleteTemplate, duplicateTemplate, exportTemplate, saveTemplate, validateTemplate } from './template-actions';
import { editDraft, loadTemplate, templateDrafts } from './templates-store';
import '../plans/plans.css';

export function TemplateEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const draft = useStore(templateDrafts, (s) => s.byId[id]);
  const [issues, setIssues] = useState<TemplateIssue[] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadTemplate(id);
  }, [id]);

  if (!draft || draft.status === 'loading') return <div className="editor-message">{t('common.loading')}</div>;
  if (draft.status === 'error' || !draft.template) {
    return (
      <div className="editor-message editor-error" role="alert">
        <strong>{t('templates.unavailable')}</strong>
        <span>{draft.error}</span>
      </div>
    );
  }
  const tpl = draft.template;
  const set = (next: Template) => {
    editDraft(id, next);
    setIssues(null);
  };
  const run = async (what: () => Promise<TemplateIssue[]>) => {
    setBusy(true);
    try {
      setIssues(await what());
    } catch (err) {
      const { code, message } = errorParts(err);
      setIssues([{ path: code, message }]);
    }
    setBusy(false);
  };

  return (
    <article className="document template-editor" data-testid="template-editor" data-editor-for={`template:${id}`} data-dirty={draft.dirty ? 'true' : undefined}>
      <header className="doc-header-block">
        <h1 className="doc-title">{tpl.name.en || id}</h1>
        <div className="doc-subtitle plan-meta">
          <code>{tpl.id}</code>
          <span>v{tpl.version}</span>
          <span className="chip">{draft.readOnly ? t('templates.builtinReadOnly') : draft.saved ? t('templates.custom') : t('templates.unsaved')}</span>
          {draft.dirty && draft.saved && <span className="text-warning">{t('templates.unsavedChanges')}</span>}
        </div>
        <div className="plan-actions" role="toolbar" aria-label={t('templates.title')}>
          {!draft.readOnly && (
            <>
              <button type="button" className="button" data-action="validate" disabled={busy} onClick={() => void run(() => validateTemplate(tpl))}>
                {t('templates.validate')}
              </button>
              <button type="button" className="button primary" data-action="save" disabled={busy} onClick={() => void run(() => saveTemplate(id, tpl))}>
                {t('templates.save')}
              </button>
            </>
          )}
          {draft.saved && (
            <button type="button" className="button" data-action="export" onClick={() => void exportTemplate(id)}>
              {t('templates.export')}
            </button>
          )}
          {draft.saved && (
            <button type="button" className="button" data-action="duplicate" onClick={() => void duplicateTemplate(id)}>
              {t('templates.duplicate')}
            </button>
          )}
          {draft.saved && !draft.readOnly && (
            <button
              type="button"
              className="button"
              data-action="delete"
              onClick={async () => {
                const ok = await askConfirm({ titleKey: 'templates.deleteTitle', detailKey: 'templates.deleteDetail', okKey: 'templates.delete', params: { name: tpl.name.en } });
                if (ok) await deleteTemplate(id);
              }}
            >
              {t('templates.delete')}
            </button>
          )}
        </div>
        {issues && (
          <div className={issues.length ? 'template-issues' : 'template-ok'} data-testid="template-issues" data-count={issues.length} role="status">
            {issues.length === 0 ? (
              t('templates.valid')
            ) : (
              <ul>
                {issues.map((i, n) => (
                  <li key={n}>
                    <code>{i.path}</code>: {i.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </header>
      <fieldset className="template-form" disabled={draft.readOnly}>
        {draft.readOnly && <p className="muted">{t('templates.readOnlyHint')}</p>}
        <BilingualInput name="name" label={t('templates.name')} value={tpl.name} onChange={(name) => set({ ...tpl, name })} />
        <BilingualInput name="description" label={t('templates.description')} multiline value={tpl.description} onChange={(description) => set({ ...tpl, description })} />
        <h2 className="subheading">{t('templates.phases')}</h2>
        {tpl.phases.map((p, i) => (
          <PhaseDefEditor
            key={i}
            phase={p}
            index={i}
            count={tpl.phases.length}
            onChange={(next) => set({ ...tpl, phases: replaceAt(tpl.phases, i, next) })}
            onMove={(delta) => set({ ...tpl, phases: move(tpl.phases, i, delta) })}
            onRemove={() => set(removePhase(tpl, i))}
          />
        ))}
        <button
          type="button"
          className="button"
          data-action="add-phase"
          onClick={() => set({ ...tpl, phases: [...tpl.phases, blankPhase(freeId('phase', tpl.phases.map((p) => p.id)))] })}
        >
          {t('templates.addPhase')}
        </button>
      </fieldset>
    </article>
  );
}
