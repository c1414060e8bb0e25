// Right side of the export dialog: exactly what leaves the machine — totals, the notes (each excludable), attachments,
// members with the personal fields written, and the domains, plans and templates.
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportNoteList } from './ExportNoteList';
import { estimateTotals, formatBytes, previewTotals } from './export-selection';
import type { PreviewTotals } from './export-selection';
import type { PreviewState } from './use-export-preview';

interface PreviewPaneProps {
  /** The preview without exclusions: every candidate note, so an excluded one can be ticked again. */
  base: PreviewState;
  /** The preview with the exclusions: what would be written. */
  effective: PreviewState;
  /** Whether the effective preview answers the current form and exclusions. */
  current: boolean;
  empty: boolean;
  excluded: ReadonlySet<string>;
  disabled: boolean;
  onToggle(ids: string[], include: boolean): void;
}

export function PreviewPane({ base, effective, current, empty, excluded, disabled, onToggle }: PreviewPaneProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [filter, setFilter] = useState('');
  const shown = effective.preview;
  const candidates = base.preview?.notes;

  const domainNames = useMemo(() => new Map((base.preview?.domains ?? []).map((d) => [d.id, d.name])), [base.preview]);
  const kept = useMemo(() => (shown && current ? new Set(shown.notes.map((n) => n.id)) : null), [shown, current]);
  const noteTitles = useMemo(() => new Map((candidates ?? []).map((n) => [n.id, n.title])), [candidates]);
  // While the service recomputes after a tick, the totals are estimated from the preview without exclusions.
  const totals = useMemo(() => {
    if (shown && current) return previewTotals(shown);
    if (base.preview && !base.loading) return estimateTotals(base.preview, excluded);
    return shown ? previewTotals(shown) : null;
  }, [shown, current, base.preview, base.loading, excluded]);
  const listed = useMemo(() => {
    const words = filter.trim().toLowerCase();
    return words ? (candidates ?? []).filter((n) => n.title.toLowerCase().includes(words)) : (candidates ?? []);
  }, [candidates, filter]);

  if (empty) {
    return (
      <section className="export-preview" data-testid="export-preview" data-state="empty">
        <div className="export-placeholder">{t('packageExport.chooseSomething')}</div>
      </section>
    );
  }
  const error = base.error ?? effective.error;
  const loading = base.loading || effective.loading || !current;
  return (
    <section className="export-preview" data-testid="export-preview" data-state={error ? 'error' : loading ? 'loading' : 'ready'} aria-busy={loading}>
      <div className="export-summary">
        <span className="export-summary-label">{t('packageExport.leaves')}</span>
        {totals && <Totals totals={totals} lang={lang} stale={loading} />}
        {loading && (
          <span className="export-loading" role="status">
            {t('packageExport.updating')}
          </span>
        )}
      </div>
      {error && (
        <div className="input-error" role="alert" data-testid="export-preview-error" data-code={error.code}>
          {error.code}: {error.message}
        </div>
      )}
      <div className="export-notes-bar">
        <h3 className="export-heading">
          {t('packageExport.notes')} <span className="badge">{candidates ? t('packageExport.ofCandidates', { kept: totals?.notes ?? 0, total: candidates.length }) : '…'}</span>
        </h3>
        <input
          className="text-input export-filter"
          type="search"
          value={filter}
          placeholder={t('packageExport.filterNotes')}
          aria-label={t('packageExport.filterNotes')}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      <ExportNoteList notes={listed} excluded={excluded} kept={kept} domainNames={domainNames} disabled={disabled} onToggle={onToggle} />
      <div className="export-details">
        <DetailList title={t('packageExport.attachmentsHeading')} count={shown?.attachments.length} testId="export-attachments" emptyText={t('packageExport.none')}>
          {shown?.attachments.map((a) => (
            <li key={a.id} data-attachment-id={a.id} title={noteTitles.get(a.noteId) ?? ''}>
              <span className="export-item-name">{a.fileName}</span>
              <span className="export-item-detail">{formatBytes(a.size, lang)}</span>
            </li>
          ))}
        </DetailList>
        <DetailList title={t('packageExport.membersHeading')} count={shown?.members.length} testId="export-members" emptyText={t('packageExport.none')}>
          {shown?.members.map((m) => (
            <li key={m.id} data-member-id={m.id} className="export-member">
              <span className="export-item-name">{m.name}</span>
              <span className="export-item-detail" data-testid="export-member-fields">
                {m.fields.map((f) => t(`packageExport.fields.${f}`, { defaultValue: f })).join(', ')}
              </span>
            </li>
          ))}
        </DetailList>
        <DetailList
          title={t('packageExport.alsoWritten')}
          count={shown ? shown.domains.length + shown.plans.length + shown.templates.length : undefined}
          testId="export-others"
          emptyText={t('packageExport.none')}
        >
          {shown?.domains.map((d) => (
            <li key={`d${d.id}`} data-domain-id={d.id}>
              <span className="export-item-name">{d.name}</span>
              <span className="export-item-detail">{t('packageExport.domainItem')}</span>
            </li>
          ))}
          {shown?.plans.map((p) => (
            <li key={`p${p.id}`} data-plan-id={p.id}>
              <span className="export-item-name">{p.title}</span>
              <span className="export-item-detail">{t('packageExport.planItem')}</span>
            </li>
          ))}
          {shown?.templates.map((tpl) => (
            <li key={`t${tpl.id}`} data-template-id={tpl.id}>
              <span className="export-item-name">{tpl.id}</span>
              <span className="export-item-detail">{t('packageExport.templateItem', { version: tpl.version })}</span>
            </li>
          ))}
        </DetailList>
      </div>
    </section>
  );
}

function Totals({ totals: counts, lang, stale }: { totals: PreviewTotals; lang: string; stale: boolean }) {
  const { t } = useTranslation();
  return (
    <span
      className={`export-total${stale ? ' stale' : ''}`}
      data-testid="export-total"
      data-notes={counts.notes}
      data-attachments={counts.attachments}
      data-members={counts.members}
      data-domains={counts.domains}
      data-plans={counts.plans}
      data-templates={counts.templates}
      data-bytes={counts.bytes}
      data-stale={stale}
    >
      {countsText(t, counts)} · {formatBytes(counts.bytes, lang)}
    </span>
  );
}

/** "12 notes, 3 attachments, 5 members, 1 domain, 1 plan, 1 template" (zero plans/templates left out). */
export function countsText(
  t: (key: string, o: Record<string, unknown>) => string,
  c: { notes: number; attachments: number; members: number; domains?: number; plans?: number; templates?: number },
): string {
  const parts = [t('packageExport.count.notes', { count: c.notes }), t('packageExport.count.attachments', { count: c.attachments }), t('packageExport.count.members', { count: c.members })];
  if (c.domains) parts.push(t('packageExport.count.domains', { count: c.domains }));
  if (c.plans) parts.push(t('packageExport.count.plans', { count: c.plans }));
  if (c.templates) parts.push(t('packageExport.count.templates', { count: c.templates }));
  return parts.join(', ');
}

function DetailList({ title, count, testId, emptyText, children }: { title: string; count: number | undefined; testId: string; emptyText: string; children: ReactNode }) {
  return (
    <div className="export-detail" data-testid={testId}>
      <h3 className="export-heading">
        {title} <span className="badge">{count ?? '…'}</span>
      </h3>
      {count === 0 ? <div className="export-muted">{emptyText}</div> : <ul className="export-items">{children}</ul>}
    </div>
  );
}
