// Imports questionnaire answers from CSV text into survey_ties in one transaction, reporting every row it skips.
import type { Database } from 'better-sqlite3';
import Papa from 'papaparse';
import type { SurveyImportReport } from '../../common/api/methods/network';
import { AppError } from '../../common/errors';
import { MemberLookup, nameKey } from './member-lookup';

export const SURVEY_COLUMNS = ['respondent', 'contact', 'direction', 'topic', 'frequency'] as const;
const REQUIRED = ['respondent', 'contact', 'direction'] as const;
const DIRECTIONS = new Set(['gives', 'receives', 'both']);
const MAX_ERRORS = 100;
const MAX_UNKNOWN = 200;

interface Answer {
  respondent: string;
  contact: string;
  direction: string;
  topic: string;
  frequency: string | null;
}

/** Parses and validates everything first; writes only when the header is complete. Nothing is written on a thrown error. */
export function importSurvey(db: Database, csvText: string, opts: { sourceFile?: string; now: string }): SurveyImportReport {
  const text = csvText.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new AppError('INVALID_INPUT', `The survey CSV is empty; expected the header ${SURVEY_COLUMNS.join(',')}`);
  const parsed = Papa.parse<string[]>(text, { delimiter: '', delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: false });
  const rows = parsed.data;
  const lines = lineNumbers(text, rows.length);

  const header = (rows[0] ?? []).map((h) => h.replace(/^\uFEFF/, '').trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) {
    throw new AppError(
      'INVALID_INPUT',
      `The survey CSV is missing the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} (header found: ${header.join(',') || 'none'}; expected ${SURVEY_COLUMNS.join(',')})`,
    );
  }
  const col = (name: string) => header.indexOf(name);
  const [iR, iC, iD, iT, iF] = [col('respondent'), col('contact'), col('direction'), col('topic'), col('frequency')];

  const report: SurveyImportReport = { rows: 0, imported: 0, skipped: { self: 0, duplicate: 0, unknown: 0, invalid: 0 }, unknownNames: [], errors: [], moreErrors: 0 };
  const unknown = new Set<string>();
  const error = (line: number, message: string) => {
    if (report.errors.length < MAX_ERRORS) report.errors.push({ line, message });
    else report.moreErrors++;
  };
  const lookup = new MemberLookup(db);
  const seen = new Set<string>();
  const accepted: { r: string; c: string; d: string; topic: string; frequency: string | null }[] = [];

  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i];
    if (cells.every((c) => c.trim() === '')) continue;
    report.rows++;
    const line = lines[i];
    const a: Answer = {
      respondent: (cells[iR] ?? '').trim(),
      contact: (cells[iC] ?? '').trim(),
      direction: (cells[iD] ?? '').trim().toLowerCase(),
      topic: iT >= 0 ? (cells[iT] ?? '').trim() : '',
      frequency: iF >= 0 ? (cells[iF] ?? '').trim() || null : null,
    };
    if (!a.respondent || !a.contact) {
      report.skipped.invalid++;
      error(line, `${!a.respondent ? 'respondent' : 'contact'} is empty`);
      continue;
    }
    if (!DIRECTIONS.has(a.direction)) {
      report.skipped.invalid++;
      error(line, `direction "${cells[iD] ?? ''}" must be gives, receives or both`);
      continue;
    }
    const r = lookup.find(a.respondent);
    const c = lookup.find(a.contact);
    const ambiguous = r.kind === 'ambiguous' ? a.respondent : c.kind === 'ambiguous' ? a.contact : null;
    if (ambiguous) {
      report.skipped.invalid++;
      error(line, `"${ambiguous}" matches more than one member; use the member's email`);
      continue;
    }
    if (r.kind !== 'found' || c.kind !== 'found') {
      report.skipped.unknown++;
      for (const [who, hit] of [[a.respondent, r], [a.contact, c]] as const) {
        if (hit.kind === 'unknown' && unknown.size < MAX_UNKNOWN) unknown.add(who);
      }
      continue;
    }
    if (r.id === c.id) {
      report.skipped.self++;
      continue;
    }
    const key = [r.id, c.id, a.direction, nameKey(a.topic)].join('\u0000');
    if (seen.has(key)) {
      report.skipped.duplicate++;
      continue;
    }
    seen.add(key);
    accepted.push({ r: r.id, c: c.id, d: a.direction, topic: a.topic, frequency: a.frequency });
  }
  report.unknownNames = dedupeCaseless([...unknown]);

  const insert = db.prepare(
    `INSERT INTO survey_ties (respondent_id, contact_id, direction, topic, frequency, source_file, imported_at)
     SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (
       SELECT 1 FROM survey_ties WHERE respondent_id = ? AND contact_id = ? AND direction = ? AND topic = ? COLLATE NOCASE)`,
  );
  const source = opts.sourceFile ?? '';
  db.transaction(() => {
    for (const x of accepted) {
      const res = insert.run(x.r, x.c, x.d, x.topic, x.frequency, source, opts.now, x.r, x.c, x.d, x.topic);
      if (res.changes) report.imported++;
      else report.skipped.duplicate++; // already imported earlier (same answer)
    }
  })();
  return report;
}

/** 1-based line where each parsed record starts (records can span lines inside quotes). */
function lineNumbers(text: string, count: number): number[] {
  // Re-walk the text with the same quoting rules papaparse uses: a newline outside quotes ends a record.
  const starts: number[] = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length && starts.length < count; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) quoted = !quoted;
    else if (ch === 10) {
      line++;
      if (!quoted) starts.push(line);
    } else if (ch === 13) {
      if (text.charCodeAt(i + 1) !== 10) {
        line++;
        if (!quoted) starts.push(line);
      }
    }
  }
  while (starts.length < count) starts.push(line);
  return starts;
}

function dedupeCaseless(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = nameKey(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
