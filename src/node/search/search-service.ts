// The workspace search index: loads the persisted MiniSearch index (catching up from the change log) or rebuilds it, keeps it current, saves it.
import MiniSearch from 'minisearch';
import type { Database } from 'better-sqlite3';
import type { SearchResult, SearchStatus } from '../../common/api/methods/search';
import type { EventHub } from '../services/event-hub';
import { indexPath, INDEX_FORMAT, readIndexFile, writeIndexFile, writeIndexFileSync } from './index-file';
import { INDEX_OPTIONS } from './minisearch-options';
import { NoteSource } from './note-source';
import type { IndexDoc } from './note-source';
import { runQuery } from './run-query';
import { RowidMap } from './rowid-map';
import { TagIndex } from './tag-index';
import { storedNotes } from './stored-notes';

const REBUILD_BATCH = 500;
const SAVE_DEBOUNCE_MS = 2000;
/** Above this save time (ms) the index is large: saving stalls the service thread, so it is saved less often. */
const SLOW_SAVE_MS = 250;
/** Unsaved changes after which even a large index is saved (bounds the catch-up work at the next open). */
const MAX_UNSAVED_CHANGES = 500;
export const REBUILD_TASK_ID = 'search.rebuild';

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface SearchServiceDeps {
  db: Database;
  workspaceDir: string;
  events: EventHub;
}

export class SearchService {
  private readonly source: NoteSource;
  private readonly rowids: RowidMap;
  private readonly file: string;
  private mini: MiniSearch<IndexDoc> = new MiniSearch(INDEX_OPTIONS);
  private tags = new TagIndex();
  /** Change-log position the in-memory index reflects. */
  private seq = 0;
  private state: SearchStatus['state'] = 'building';
  private loadedFromDisk = false;
  private ready: Promise<void>;
  private building: Promise<void> | null = null;
  private dirty = false;
  private saveTimer: NodeJS.Timeout | null = null;
  private lastSaveMs = 0;
  private saving = false;
  private unsaved = 0;
  private closed = false;
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: SearchServiceDeps) {
    this.source = new NoteSource(deps.db);
    this.rowids = new RowidMap(deps.db);
    this.file = indexPath(deps.workspaceDir);
    this.unsubscribe = deps.events.subscribe((event) => {
      if (event === 'notes.changed' || event === 'domains.changed') this.syncSafely();
    });
    this.ready = this.open();
    this.ready.catch((err: unknown) => console.error('[copw] search index could not be opened:', err));
  }

  status(): SearchStatus {
    return { state: this.state, indexed: this.mini.documentCount, loadedFromDisk: this.loadedFromDisk };
  }

  /** Resolves when the index is usable (loaded or built). */
  whenReady(): Promise<void> {
    return this.ready;
  }

  async query(input: { q: string; offset: number; limit: number }): Promise<SearchResult> {
    // After the first load or build there is always an index: a later rebuild swaps in when done, queries go on meanwhile.
    await this.ready;
    this.sync();
    this.rowids.load();
    return runQuery({ mini: this.mini, tags: this.tags, db: this.deps.db, source: this.source, rowids: this.rowids }, input);
  }

  /** Rebuilds from the database (shares a rebuild already under way). */
  async rebuild(): Promise<SearchStatus> {
    await this.ready.catch(() => undefined);
    await this.startRebuild();
    return this.status();
  }

  /**
   * Stops listening and, for a small index, writes pending changes synchronously (the database closes right
   * after). For a large index a save already under way finishes on its own (the process waits for it), and
   * few pending changes are not re-serialised: the next open catches up from the change log instead.
   */
  close(): void {
    if (this.closed) return;
    this.unsubscribe();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const cheap = this.lastSaveMs <= SLOW_SAVE_MS || this.unsaved >= MAX_UNSAVED_CHANGES;
    // A small index is written now even if a background save is under way, so a reopen in this process finds it.
    if (this.saving && cheap) this.dirty = true;
    if (this.dirty && cheap && this.state === 'ready' && !this.building) {
      try {
        writeIndexFileSync(this.file, this.fingerprint(), JSON.stringify(this.mini));
        this.source.prune(this.seq);
        this.dirty = false;
        this.unsaved = 0;
      } catch (err) {
        console.error('[copw] could not save the search index:', err);
      }
    }
    this.closed = true;
  }

  private async open(): Promise<void> {
    if (this.closed) return;
    if (await this.tryLoad()) {
      this.loadedFromDisk = true;
      this.state = 'ready';
      return;
    }
    if (!this.closed) await this.startRebuild();
  }

  /** Loads the saved index when it matches the database or can catch up cheaply; false means rebuild. */
  private async tryLoad(): Promise<boolean> {
    const saved = readIndexFile(this.file);
    if (!saved) return false;
    const dbSeq = this.source.seq();
    const { fingerprint } = saved;
    if (fingerprint.seq > dbSeq) return false;
    const changed = this.source.changedSince(fingerprint.seq, dbSeq);
    if (changed === null || changed.length > Math.max(1000, fingerprint.docCount * 0.2)) return false;
    let mini: MiniSearch<IndexDoc>;
    try {
      mini = await MiniSearch.loadJSONAsync<IndexDoc>(saved.indexJson, INDEX_OPTIONS);
    } catch {
      return false;
    }
    if (this.closed || mini.documentCount !== fingerprint.docCount) return false;
    this.mini = mini;
    this.tags = tagsFromStoredFields(mini);
    this.seq = fingerprint.seq;
    // Until the first save is timed, estimate the serialisation time from the file size (~20 MB/s).
    this.lastSaveMs = saved.indexJson.length / 20_000;
    this.apply(changed);
    this.seq = dbSeq;
    if (this.mini.documentCount !== this.source.liveCount()) return false;
    if (changed.length) this.markDirty(changed.length);
    return true;
  }

  private startRebuild(): Promise<void> {
    this.building ??= this.buildAll().finally(() => {
      this.building = null;
    });
    return this.building;
  }

  private async buildAll(): Promise<void> {
    if (this.closed) return;
    this.state = 'building';
    this.loadedFromDisk = false;
    const { events } = this.deps;
    const total = this.source.liveCount();
    const startSeq = this.source.seq();
    const mini = new MiniSearch<IndexDoc>(INDEX_OPTIONS);
    const tags = new TagIndex();
    let after = 0;
    let done = 0;
    events.emit('task.progress', { taskId: REBUILD_TASK_ID, title: 'Indexing notes for search', done, total, finished: false });
    for (;;) {
      if (this.closed) return;
      const { docs, lastRowid } = this.source.batch(after, REBUILD_BATCH);
      if (docs.length === 0) break;
      mini.addAll(docs);
      for (const doc of docs) tags.set(doc.id, doc.tags);
      after = lastRowid;
      done += docs.length;
      events.emit('task.progress', { taskId: REBUILD_TASK_ID, title: 'Indexing notes for search', done, total, finished: false });
      await nextTick();
    }
    if (this.closed) return;
    this.mini = mini;
    this.tags = tags;
    this.seq = startSeq;
    const changed = this.source.changedSince(startSeq, this.source.seq()) ?? [];
    this.apply(changed);
    this.seq = this.source.seq();
    this.state = 'ready';
    events.emit('task.progress', { taskId: REBUILD_TASK_ID, title: 'Indexing notes for search', done, total, finished: true });
    this.dirty = true;
    void this.save();
  }

  /** Applies every change logged since the index's position (other processes' writes included). */
  private sync(): void {
    if (this.closed || this.state !== 'ready' || this.building) return;
    const now = this.source.seq();
    if (now === this.seq) return;
    const changed = this.source.changedSince(this.seq, now);
    if (changed === null) {
      void this.startRebuild();
      return;
    }
    this.apply(changed);
    this.seq = now;
    this.markDirty(changed.length);
  }

  private syncSafely(): void {
    try {
      this.sync();
    } catch (err) {
      console.error('[copw] search index update failed:', err);
    }
  }

  private apply(ids: string[]): void {
    this.rowids.update(ids);
    for (const id of ids) {
      const doc = this.source.get(id);
      const present = this.mini.has(id);
      if (doc) {
        if (present) this.mini.replace(doc);
        else this.mini.add(doc);
        this.tags.set(id, doc.tags);
      } else {
        if (present) this.mini.discard(id);
        this.tags.remove(id);
      }
    }
  }

  private fingerprint() {
    return { format: INDEX_FORMAT, seq: this.seq, docCount: this.mini.documentCount };
  }

  /**
   * Schedules a save 2 s after the last change. A large index (slow to serialise, which blocks the service
   * thread) is instead saved on close, or once many changes are pending: until then the change log lets the
   * next open catch up from the saved copy, so nothing is lost even after a crash.
   */
  private markDirty(changes: number): void {
    this.dirty = true;
    this.unsaved += changes;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (this.lastSaveMs > SLOW_SAVE_MS && this.unsaved < MAX_UNSAVED_CHANGES) return;
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DEBOUNCE_MS);
    this.saveTimer.unref?.();
  }

  private async save(): Promise<void> {
    if (this.closed || !this.dirty || this.state !== 'ready') return;
    this.saveTimer = null;
    const fp = this.fingerprint();
    this.dirty = false;
    this.unsaved = 0;
    this.saving = true;
    try {
      const started = performance.now();
      const json = JSON.stringify(this.mini);
      this.lastSaveMs = performance.now() - started;
      await writeIndexFile(this.file, fp, json);
      if (!this.closed) this.source.prune(fp.seq);
    } catch (err) {
      this.dirty = true;
      // After close the synchronous flush has written the file; a late failure of this background write is moot.
      if (!this.closed) console.error('[copw] could not save the search index:', err);
    } finally {
      this.saving = false;
    }
  }
}

/** The tag side rebuilt from the loaded index's stored fields (tags are stored, lower-cased, for filtering). */
function tagsFromStoredFields(mini: MiniSearch<IndexDoc>): TagIndex {
  const tags = new TagIndex();
  for (const f of storedNotes(mini)) if (f.tags.length) tags.set(f.id, f.tags);
  return tags;
}
