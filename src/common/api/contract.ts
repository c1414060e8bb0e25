// The typed API contract: every service method and event the UI uses, with input schemas.
import { z } from 'zod';
import { NOTE_KINDS } from './types';
import { empty, id, title } from './schemas';
import type {
  Domain,
  Member,
  Note,
  NoteSummary,
  UiState,
  WorkspaceInfo,
  WorkspaceStats,
} from './types';

import { method } from './method';
import { NOTES_API } from './methods/notes';
import { SEARCH_API } from './methods/search';
import { VAULT_API } from './methods/vault';
import { PLANS_API } from './methods/plans';
import { TEMPLATES_API } from './methods/templates';
import { PACKAGES_API } from './methods/packages';
import { GRAPH_API } from './methods/graph';
import { NETWORK_API } from './methods/network';

const BASE_API = {
  'workspace.info': method<typeof empty, WorkspaceInfo>(empty),
  'workspace.stats': method<typeof empty, WorkspaceStats>(empty),
  'domains.list': method<typeof empty, Domain[]>(empty),
  'notes.list': method<z.ZodObject<{ domainId: z.ZodOptional<typeof id> }>, NoteSummary[]>(
    z.object({ domainId: id.optional() }).strict(),
  ),
  'notes.get': method<z.ZodObject<{ id: typeof id }>, Note>(z.object({ id }).strict()),
  'notes.create': method<z.ZodType<{ domainId: string; title: string; kind?: (typeof NOTE_KINDS)[number] }>, Note>(
    z.object({ domainId: id, title, kind: z.enum(NOTE_KINDS).optional() }).strict(),
  ),
  'notes.update': method<z.ZodType<{ id: string; title?: string; body?: string }>, Note>(
    z
      .object({ id, title: title.optional(), body: z.string().max(5_000_000, 'Note body is larger than 5 MB').optional() })
      .strict(),
  ),
  'members.list': method<typeof empty, Member[]>(empty),
  'ui.getState': method<typeof empty, UiState | null>(empty),
  'ui.setState': method<z.ZodType<{ state: UiState }>, null>(
    z
      .object({ state: z.record(z.string(), z.unknown()) })
      .strict()
      .refine((v) => JSON.stringify(v.state).length <= 256_000, 'UI state is larger than 256 kB'),
  ),
} as const;

/** Every method: the base set plus one group per feature area (each in src/common/api/methods/). */
export const API = { ...BASE_API, ...NOTES_API, ...SEARCH_API, ...VAULT_API, ...TEMPLATES_API, ...PLANS_API, ...PACKAGES_API, ...GRAPH_API, ...NETWORK_API } as const;

export type ApiMethod = keyof typeof API;
export type ApiInput<M extends ApiMethod> = z.input<(typeof API)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = Exclude<(typeof API)[M]['output'], undefined>;

export const API_METHODS = Object.keys(API) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(API, name);
}

/** Events pushed from the service layer to every connected UI. */
export interface ApiEvents {
  'notes.changed': { id: string; change: 'created' | 'updated' | 'renamed' | 'deleted' | 'restored' | 'purged' };
  'domains.changed': { id: string; change: 'created' | 'updated' | 'archived' };
  'plans.changed': { id: string; change: 'created' | 'updated' | 'deleted' };
  'templates.changed': { id: string; change: 'created' | 'updated' | 'deleted' };
  'workspace.changed': { reason: string };
  /** Sharing ties written outside notes: survey answers imported, an endorsement or comment added or removed. */
  'network.changed': { reason: 'survey' | 'endorsement'; noteId?: string };
  /** Progress of long work (imports, exports, index rebuilds); `done` and `total` in items. */
  'task.progress': { taskId: string; title: string; done: number; total: number; finished: boolean };
}
export type ApiEvent = keyof ApiEvents;
export const API_EVENTS: ApiEvent[] = ['notes.changed', 'domains.changed', 'plans.changed', 'templates.changed', 'workspace.changed', 'network.changed', 'task.progress'];

/** Server-side implementation of the contract: one async function per method. */
export type ApiHandlers = { [M in ApiMethod]: (input: z.output<(typeof API)[M]['input']>) => Promise<ApiOutput<M>> };

/** Client-side view of the contract, identical for every transport. */
export interface ApiClient {
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  on<E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}

/** Envelope for a call's answer on transports that serialise (IPC, HTTP). */
export type CallResult<T = unknown> = { ok: true; result: T } | { ok: false; error: { code: string; message: string } };
