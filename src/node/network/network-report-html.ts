// The network report as ONE self-contained HTML document (inline styles, CSP without scripts, all text escaped).
import type { NetworkMetrics } from '../../common/api/methods/network';
import { escapeHtml as esc } from '../reports/html-escape';
import { reportDocument } from '../reports/html-report';
import { networkText, type NetworkLang, type NetworkTextKey } from './network-strings';

/** Edges listed in the report at most (the metrics CSV and the API carry all of them). */
export const REPORT_EDGE_LIMIT = 2000;

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(3));

function table(headers: string[], rows: string[][]): string {
  return `<table><thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>\n${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
    .join('\n')}\n</tbody></table>`;
}

export function renderNetworkReport(m: NetworkMetrics, lang: NetworkLang, scopeLabel: { domain: string | null; workspace: string }): string {
  const t = (k: NetworkTextKey, p?: Record<string, string | number>) => networkText(lang, k, p);
  const name = new Map(m.perMember.map((p) => [p.id, p.name]));
  const s = m.scope;
  const scope = [
    `${t('scope')}: ${scopeLabel.workspace}`,
    scopeLabel.domain ?? t('all'),
    s.topic ? `#${s.topic}` : null,
    s.from || s.to ? `${s.from ?? '…'} – ${s.to ?? '…'}` : null,
  ].filter((x): x is string => !!x);
  const summary: [NetworkTextKey, number][] = [
    ['m.members', m.members],
    ['m.ties', m.ties],
    ['m.density', m.density],
    ['m.reciprocity', m.reciprocity],
    ['m.oneWayShare', m.oneWayShare],
    ['m.isolates', m.isolates],
    ['m.components', m.components],
    ['m.centralization', m.centralization],
  ];
  const members = [...m.perMember].sort((a, b) => b.betweenness - a.betweenness || a.name.localeCompare(b.name));
  const edges = m.edges.slice(0, REPORT_EDGE_LIMIT);
  const body = [
    `<header><h1>${esc(t('title'))}</h1><p class="subtitle">${esc(scope.join(' · '))}</p></header>`,
    `<section id="summary"><h2>${esc(t('summary'))}</h2>${table(['', ''], summary.map(([k, v]) => [t(k), fmt(v)]))}</section>`,
    `<section id="recommendations"><h2>${esc(t('recommendations'))}</h2>${
      m.recommendations.length ? `<ul>${m.recommendations.map((r) => `<li class="rec-${r.kind}">${esc(r.text[lang])}</li>`).join('')}</ul>` : `<p>${esc(t('noRecommendations'))}</p>`
    }</section>`,
    `<section id="members"><h2>${esc(t('perMember'))}</h2>${table(
      [t('c.name'), t('c.in'), t('c.out'), t('c.betweenness'), t('c.component')],
      members.map((p) => [p.name, String(p.inDegree), String(p.outDegree), p.betweenness.toFixed(4), String(p.component + 1)]),
    )}</section>`,
    `<section id="ties"><h2>${esc(t('ties'))}</h2>${table(
      [t('c.giver'), t('c.receiver'), t('c.types'), t('c.mutual')],
      edges.map((e) => [name.get(e.source) ?? e.source, name.get(e.target) ?? e.target, e.types.join(', '), e.mutual ? t('yes') : t('no')]),
    )}${m.edges.length > edges.length ? `<p>${esc(t('more', { count: m.edges.length - edges.length }))}</p>` : ''}</section>`,
  ];
  return reportDocument(lang, t('title'), ['<main>', ...body, '</main>']);
}
