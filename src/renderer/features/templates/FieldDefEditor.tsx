// Editor of one template field: id, type, labels in both languages, required, and options / items / columns.
import { useTranslation } from 'react-i18next';
import { COLUMN_TYPES, FIELD_TYPES, type ChoiceOption, type ColumnType, type FieldType, type TemplateField } from '../../../common/templates/template-types';
import { BilingualInput } from './BilingualInput';
import { bilingual, removeAt, replaceAt, withTypeParts } from './template-draft';

function OptionsEditor({ options, onChange, name }: { options: ChoiceOption[]; onChange(next: ChoiceOption[]): void; name: string }) {
  const { t } = useTranslation();
  return (
    <div className="sub-list">
      <span className="bilingual-label">{t('templates.options')}</span>
      {options.map((o, i) => (
        <div key={i} className="sub-row">
          <input className="text-input id-input" aria-label={t('templates.optionValue')} value={o.value} onChange={(e) => onChange(replaceAt(options, i, { ...o, value: e.target.value }))} />
          <BilingualInput name={`${name}.options[${i}]`} label={t('templates.label')} value={o.label} onChange={(label) => onChange(replaceAt(options, i, { ...o, label }))} />
          <button type="button" className="button small" onClick={() => onChange(removeAt(options, i))}>
            {t('templates.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="button small" onClick={() => onChange([...options, { value: `option-${options.length + 1}`, label: bilingual() }])}>
        {t('templates.addOption')}
      </button>
    </div>
  );
}

export function FieldDefEditor({ field, onChange, onRemove, name }: { field: TemplateField; onChange(next: TemplateField): void; onRemove(): void; name: string }) {
  const { t } = useTranslation();
  const items = field.items ?? [];
  const columns = field.columns ?? [];
  return (
    <div className="field-def" data-field-def={field.id}>
      <div className="sub-row">
        <label>
          {t('templates.fieldId')}
          <input className="text-input id-input" data-name={`${name}.id`} value={field.id} onChange={(e) => onChange({ ...field, id: e.target.value })} />
        </label>
        <label>
          {t('templates.fieldType')}
          <select className="text-input" data-name={`${name}.type`} value={field.type} onChange={(e) => onChange(withTypeParts({ ...field, type: e.target.value as FieldType }))}>
            {FIELD_TYPES.map((ft) => (
              <option key={ft} value={ft}>
                {t(`templates.types.${ft}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox-label">
          <input type="checkbox" checked={!!field.required} onChange={(e) => onChange({ ...field, required: e.target.checked || undefined })} />
          {t('templates.required')}
        </label>
        <button type="button" className="button small" onClick={onRemove}>
          {t('templates.removeField')}
        </button>
      </div>
      <BilingualInput name={`${name}.label`} label={t('templates.label')} value={field.label} onChange={(label) => onChange({ ...field, label })} />
      {field.type === 'choice' && <OptionsEditor name={name} options={field.options ?? []} onChange={(options) => onChange({ ...field, options })} />}
      {field.type === 'checklist' && (
        <div className="sub-list">
          <span className="bilingual-label">{t('templates.items')}</span>
          {items.map((it, i) => (
            <div key={i} className="sub-row">
              <input className="text-input id-input" aria-label={t('templates.itemId')} value={it.id} onChange={(e) => onChange({ ...field, items: replaceAt(items, i, { ...it, id: e.target.value }) })} />
              <BilingualInput name={`${name}.items[${i}]`} label={t('templates.label')} value={it.label} onChange={(label) => onChange({ ...field, items: replaceAt(items, i, { ...it, label }) })} />
              <button type="button" className="button small" onClick={() => onChange({ ...field, items: removeAt(items, i) })}>
                {t('templates.remove')}
              </button>
            </div>
          ))}
          <button type="button" className="button small" onClick={() => onChange({ ...field, items: [...items, { id: `item-${items.length + 1}`, label: bilingual() }] })}>
            {t('templates.addItem')}
          </button>
        </div>
      )}
      {field.type === 'table' && (
        <div className="sub-list">
          <span className="bilingual-label">{t('templates.columns')}</span>
          {columns.map((c, i) => (
            <div key={i} className="sub-row column-def">
              <input className="text-input id-input" aria-label={t('templates.columnId')} value={c.id} onChange={(e) => onChange({ ...field, columns: replaceAt(columns, i, { ...c, id: e.target.value }) })} />
              <select
                className="text-input"
                aria-label={t('templates.fieldType')}
                value={c.type}
                onChange={(e) => {
                  const type = e.target.value as ColumnType;
                  const next = { ...c, type, options: type === 'choice' ? (c.options ?? [{ value: 'option-1', label: bilingual('Option 1', 'Pilihan 1') }]) : undefined };
                  if (!next.options) delete next.options;
                  onChange({ ...field, columns: replaceAt(columns, i, next) });
                }}
              >
                {COLUMN_TYPES.map((ct) => (
                  <option key={ct} value={ct}>
                    {t(`templates.types.${ct}`)}
                  </option>
                ))}
              </select>
              <BilingualInput name={`${name}.columns[${i}]`} label={t('templates.label')} value={c.label} onChange={(label) => onChange({ ...field, columns: replaceAt(columns, i, { ...c, label }) })} />
              {c.type === 'choice' && (
                <OptionsEditor name={`${name}.columns[${i}]`} options={c.options ?? []} onChange={(options) => onChange({ ...field, columns: replaceAt(columns, i, { ...c, options }) })} />
              )}
              <button type="button" className="button small" onClick={() => onChange({ ...field, columns: removeAt(columns, i) })}>
                {t('templates.remove')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button small"
            onClick={() => onChange({ ...field, columns: [...columns, { id: `col-${columns.length + 1}`, label: bilingual(), type: 'shortText' }] })}
          >
            {t('templates.addColumn')}
          </button>
        </div>
      )}
    </div>
  );
}
