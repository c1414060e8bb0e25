// Implementation of every contract method on top of the workspace stores.
import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../common/api/contract';
import { createNotesHandlers } from './handlers/notes-handlers';
import { createSearchHandlers } from './handlers/search-handlers';
import { createVaultHandlers } from './handlers/vault-handlers';
import { createTemplatesHandlers } from './handlers/templates-handlers';
import { createPlansHandlers } from './handlers/plans-handlers';
import { createKeysHandlers } from './handlers/keys-handlers';
import { createPackageExportHandlers } from './handlers/package-export-handlers';
import { createPackageImportHandlers } from './handlers/package-import-handlers';
import { createSiteHandlers } from './handlers/site-handlers';
import { createPackageTransferHandlers } from './handlers/package-transfer-handlers';
import { createGraphHandlers } from './handlers/graph-handlers';
import { createNetworkHandlers } from './handlers/network-handlers';
import { StagingArea } from '../packages/staging-area';
import { AppError } from '../../common/errors';
import { DomainStore } from '../store/domain-store';
import { MemberStore } from '../store/member-store';
import { MetaStore } from '../store/meta-store';
import { NoteStore } from '../store/note-store';
import type { Clock } from '../store/clock';
import type { EventHub } from './event-hub';

export interface HandlerContext {
  db: Database;
  workspaceDir: string;
  appVersion: string;
  clock: Clock;
  events: EventHub;
  /** Registers cleanup to run when the services close (e.g. flushing a persisted index). */
  onClose(fn: () => void): void;
}

/** Handlers of every method: the base set here plus one group per feature area (services/handlers/). */
export function createApiHandlers(ctx: HandlerContext): ApiHandlers {
  const staging = new StagingArea();
  ctx.onClose(() => staging.dispose());
  return {
    ...createBaseHandlers(ctx),
    ...createNotesHandlers(ctx),
    ...createSearchHandlers(ctx),
    ...createVaultHandlers(ctx),
    ...createTemplatesHandlers(ctx),
    ...createPlansHandlers(ctx),
    ...createKeysHandlers(ctx, staging),
    ...createPackageExportHandlers(ctx, staging),
    ...createPackageImportHandlers(ctx, staging),
    ...createPackageTransferHandlers(ctx, staging),
    ...createSiteHandlers(ctx, staging),
    ...createGraphHandlers(ctx),
    ...createNetworkHandlers(ctx),
  };
}

function createBaseHandlers(ctx: HandlerContext) {
  const { db, events } = ctx;
  const meta = new MetaStore(db);
  const domains = new DomainStore(db);
  const members = new MemberStore(db);
  const notes = new NoteStore(db);
  const now = () => ctx.clock().toISOString();

  return {
    async 'workspace.info'() {
      return {
        name: meta.get('name') ?? 'Workspace',
        description: meta.get('description') ?? '',
        path: ctx.workspaceDir,
        schemaVersion: db.pragma('user_version', { simple: true }) as number,
        appVersion: ctx.appVersion,
      };
    },
    async 'workspace.stats'() {
      return meta.stats();
    },
    async 'domains.list'() {
      return domains.list();
    },
    async 'notes.list'({ domainId }) {
      return notes.list(domainId);
    },
    async 'notes.get'({ id }) {
      return notes.get(id);
    },
    async 'notes.create'({ domainId, title, kind }) {
      if (!domains.exists(domainId)) throw new AppError('NOT_FOUND', `No domain with id ${domainId}`);
      const stamp = now();
      const id = db.transaction(() => {
        const newId = notes.insert({ title, domainId, kind: kind ?? 'practice', stage: 'identify', body: '', createdAt: stamp, updatedAt: stamp });
        notes.resolvePending(newId);
        return newId;
      })();
      events.emit('notes.changed', { id, change: 'created' });
      return notes.get(id);
    },
    // notes.update lives in handlers/notes-handlers.ts (versions, rename semantics for title changes).
    async 'members.list'() {
      return members.list();
    },
    async 'ui.getState'() {
      return meta.getUiState();
    },
    async 'ui.setState'({ state }) {
      meta.setUiState(state);
      return null;
    },
  } satisfies Partial<ApiHandlers>;
}
