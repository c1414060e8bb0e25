// API methods of the search area (MiniSearch index kept in the service process, persisted per workspace).
import { z } from 'zod';
import { method } from '../method';
import { empty } from '../schemas';

export interface SearchHit {
  id: string;
  title: string;
  domainId: string;
  domain: string;
  kind: string;
  stage: string;
  score: number;
  /** Excerpt of the best-matching field with matched terms wrapped in the markers « and ». */
  snippet: string;
}
export interface SearchResult {
  total: number;
  items: SearchHit[];
  /** The query as understood: free terms, phrases and filters. */
  parsed: { terms: string[]; phrases: string[]; filters: Record<string, string[]> };
  tookMs: number;
  /** How free terms were combined: 'and' normally, 'or' when no note had all of them (fallback). */
  combineWith?: 'and' | 'or';
}
export interface SearchStatus {
  state: 'ready' | 'building';
  indexed: number;
  /** Whether the index was loaded from disk at open (true) or rebuilt (false). */
  loadedFromDisk: boolean;
}

export const SEARCH_API = {
  /** Query syntax: words (prefix + fuzzy), "quoted phrases", domain:, tag:, kind:, stage:, author: filters (quote values with spaces). */
  'search.query': method<z.ZodType<{ q: string; offset?: number; limit?: number }>, SearchResult>(
    z
      .object({
        q: z.string().max(1000, 'Query must be at most 1000 characters'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
  ),
  'search.status': method<typeof empty, SearchStatus>(empty),
  /** Rebuilds the index from the database (reports task.progress). */
  'search.rebuild': method<typeof empty, SearchStatus>(empty),
} as const;
