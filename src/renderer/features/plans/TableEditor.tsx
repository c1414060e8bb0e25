// Table field: typed cells (text, number, date, member, choice) with rows added and removed.
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../common/api/types';
import type { TableColumn } from '../../../common/templates/template-types';
import { RemoveButton } from './RemoveButton';
import { addRow, removeRow, setCell, type TableRow } from './field-values';
import { MemberSelect } from './MemberSelect';
import { bi } from './plan-text';

export function TableEditor({
  columns,
  rows,
  members,
  onChange,
  onBlur,
  label,
}: {
  columns: TableColumn[];
  rows: TableRow[];
  members: Member[];
  onChange(rows: TableRow[]): void;
  onBlur(): void;
  label: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const cell = (row: TableRow, i: number, col: TableColumn) => {
    const raw = row[col.id];
    const text = raw === null || raw === undefined ? '' : String(raw);
    const name = `${bi(col.label, lang)} ${i + 1}`;
    const change = (v: string) => onChange(setCell(rows, i, col, v));
    switch (col.type) {
      case 'member':
        return <MemberSelect members={members} value={text || null} label={name} onChange={(v) => change(v ?? '')} onBlur={onBlur} />;
      case 'choice':
        return (
          <select className="text-input" aria-label={name} value={text} onChange={(e) => change(e.target.value)} onBlur={onBlur}>
            <option value="">—</option>
            {col.options?.map((o) => (
              <option key={o.value} value={o.value}>
                {bi(o.label, lang)}
              </option>
            ))}
          </select>
        );
      default:
        return (
          <input
            className="text-input"
            aria-label={name}
            type={col.type === 'date' ? 'date' : col.type === 'number' ? 'number' : 'text'}
            value={text}
            onChange={(e) => change(e.target.value)}
            onBlur={onBlur}
          />
        );
    }
  };
  return (
    <div className="table-editor" role="group" aria-label={label}>
      <table className="data-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.id}>{bi(c.label, lang)}</th>
            ))}
            <th aria-label={t('plans.actions')} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} data-row={i}>
              {columns.map((c) => (
                <td key={c.id} data-column={c.id}>
                  {cell(row, i, c)}
                </td>
              ))}
              <td>
                <RemoveButton label={t('plans.removeRow')} onClick={() => onChange(removeRow(rows, i))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" data-action="add-row" onClick={() => onChange(addRow(rows, columns))}>
        {t('plans.addRow')}
      </button>
    </div>
  );
}
