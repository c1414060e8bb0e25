// Per-member network metrics as CSV (RFC 4180 quoting; cells starting with = + - @ get a leading quote so
// spreadsheets do not run them as formulas).
import type { NetworkMetrics } from '../../common/api/methods/network';

export function csvCell(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderMetricsCsv(m: NetworkMetrics): string {
  const lines = [['id', 'name', 'inDegree', 'outDegree', 'betweenness', 'component'].join(',')];
  for (const p of m.perMember) lines.push([p.id, p.name, p.inDegree, p.outDegree, Number(p.betweenness.toFixed(6)), p.component + 1].map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}
