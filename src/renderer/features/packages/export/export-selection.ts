// The export form's state and its pure helpers: form → package selection, tag parsing, default title, byte sizes.
import type { ExportPreview } from '../../../../common/api/methods/packages';
import type { PackageSelection } from '../../../../common/packages/manifest-types';

export const MAX_DEPTH = 3;

/** What the export writes: a .copkg for members with the app, or a zip of an HTML mini-site or a Markdown folder for those without. */
export type ExportFormat = 'package' | 'html' | 'markdown';

export interface ExportForm {
  format: ExportFormat;
  domainIds: string[];
  /** Comma-separated tags as typed. */
  tags: string;
  kinds: string[];
  stages: string[];
  /** '' for no plan. */
  planId: string;
  depth: number;
  includeAttachments: boolean;
  /** The note of the active tab, when "include the current note" is ticked. */
  currentNoteId: string | null;
  sign: boolean;
  title: string;
  /** False while the title follows the chosen domains; true once the user typed one. */
  titleEdited: boolean;
  description: string;
}

export function emptyForm(domainIds: string[] = []): ExportForm {
  return {
    format: 'package',
    domainIds,
    tags: '',
    kinds: [],
    stages: [],
    planId: '',
    depth: 0,
    includeAttachments: true,
    currentNoteId: null,
    sign: false,
    title: '',
    titleEdited: false,
    description: '',
  };
}

/** "a, #b ,, a" → ["a", "b"]: trimmed, without a leading #, empty and repeated ones dropped. */
export function parseTags(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/^#+/, '').trim();
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/** The selection the API receives; `excluded` are the notes unticked in the preview. */
export function toSelection(form: ExportForm, excluded: readonly string[] = []): PackageSelection {
  return {
    domainIds: [...form.domainIds],
    tags: parseTags(form.tags),
    kinds: [...form.kinds],
    stages: [...form.stages],
    planIds: form.planId ? [form.planId] : [],
    noteIds: form.currentNoteId ? [form.currentNoteId] : [],
    depth: Math.max(0, Math.min(MAX_DEPTH, Math.trunc(form.depth))),
    includeAttachments: form.includeAttachments,
    excludedNoteIds: [...excluded],
  };
}

/** True when nothing would be chosen (no facet, plan or note): there is nothing to preview. */
export function isEmptySelection(sel: PackageSelection): boolean {
  return !sel.domainIds.length && !sel.tags.length && !sel.kinds.length && !sel.stages.length && !sel.planIds.length && !sel.noteIds.length;
}

/** The title proposed from the choice: the domain names, else the plan's title, else the current note's. */
export function defaultTitle(domainNames: readonly string[], planTitle: string | null, noteTitle: string | null): string {
  if (domainNames.length) return domainNames.join(', ');
  return planTitle ?? noteTitle ?? '';
}

/** Adds or removes `value` in a list, keeping the order of first insertion. */
export function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  const without = list.filter((v) => v !== value);
  return on ? [...without, value] : without;
}

/** 1536 → "1.5 KB" (1024-based, one decimal under 10, in the UI language's number format). */
export function formatBytes(bytes: number, lang: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

export interface PreviewTotals {
  notes: number;
  attachments: number;
  members: number;
  domains: number;
  plans: number;
  templates: number;
  bytes: number;
}

export function previewTotals(p: ExportPreview): PreviewTotals {
  return {
    notes: p.notes.length,
    attachments: p.attachments.length,
    members: p.members.length,
    domains: p.domains.length,
    plans: p.plans.length,
    templates: p.templates.length,
    bytes: p.totalBytes,
  };
}

/**
 * Totals shown right after a tick changes, until the service's preview answers: the preview without exclusions minus
 * the excluded notes and the attachments shown with them (members, domains, plans and templates are kept as they were).
 */
export function estimateTotals(base: ExportPreview, excluded: ReadonlySet<string>): PreviewTotals {
  const t = previewTotals(base);
  for (const n of base.notes) {
    if (!excluded.has(n.id)) continue;
    t.notes--;
    t.bytes -= n.bytes;
  }
  for (const a of base.attachments) {
    if (!excluded.has(a.noteId)) continue;
    t.attachments--;
    t.bytes -= a.size;
  }
  return t;
}
