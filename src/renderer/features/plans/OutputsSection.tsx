// Required output notes of a phase: present (opens the note) or missing, and "Create missing notes".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanOutput } from '../../../common/api/methods/plans';
import { Icon } from '../../icons/Icon';
import { openNote } from '../../workbench/tab-actions';
import { createOutputs } from './plan-actions';
import { bi } from './plan-text';

export function OutputsSection({ planId, phaseId, outputs }: { planId: string; phaseId: string; outputs: PlanOutput[] }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const missing = outputs.filter((o) => !o.noteId).length;
  return (
    <section className="plan-block" data-testid="plan-outputs" data-missing={missing} data-present={outputs.length - missing}>
      <h3 className="subheading">{t('plans.outputs')}</h3>
      {outputs.length === 0 ? (
        <p className="muted small">{t('plans.noOutputs')}</p>
      ) : (
        <ul className="link-list outputs-list">
          {outputs.map((out) => (
            <li key={`${out.outputId}:${out.key}`} data-output-id={out.outputId} data-output-key={out.key} data-present={out.noteId ? 'true' : 'false'}>
              <span className="muted small output-label">{bi(out.label, i18n.language)}</span>
              {out.noteId ? (
                <button type="button" className="link-button" data-link-target={out.noteId} onClick={() => openNote(out.noteId!)}>
                  <Icon name="note" />
                  <span>{out.title}</span>
                </button>
              ) : (
                <span className="link-unresolved">
                  <Icon name="linkBroken" />
                  <span>{out.title}</span>
                  <span className="chip chip-warning">{t('plans.missing')}</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {missing > 0 && (
        <button
          type="button"
          className="button"
          data-testid="create-outputs"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            await createOutputs(planId, phaseId);
            setBusy(false);
          }}
        >
          {t('plans.createMissing', { count: missing })}
        </button>
      )}
    </section>
  );
}
