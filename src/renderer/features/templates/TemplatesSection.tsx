// Template list under the plans dashboard: built-in (read-only) and custom templates; new, import, duplicate.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { makeTabId } from '../../state/tabs';
import { workbench } from '../../state/workbench-store';
import { activateOnKey } from '../../workbench/activate-on-key';
import { bi } from '../plans/plan-text';
import { createNewTemplate, duplicateTemplate, importTemplateFile, openTemplate } from './template-actions';
import { loadTemplates, templateList } from './templates-store';

export function TemplatesSection() {
  const { t, i18n } = useTranslation();
  const items = useStore(templateList, (s) => s.items);
  const activeTab = useStore(workbench, (s) => s.activeTab);
  useEffect(() => {
    void loadTemplates();
  }, []);
  return (
    <section className="templates-section" data-testid="templates">
      <h3 className="view-subtitle">{t('templates.title')}</h3>
      <div className="plans-toolbar">
        <button type="button" className="button" data-testid="new-template" onClick={() => void createNewTemplate()}>
          {t('templates.new')}
        </button>
        <button type="button" className="button" data-testid="import-template" onClick={() => void importTemplateFile()}>
          {t('templates.import')}
        </button>
      </div>
      <div className="list" role="list" aria-label={t('templates.title')}>
        {!items && <div className="tree-message">{t('common.loading')}</div>}
        {items?.map((tpl) => (
          <div
            key={tpl.id}
            className={`list-row template-row${activeTab === makeTabId('template', tpl.id) ? ' active' : ''}`}
            role="listitem"
            tabIndex={0}
            data-template-id={tpl.id}
            data-source={tpl.source}
            onClick={() => openTemplate(tpl.id)}
            onKeyDown={activateOnKey(() => openTemplate(tpl.id))}
          >
            <div className="plan-row-top">
              <span className="list-title">{bi(tpl.name, i18n.language)}</span>
              <span className="chip">{tpl.source === 'builtin' ? t('templates.builtin') : `v${tpl.version}`}</span>
            </div>
            <div className="list-detail">
              {t('templates.phaseCount', { count: tpl.phases.length })} · {t('templates.planCount', { count: tpl.plans })}
              {tpl.source === 'builtin' && (
                <button
                  type="button"
                  className="link-button small"
                  data-action="duplicate"
                  onClick={(e) => {
                    e.stopPropagation();
                    void duplicateTemplate(tpl.id);
                  }}
                >
                  {t('templates.duplicate')}
                </button>
              )}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
