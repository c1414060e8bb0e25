// API methods of the sharing network: who gives knowledge to whom (ties), survey import, endorsements, metrics, reports.
import { z } from 'zod';
import { method } from '../method';
import { id } from '../schemas';

/** Where a tie came from (see src/node/network/ for the rule of each source). */
export type TieType = 'package' | 'builtOn' | 'applied' | 'comment' | 'meeting' | 'survey';
export const TIE_TYPES: readonly TieType[] = ['package', 'builtOn', 'applied', 'comment', 'meeting', 'survey'];

/** One directed pair giver → receiver, with every tie type seen between them and how many ties. */
export interface NetworkEdge {
  source: string;
  target: string;
  types: TieType[];
  /** The reverse pair target → source also exists. */
  mutual: boolean;
  /** Number of ties (events, answers, links…) behind this pair. */
  weight: number;
}

export interface NetworkMemberMetrics {
  id: string;
  name: string;
  /** Distinct members this member received from. */
  inDegree: number;
  /** Distinct members this member gave to. */
  outDegree: number;
  /** Directed betweenness, normalized by (n−1)(n−2) (same as graphology-metrics `normalized: true`; src/node/network/betweenness.ts). */
  betweenness: number;
  /** Index of the member's weak component (0 = largest). */
  component: number;
}

export type RecommendationKind = 'oneWayPair' | 'isolate' | 'broker';

export interface NetworkRecommendation {
  kind: RecommendationKind;
  /** The members it is about (a one-way pair: giver first, receiver second). */
  memberIds: string[];
  /** String key (resources/locales network.rec.*) and its parameters, for the UI to translate. */
  key: string;
  params: Record<string, string | number>;
  /** The reason, already written in both languages (CLI and reports). */
  text: { en: string; id: string };
}

export interface NetworkMetrics {
  /** Members in scope (all members, or the domain's members). */
  members: number;
  /** Distinct directed pairs with at least one tie. */
  ties: number;
  /** ties / (n(n−1)); 0 when n < 2. */
  density: number;
  /** Mutual pairs / tied (unordered) pairs; 0 when no pair is tied. */
  reciprocity: number;
  /** One-way pairs / tied pairs (= 1 − reciprocity when any pair is tied). */
  oneWayShare: number;
  /** Members with no tie in or out. */
  isolates: number;
  /** Weak components (an isolate is a component of its own). */
  components: number;
  /**
   * Freeman degree centralization on the undirected tie graph: Σ(max d − d_i) / ((n−1)(n−2)), d = distinct neighbours;
   * 0 when n < 3. 1 for a star, 0 when every member has the same degree.
   */
  centralization: number;
  perMember: NetworkMemberMetrics[];
  edges: NetworkEdge[];
  recommendations: NetworkRecommendation[];
  /** The filter the numbers are for. */
  scope: { from: string | null; to: string | null; domainId: string | null; topic: string | null };
}

export interface SurveyImportReport {
  /** Data rows read (header and blank lines not counted). */
  rows: number;
  /** Answers written (re-importing the same file writes 0). */
  imported: number;
  skipped: { self: number; duplicate: number; unknown: number; invalid: number };
  /** Distinct names/emails that match no member (first 200). */
  unknownNames: string[];
  /** Line-numbered problems (first 100; `moreErrors` counts the rest). */
  errors: { line: number; message: string }[];
  moreErrors: number;
}

export interface Endorsement {
  id: number;
  noteId: string;
  memberId: string;
  memberName: string;
  kind: 'applied' | 'comment';
  text: string;
  at: string;
}

export interface NetworkFile {
  fileName: string;
  mime: 'text/html' | 'text/csv';
  content: string;
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Date must be YYYY-MM-DD');
const filterShape = {
  from: day.optional(),
  to: day.optional(),
  domainId: id.optional(),
  topic: z.string().trim().min(1).max(200).optional(),
};
const rangeInOrder = (f: { from?: string; to?: string }) => !f.from || !f.to || f.from <= f.to;
const rangeMessage = { message: '"from" must not be after "to"', path: ['from'] };
export const networkFilter = z.object(filterShape).strict().refine(rangeInOrder, rangeMessage);
export type NetworkFilter = z.output<typeof networkFilter>;
const reportInput = z
  .object({ ...filterShape, lang: z.enum(['en', 'id']).optional() })
  .strict()
  .refine(rangeInOrder, rangeMessage);

export const NETWORK_API = {
  /** Metrics, edges and recommendations over a time range, optionally for one domain's members and one topic. */
  'network.metrics': method<z.ZodType<NetworkFilter>, NetworkMetrics>(networkFilter),
  /** The network report as one self-contained HTML document (no scripts). */
  'network.reportHtml': method<z.ZodType<NetworkFilter & { lang?: 'en' | 'id' }>, NetworkFile>(reportInput),
  /** Per-member metrics as CSV (cells starting with = + - @ are prefixed with a quote). */
  'network.metricsCsv': method<z.ZodType<NetworkFilter>, NetworkFile>(networkFilter),
  /** Imports questionnaire answers (header respondent,contact,direction[,topic][,frequency]); one transaction. */
  'network.importSurvey': method<z.ZodType<{ csvText: string; sourceFile?: string }>, SurveyImportReport>(
    z
      .object({
        csvText: z.string().max(64 * 1024 * 1024, 'Survey CSV is larger than 64 MB'),
        sourceFile: z.string().max(300).optional(),
      })
      .strict(),
  ),
  /** "I applied this" (once per member and note) or a comment; tie = the note's authors → the member. */
  'network.endorse': method<z.ZodType<{ noteId: string; memberId: string; kind: 'applied' | 'comment'; text?: string }>, Endorsement>(
    z
      .object({ noteId: id, memberId: id, kind: z.enum(['applied', 'comment']), text: z.string().trim().max(5000).optional() })
      .strict()
      .refine((v) => v.kind !== 'comment' || !!v.text, { message: 'A comment needs text', path: ['text'] }),
  ),
  'network.unendorse': method<z.ZodType<{ id: number }>, null>(z.object({ id: z.number().int().positive() }).strict()),
  'network.endorsements': method<z.ZodType<{ noteId: string }>, Endorsement[]>(z.object({ noteId: id }).strict()),
} as const;
