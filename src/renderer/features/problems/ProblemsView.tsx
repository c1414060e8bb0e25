// The Problems panel, like VS Code's: the workspace's problems grouped by kind; each entry opens its note.
import './problems.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../icons/Icon';
import { useStore } from '../../state/store';
import { openNote } from '../../workbench/tab-actions';
import { problems, STUCK_DAYS, watchProblems } from './problems-store';

interface Entry {
  key: string;
  noteId: string;
  title: string;
  detail: string;
}

type GroupId = 'brokenLinks' | 'orphans' | 'noDomain' | 'noKind' | 'stuck' | 'duplicateTitles';
const GROUPS: readonly GroupId[] = ['brokenLinks', 'duplicateTitles', 'noDomain', 'noKind', 'stuck', 'orphans'];
const SEVERITY: Record<GroupId, 'warning' | 'info'> = {
  brokenLinks: 'warning',
  duplicateTitles: 'warning',
  noDomain: 'warning',
  noKind: 'info',
  stuck: 'info',
  orphans: 'info',
};

export function ProblemsView() {
  const { t } = useTranslation();
  const { result, error } = useStore(problems, (s) => s);
  const [collapsed, setCollapsed] = useState<ReadonlySet<GroupId>>(new Set());
  useEffect(watchProblems, []);

  if (error) return <div className="panel-message error-text">{error}</div>;
  if (!result) return <div className="panel-message muted">{t('common.loading')}</div>;
  if (result.counts.total === 0) return <div className="panel-message muted" data-testid="problems-none">{t('problems.none')}</div>;

  const entries = (group: GroupId): Entry[] => {
    switch (group) {
      case 'brokenLinks':
        return result.brokenLinks.map((b, i) => ({ key: `${b.sourceId}-${i}`, noteId: b.sourceId, title: b.sourceTitle, detail: t('problems.detail.brokenLink', { target: b.target }) }));
      case 'orphans':
        return result.orphans.map((n) => ({ key: n.id, noteId: n.id, title: n.title, detail: t('problems.detail.orphan') }));
      case 'noDomain':
        return result.noDomain.map((n) => ({ key: n.id, noteId: n.id, title: n.title, detail: t(`problems.detail.noDomain.${n.reason}`) }));
      case 'noKind':
        return result.noKind.map((n) => ({ key: n.id, noteId: n.id, title: n.title, detail: t(`problems.detail.noKind.${n.reason}`, { kind: n.kind }) }));
      case 'stuck':
        return result.stuck.map((n) => ({ key: n.id, noteId: n.id, title: n.title, detail: t('problems.detail.stuck', { stage: t(`stages.${n.stage}`), days: n.days }) }));
      case 'duplicateTitles':
        return result.duplicateTitles.flatMap((d) => d.ids.map((id) => ({ key: `${d.title}-${id}`, noteId: id, title: d.title, detail: t('problems.detail.duplicate', { count: d.ids.length }) })));
    }
  };

  const toggle = (g: GroupId) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(g)) next.delete(g);
      else next.add(g);
      return next;
    });

  return (
    <div className="problems" data-testid="problems">
      {GROUPS.filter((g) => result.counts[g] > 0).map((g) => {
        const list = entries(g);
        const open = !collapsed.has(g);
        return (
          <section key={g} className="problems-group" data-testid="problems-group" data-group={g} data-count={result.counts[g]}>
            <button type="button" className="problems-group-head" aria-expanded={open} onClick={() => toggle(g)}>
              <Icon name={open ? 'chevronDown' : 'chevronRight'} size={14} />
              <Icon name={SEVERITY[g]} size={14} />
              <span>{t(`problems.group.${g}`, { days: STUCK_DAYS })}</span>
              <span className="badge">{result.counts[g]}</span>
            </button>
            {open && (
              <ul className="panel-list">
                {list.map((e) => (
                  <li key={e.key}>
                    <button type="button" className="problems-row" data-note-id={e.noteId} onClick={() => openNote(e.noteId)}>
                      <span className="problems-title">{e.title}</span>
                      <span className="muted">{e.detail}</span>
                    </button>
                  </li>
                ))}
                {result.counts[g] > list.length && <li className="muted problems-more">{t('problems.more', { count: result.counts[g] - list.length })}</li>}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
