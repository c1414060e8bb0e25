// Side-by-side diff (mine | theirs) of a note body: changed words marked, unchanged runs folded until expanded.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldUnchanged, sideBySide, type DiffLine } from './side-by-side';

/** Rows drawn at most (a 5 MB body stays responsive); the rest is counted. */
const MAX_ROWS = 4000;

function Cell({ line, side }: { line: DiffLine | null; side: 'mine' | 'theirs' }) {
  if (!line) return <div className={`diff-cell diff-empty diff-${side}`} />;
  return (
    <div className={`diff-cell diff-${side}`}>
      <span className="diff-no">{line.no}</span>
      <span className="diff-text">
        {line.segments.map((s, i) =>
          s.changed ? (
            <mark key={i} className="diff-word">
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </span>
    </div>
  );
}

export function SideBySideDiff({ mine, theirs }: { mine: string; theirs: string }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const all = useMemo(() => sideBySide(mine, theirs), [mine, theirs]);
  const rows = useMemo(() => (expanded ? all : foldUnchanged(all)), [all, expanded]);
  const shown = rows.slice(0, MAX_ROWS);
  return (
    <div className="side-by-side" data-testid="import-diff" role="table" aria-label={t('packageImport.diff')}>
      <div className="diff-row diff-head" role="row">
        <div className="diff-cell diff-mine" role="columnheader">
          {t('packageImport.mine')}
        </div>
        <div className="diff-cell diff-theirs" role="columnheader">
          {t('packageImport.theirs')}
        </div>
      </div>
      {shown.map((row, i) =>
        row.kind === 'fold' ? (
          <button key={i} type="button" className="diff-fold" onClick={() => setExpanded(true)}>
            {t('packageImport.unchangedLines', { count: row.count })}
          </button>
        ) : (
          <div key={i} className={`diff-row diff-${row.kind}`} role="row" data-kind={row.kind}>
            <Cell line={row.left} side="mine" />
            <Cell line={row.right} side="theirs" />
          </div>
        ),
      )}
      {rows.length > shown.length && <div className="muted diff-more">{t('packageImport.moreRows', { count: rows.length - shown.length })}</div>}
    </div>
  );
}
