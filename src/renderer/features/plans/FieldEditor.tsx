// One template field of a plan with the editor for its type; edits autosave (debounced, flushed on blur).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValue } from '../../../common/api/methods/plans';
import type { Domain, Member } from '../../../common/api/types';
import type { TemplateField } from '../../../common/templates/template-types';
import { asChecklist, asRows, asStringList, asText, parseNumberInput, toggleChecklist } from './field-values';
import { MembersPicker } from './MembersPicker';
import { MemberSelect } from './MemberSelect';
import { fieldKey, planAutosaver, useSaveState } from './plan-autosave';
import { bi } from './plan-text';
import { TableEditor } from './TableEditor';

export function FieldEditor({
  planId,
  phaseId,
  field,
  value,
  members,
  domains,
}: {
  planId: string;
  phaseId: string;
  field: TemplateField;
  value: FieldValue | undefined;
  members: Member[];
  domains: Domain[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const key = fieldKey(phaseId, field.id);
  const saver = planAutosaver(planId);
  const state = useSaveState(planId, key);
  const [local, setLocal] = useState<FieldValue | undefined>(value);
  const [invalid, setInvalid] = useState(false);
  const [numberText, setNumberText] = useState(asText(value));

  // Follow the server's value unless an edit of this field is waiting or being saved.
  useEffect(() => {
    if (saver.busy(key)) return;
    setLocal(value);
    setNumberText(asText(value));
  }, [value, saver, key]);

  const change = (next: FieldValue) => {
    setLocal(next);
    setInvalid(false);
    saver.schedule(key, next);
  };
  const flush = () => void saver.flush(key);
  const label = bi(field.label, lang);
  const inputId = `field-${planId}-${phaseId}-${field.id}`;
  const placeholder = bi(field.placeholder, lang);

  let editor;
  switch (field.type) {
    case 'shortText':
      editor = <input id={inputId} className="text-input" value={asText(local)} placeholder={placeholder} onChange={(e) => change(e.target.value || null)} onBlur={flush} />;
      break;
    case 'richText':
      editor = (
        <textarea id={inputId} className="text-input field-textarea" rows={5} value={asText(local)} placeholder={placeholder} onChange={(e) => change(e.target.value || null)} onBlur={flush} />
      );
      break;
    case 'number':
      editor = (
        <input
          id={inputId}
          className={`text-input field-number${invalid ? ' invalid' : ''}`}
          type="number"
          min={field.min}
          max={field.max}
          value={numberText}
          onChange={(e) => {
            setNumberText(e.target.value);
            const n = parseNumberInput(e.target.value);
            if (n === undefined) setInvalid(true);
            else change(n);
          }}
          onBlur={flush}
        />
      );
      break;
    case 'date':
      editor = <input id={inputId} className="text-input field-date" type="date" value={asText(local)} onChange={(e) => change(e.target.value || null)} onBlur={flush} />;
      break;
    case 'member':
      editor = <MemberSelect members={members} value={asText(local) || null} label={label} onChange={(v) => change(v)} onBlur={flush} />;
      break;
    case 'members':
      editor = <MembersPicker members={members} value={asStringList(local)} label={label} testId={`members-${field.id}`} onChange={(v) => change(v)} />;
      break;
    case 'domain':
      editor = (
        <select id={inputId} className="text-input" value={asText(local)} onChange={(e) => change(e.target.value || null)} onBlur={flush}>
          <option value="">—</option>
          {domains.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      );
      break;
    case 'choice':
      editor = (
        <select id={inputId} className="text-input" value={asText(local)} onChange={(e) => change(e.target.value || null)} onBlur={flush}>
          <option value="">—</option>
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {bi(o.label, lang)}
            </option>
          ))}
        </select>
      );
      break;
    case 'checklist': {
      const ticks = asChecklist(local);
      editor = (
        <ul className="checklist field-checklist">
          {field.items?.map((item) => (
            <li key={item.id} className={ticks[item.id] ? 'done' : ''} data-item-id={item.id}>
              <label>
                <input type="checkbox" checked={!!ticks[item.id]} onChange={() => change(toggleChecklist(ticks, item.id))} />
                <span>{bi(item.label, lang)}</span>
              </label>
            </li>
          ))}
        </ul>
      );
      break;
    }
    case 'table':
      editor = <TableEditor columns={field.columns ?? []} rows={asRows(local)} members={members} label={label} onChange={(rows) => change(rows)} onBlur={flush} />;
      break;
  }

  return (
    <div className="plan-field" data-field-id={field.id} data-field-type={field.type} data-save-state={state}>
      <div className="plan-field-head">
        <label className="plan-field-label" htmlFor={inputId}>
          {label}
          {field.required && (
            <span className="required-mark" title={t('plans.required')} aria-label={t('plans.required')}>
              {' '}
              *
            </span>
          )}
        </label>
        <span className={`save-state save-${state}`} aria-live="polite">
          {state === 'idle' ? '' : t(`plans.save.${state}`)}
        </span>
      </div>
      {field.help && <p className="muted small plan-field-help">{bi(field.help, lang)}</p>}
      {editor}
      {invalid && <span className="input-error">{t('plans.notANumber')}</span>}
    </div>
  );
}
