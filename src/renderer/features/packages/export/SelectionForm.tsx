// Left side of the export dialog: what to choose (domains, tags, kinds, stages, plan, current note, depth, attachments)
// and how to package it (title, description, signature).
import { useTranslation } from 'react-i18next';
import { NOTE_KINDS, SHARING_STAGES } from '../../../../common/api/types';
import type { Domain, PlanSummary } from '../../../../common/api/types';
import { MAX_DEPTH, toggled } from './export-selection';
import type { ExportForm } from './export-selection';

export interface Identity {
  keyId: string;
  name: string;
}

interface SelectionFormProps {
  form: ExportForm;
  update(patch: Partial<ExportForm>): void;
  domains: Domain[] | null;
  plans: PlanSummary[] | null;
  currentNote: { id: string; title: string } | null;
  identity: Identity | { error: string } | null;
  disabled: boolean;
}

export function SelectionForm({ form, update, domains, plans, currentNote, identity, disabled }: SelectionFormProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="export-form" disabled={disabled}>
      <fieldset className="export-group" data-testid="export-domains">
        <legend>{t('packageExport.domains')}</legend>
        {!domains && <div className="export-muted">{t('common.loading')}</div>}
        {domains?.length === 0 && <div className="export-muted">{t('packageExport.noDomains')}</div>}
        <div className="export-checks">
          {domains?.map((d, i) => (
            <label key={d.id} className="export-check" data-domain-id={d.id}>
              <input
                type="checkbox"
                checked={form.domainIds.includes(d.id)}
                onChange={(e) => update({ domainIds: toggled(form.domainIds, d.id, e.target.checked) })}
                data-autofocus={i === 0 ? '' : undefined}
              />
              <span className="export-check-label">{d.name}</span>
              <span className="export-count">{d.noteCount}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="export-group">
        <legend>{t('packageExport.filter')}</legend>
        <label className="export-field">
          <span>{t('packageExport.tags')}</span>
          <input
            className="text-input"
            name="tags"
            value={form.tags}
            placeholder={t('packageExport.tagsPlaceholder')}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => update({ tags: e.target.value })}
          />
        </label>
        <div className="export-subhead">{t('packageExport.kinds')}</div>
        <div className="export-checks export-checks-2" data-testid="export-kinds">
          {NOTE_KINDS.map((k) => (
            <label key={k} className="export-check" data-kind={k}>
              <input type="checkbox" checked={form.kinds.includes(k)} onChange={(e) => update({ kinds: toggled(form.kinds, k, e.target.checked) })} />
              <span className="export-check-label" title={t(`kinds.${k}`)}>
                {t(`kinds.${k}`)}
              </span>
            </label>
          ))}
        </div>
        <div className="export-subhead">{t('packageExport.stages')}</div>
        <div className="export-checks export-checks-2" data-testid="export-stages">
          {SHARING_STAGES.map((s) => (
            <label key={s} className="export-check" data-stage={s}>
              <input type="checkbox" checked={form.stages.includes(s)} onChange={(e) => update({ stages: toggled(form.stages, s, e.target.checked) })} />
              <span className="export-check-label" title={t(`stages.${s}`)}>
                {t(`stages.${s}`)}
              </span>
            </label>
          ))}
        </div>
        <div className="export-hint">{t('packageExport.facetHint')}</div>
      </fieldset>

      <fieldset className="export-group">
        <legend>{t('packageExport.alsoInclude')}</legend>
        <label className="export-field">
          <span>{t('packageExport.plan')}</span>
          <select className="text-input" name="plan" value={form.planId} onChange={(e) => update({ planId: e.target.value })}>
            <option value="">{t('packageExport.noPlan')}</option>
            {plans?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
        {currentNote && (
          <label className="export-check" data-testid="export-current-note">
            <input type="checkbox" checked={form.currentNoteId === currentNote.id} onChange={(e) => update({ currentNoteId: e.target.checked ? currentNote.id : null })} />
            <span className="export-check-label">{t('packageExport.currentNote', { title: currentNote.title })}</span>
          </label>
        )}
        <label className="export-field">
          <span>{t('packageExport.depth')}</span>
          <select className="text-input" name="depth" value={form.depth} onChange={(e) => update({ depth: Number(e.target.value) })}>
            {Array.from({ length: MAX_DEPTH + 1 }, (_, n) => (
              <option key={n} value={n}>
                {n === 0 ? t('packageExport.depthNone') : t('packageExport.depthLinks', { count: n })}
              </option>
            ))}
          </select>
        </label>
        <label className="export-check">
          <input type="checkbox" name="attachments" checked={form.includeAttachments} onChange={(e) => update({ includeAttachments: e.target.checked })} />
          <span className="export-check-label">{t('packageExport.attachments')}</span>
        </label>
      </fieldset>

      <fieldset className="export-group">
        <legend>{t('packageExport.package')}</legend>
        <label className="export-field">
          <span>{t('packageExport.title')}</span>
          <input
            className="text-input"
            name="title"
            value={form.title}
            autoComplete="off"
            maxLength={300}
            onChange={(e) => update({ title: e.target.value, titleEdited: true })}
          />
        </label>
        <label className="export-field">
          <span>{t('packageExport.description')}</span>
          <textarea className="text-input export-description" name="description" value={form.description} maxLength={10_000} rows={3} onChange={(e) => update({ description: e.target.value })} />
        </label>
        <div className="export-formats" role="radiogroup" aria-label={t('packageExport.format')}>
          <span>{t('packageExport.format')}</span>
          {(['package', 'html', 'markdown'] as const).map((format) => (
            <label key={format} className="export-check" data-testid={`export-format-${format}`}>
              <input type="radio" name="format" value={format} checked={form.format === format} onChange={() => update({ format })} />
              <span className="export-check-label">{t(`packageExport.formats.${format}`)}</span>
            </label>
          ))}
        </div>
        {form.format === 'package' && (
          <label className="export-check">
            <input type="checkbox" name="sign" checked={form.sign} onChange={(e) => update({ sign: e.target.checked })} />
            <span className="export-check-label">{t('packageExport.sign')}</span>
          </label>
        )}
        {form.format === 'package' && form.sign && (
          <div className="export-identity" data-testid="export-identity">
            {!identity && t('common.loading')}
            {identity && 'error' in identity && <span className="export-error-text">{identity.error}</span>}
            {identity && 'keyId' in identity && t('packageExport.signedAs', { name: identity.name, keyId: identity.keyId })}
          </div>
        )}
      </fieldset>
    </fieldset>
  );
}
