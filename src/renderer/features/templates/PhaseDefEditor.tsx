// Editor of one template phase: id, title, guidance, prompts and fields (both languages); move and remove.
import { useTranslation } from 'react-i18next';
import type { TemplatePhase } from '../../../common/templates/template-types';
import { BilingualInput } from './BilingualInput';
import { FieldDefEditor } from './FieldDefEditor';
import { bilingual, blankField, freeId, move, removeAt, removeField, replaceAt } from './template-draft';

export function PhaseDefEditor({
  phase,
  index,
  count,
  onChange,
  onMove,
  onRemove,
}: {
  phase: TemplatePhase;
  index: number;
  count: number;
  onChange(next: TemplatePhase): void;
  onMove(delta: number): void;
  onRemove(): void;
}) {
  const { t, i18n } = useTranslation();
  const name = `phases[${index}]`;
  return (
    <details className="phase-def" data-phase-def={phase.id} open={index === 0}>
      <summary className="phase-def-summary">
        {index + 1}. {(i18n.language === 'id' ? phase.title.id : phase.title.en) || phase.id}
      </summary>
      <div className="sub-row">
        <label>
          {t('templates.phaseId')}
          <input className="text-input id-input" data-name={`${name}.id`} value={phase.id} onChange={(e) => onChange({ ...phase, id: e.target.value })} />
        </label>
        <button type="button" className="button small" disabled={index === 0} onClick={() => onMove(-1)}>
          {t('templates.moveUp')}
        </button>
        <button type="button" className="button small" disabled={index === count - 1} onClick={() => onMove(1)}>
          {t('templates.moveDown')}
        </button>
        <button type="button" className="button small" onClick={onRemove}>
          {t('templates.removePhase')}
        </button>
      </div>
      <BilingualInput name={`${name}.title`} label={t('templates.phaseTitle')} value={phase.title} onChange={(title) => onChange({ ...phase, title })} />
      <BilingualInput name={`${name}.guidance`} label={t('templates.guidance')} multiline value={phase.guidance} onChange={(guidance) => onChange({ ...phase, guidance })} />
      <div className="sub-list">
        <span className="bilingual-label">{t('templates.prompts')}</span>
        {phase.prompts.map((p, i) => (
          <div key={i} className="sub-row">
            <BilingualInput name={`${name}.prompts[${i}]`} label={`${t('templates.prompt')} ${i + 1}`} value={p} onChange={(v) => onChange({ ...phase, prompts: replaceAt(phase.prompts, i, v) })} />
            <button type="button" className="button small" onClick={() => onChange({ ...phase, prompts: removeAt(phase.prompts, i) })}>
              {t('templates.remove')}
            </button>
          </div>
        ))}
        <button type="button" className="button small" onClick={() => onChange({ ...phase, prompts: [...phase.prompts, bilingual()] })}>
          {t('templates.addPrompt')}
        </button>
      </div>
      <div className="sub-list">
        <span className="bilingual-label">{t('templates.fields')}</span>
        {phase.fields.map((f, i) => (
          <div key={i} className="field-def-wrap">
            <FieldDefEditor
              name={`${name}.fields[${i}]`}
              field={f}
              onChange={(next) => onChange({ ...phase, fields: replaceAt(phase.fields, i, next) })}
              onRemove={() => onChange(removeField(phase, i))}
            />
            <div className="sub-row">
              <button type="button" className="button small" disabled={i === 0} onClick={() => onChange({ ...phase, fields: move(phase.fields, i, -1) })}>
                {t('templates.moveUp')}
              </button>
              <button type="button" className="button small" disabled={i === phase.fields.length - 1} onClick={() => onChange({ ...phase, fields: move(phase.fields, i, 1) })}>
                {t('templates.moveDown')}
              </button>
            </div>
          </div>
        ))}
        <button
          type="button"
          className="button small"
          data-action="add-field"
          onClick={() => onChange({ ...phase, fields: [...phase.fields, blankField(freeId('field', phase.fields.map((f) => f.id)))] })}
        >
          {t('templates.addField')}
        </button>
      </div>
    </details>
  );
}
