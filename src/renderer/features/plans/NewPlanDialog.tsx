// "New plan" dialog: template (names in the UI language), domain, title, coordinator and the plan's language.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanLanguage } from '../../../common/api/methods/plans';
import { data, loadPlans } from '../../state/data-store';
import { api } from '../../state/services';
import { useStore } from '../../state/store';
import { openPlan } from '../../workbench/tab-actions';
import { Modal } from '../dialogs/Modal';
import { errorParts } from '../notifications/report-error';
import { loadTemplates, templateList } from '../templates/templates-store';
import { closeNewPlanDialog, newPlanDialog } from './new-plan-store';
import { bi } from './plan-text';

export function NewPlanDialog() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const templates = useStore(templateList, (s) => s.items);
  const domains = useStore(data, (s) => s.domains);
  const members = useStore(data, (s) => s.members);
  const preset = useStore(newPlanDialog, (s) => s.templateId);
  const [templateId, setTemplateId] = useState(preset ?? '');
  const [domainId, setDomainId] = useState('');
  const [title, setTitle] = useState('');
  const [coordinatorId, setCoordinatorId] = useState('');
  const [planLang, setPlanLang] = useState<PlanLanguage>(lang === 'id' ? 'id' : 'en');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadTemplates();
  }, []);
  useEffect(() => {
    if (!templateId && templates?.length) setTemplateId(templates[0].id);
  }, [templates, templateId]);

  const liveDomains = (domains ?? []).filter((d) => !d.archived);
  const ready = templateId && domainId && title.trim() && !busy;

  const submit = async () => {
    if (!ready) return;
    setBusy(true);
    try {
      const plan = await api().call('plans.create', { templateId, domainId, title: title.trim(), coordinatorId: coordinatorId || null, lang: planLang });
      closeNewPlanDialog();
      void loadPlans();
      openPlan(plan.id);
    } catch (err) {
      setError(errorParts(err).message);
      setBusy(false);
    }
  };

  return (
    <Modal labelId="new-plan-title" testId="new-plan-dialog" onCancel={closeNewPlanDialog} className="new-plan-dialog">
      <form
        className="modal-content"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="new-plan-title" className="modal-title">
          {t('plans.newPlan')}
        </h2>
        <label className="form-row">
          {t('plans.template')}
          <select className="text-input" name="template" value={templateId} onChange={(e) => setTemplateId(e.target.value)} data-autofocus>
            {!templates && <option value="">{t('common.loading')}</option>}
            {templates?.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {bi(tpl.name, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="form-row">
          {t('plans.domain')}
          <select className="text-input" name="domain" value={domainId} onChange={(e) => setDomainId(e.target.value)}>
            <option value="">—</option>
            {liveDomains.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label className="form-row">
          {t('plans.title')}
          <input className="text-input" name="title" value={title} autoComplete="off" onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="form-row">
          {t('plans.coordinator')}
          <select className="text-input" name="coordinator" value={coordinatorId} onChange={(e) => setCoordinatorId(e.target.value)}>
            <option value="">{t('plans.nobody')}</option>
            {(members ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label className="form-row">
          {t('plans.language')}
          <select className="text-input" name="lang" value={planLang} onChange={(e) => setPlanLang(e.target.value === 'id' ? 'id' : 'en')}>
            <option value="en">English</option>
            <option value="id">Bahasa Indonesia</option>
          </select>
        </label>
        {error && (
          <div className="input-error" role="alert" data-testid="dialog-error">
            {error}
          </div>
        )}
        <div className="modal-buttons">
          <button type="submit" className="button primary" data-action="ok" disabled={!ready}>
            {t('plans.create')}
          </button>
          <button type="button" className="button" data-action="cancel" onClick={closeNewPlanDialog}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
