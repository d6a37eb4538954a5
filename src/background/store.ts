/**
 * Persistence of installed dictionaries in IndexedDB (through idb-keyval, in a store of its own).
 *
 * Layout of the object store "dictionary" in the database "signet":
 *   "sources"                       → StoredSource[]: every installed source, in install order
 *   ["part", sourceId, partId]      → StoredEntry[]:  the entries of one part (a shard, or a whole pack.json)
 *   ["install", sourceId]           → PendingInstall: an install under way (see install-state.ts)
 *   ["index", sourceId]             → IndexRecord: the keys of the source's parts, for lookups (source-index.ts)
 *   ["config", name]                → small settings of the background (Lingua Libre endpoints…)
 *
 * A source record lists the parts that answer for it (its generation). Parts are named by their
 * content (a hash of the bytes and of the address they resolve against), so an update whose
 * shard did not change names the same part and neither downloads nor writes it again. An install
 * or update never touches the parts in use: new parts are written beside them, then the source
 * record is switched to the new list in one transaction, and only then are the parts no longer
 * listed deleted. If the worker is stopped before the switch, the old record still lists the old,
 * complete parts; the parts already written wait for the install to resume (install-state.ts) or
 * are collected.
 */
import { createStore, del, delMany, get, getMany, keys, set, update, type UseStore } from 'idb-keyval';
import type { SourceKind, SourceSummary, VideoView } from '../common/messages';
import type { IndexRecord } from './source-index';

/** An entry as stored: video URLs are already absolute and checked, unknown fields dropped. */
export interface StoredEntry {
  id: string;
  forms: string[];
  definition?: string;
  videos: VideoView[];
  definitionVideos?: VideoView[];
}

/** One part of a source's entries, as its record lists it. */
export interface PartRef {
  /** Content address: stays the same as long as the bytes and the base address do. */
  id: string;
  /** Where the part was read from: a shard's URL, pack.json's, or the query's. */
  url: string;
  entries: number;
  /** SHA-256 of the bytes read, lower-case hex. */
  sha256: string;
  /** HTTP validators of those bytes, for a conditional request at the next update. */
  etag?: string;
  lastModified?: string;
}

export interface StoredSource {
  summary: SourceSummary;
  kind: SourceKind;
  /** The final URL pack.json was read from (after redirects): the base of its relative URLs. */
  packUrl: string;
  homepage?: string;
  /** Disabled sources stay installed but answer no lookups. */
  enabled: boolean;
  /** Changes with every switch: a reader that sees another one knows it read across an update. */
  generation: string;
  parts: PartRef[];
  /** HTTP validators of pack.json (or of the query's answer), for conditional update checks. */
  etag?: string;
  lastModified?: string;
  /** The last update check, and what went wrong then (cleared by a good one). */
  checkedAt?: number;
  lastError?: string;
  /** Records of a live source that could not be used (Lingua Libre). */
  skipped?: number;
  /**
   * A new version downloaded and stored but not answering: it removes more than half of the
   * entries, so it waits for the reader to confirm it in the options page (held parts are kept).
   */
  heldUpdate?: HeldUpdate;
}

export interface HeldUpdate {
  source: NewSource;
  parts: PartRef[];
  heldAt: number;
}

/** A source to write, before the store has given it a generation and kept its enabled flag. */
export type NewSource = Omit<StoredSource, 'generation' | 'enabled' | 'parts' | 'kind' | 'heldUpdate'> & { kind?: SourceKind };

/** Fields an update check changes without changing what the source answers. */
export type SourceStatus = Pick<StoredSource, 'checkedAt' | 'lastError' | 'etag' | 'lastModified'>;

const SOURCES_KEY = 'sources';
type PartKey = ['part', string, string];

function partKey(sourceId: string, partId: string): PartKey {
  return ['part', sourceId, partId];
}

function isPartKey(key: IDBValidKey): key is PartKey {
  return Array.isArray(key) && key.length === 3 && key[0] === 'part';
}

function newGenerationId(): string {
  return `${Date.now().toString(36)}-${crypto.randomUUID()}`;
}

/** What changed in what the dictionary answers, for the tabs that show its marks. */
export interface SourceChange {
  summary: SourceSummary;
  kind: 'added' | 'updated' | 'enabled' | 'disabled' | 'removed';
}

/** What a switch writes: replace an installed source or add one, or only replace one that is still installed. */
export type SwitchMode = 'upsert' | 'update';

export class SourceStore {
  readonly db: UseStore;
  /** Writes run one at a time, so two installs cannot interleave their read-modify-write steps. */
  private writing: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(change: SourceChange) => void>();

  /** `databaseName` exists for tests, which use one database each. */
  constructor(databaseName = 'signet') {
    this.db = createStore(databaseName, 'dictionary');
  }

  /** Called after every change of what the dictionary answers (install, update, removal, enabling). */
  onChange(listener: (change: SourceChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async listSources(): Promise<StoredSource[]> {
    return (await get<StoredSource[]>(SOURCES_KEY, this.db)) ?? [];
  }

  async getSource(id: string): Promise<StoredSource | undefined> {
    return (await this.listSources()).find((source) => source.summary.id === id);
  }

  /** The entries of a source's current parts; undefined if one of them is gone (switched meanwhile). */
  async readEntries(source: Pick<StoredSource, 'summary' | 'parts'>): Promise<StoredEntry[] | undefined> {
    if (source.parts.length === 0) return [];
    const parts = await getMany<StoredEntry[] | undefined>(
      source.parts.map((part) => partKey(source.summary.id, part.id)),
      this.db,
    );
    if (parts.some((part) => part === undefined)) return undefined;
    return parts.length === 1 ? parts[0]! : (parts as StoredEntry[][]).flat();
  }

  /**
   * The index records of these sources, in one read (a worker start reads nothing else before its
   * first answer); undefined where none is stored. Whether one matches its source's parts is the
   * reader's check (source-index.ts isUsableRecord).
   */
  readIndexes(sourceIds: readonly string[]): Promise<unknown[]> {
    if (sourceIds.length === 0) return Promise.resolve([]);
    return getMany<unknown>(
      sourceIds.map((id) => ['index', id]),
      this.db,
    );
  }

  /** Keeps the index record of a source's current parts (built once from its entries). */
  async putIndex(sourceId: string, record: IndexRecord): Promise<void> {
    await set(['index', sourceId], record, this.db);
  }

  /** Ids of the parts stored for a source, listed or not (an install resuming skips those it has). */
  async storedPartIds(sourceId: string): Promise<Set<string>> {
    const ids = new Set<string>();
    for (const key of await keys(this.db)) if (isPartKey(key) && key[1] === sourceId) ids.add(key[2]);
    return ids;
  }

  /** Writes one part beside those in use; nothing answers from it until a switch lists it. */
  async putPart(sourceId: string, partId: string, entries: StoredEntry[]): Promise<void> {
    await set(partKey(sourceId, partId), entries, this.db);
  }

  /**
   * Makes `parts` (all already written) the parts of the source, in one transaction, then
   * deletes the parts no longer listed, except those in `keep` (an install still using them).
   * A replaced source keeps its enabled flag and its place in the list. In "update" mode a
   * source removed meanwhile is not brought back: null, and the parts are deleted.
   */
  switchSource(source: NewSource, parts: PartRef[], mode: SwitchMode = 'upsert', keep: Iterable<string> = []): Promise<StoredSource | null> {
    return this.exclusive(async () => {
      const id = source.summary.id;
      let installed: StoredSource | null = null;
      let replaced = false;
      await update<StoredSource[]>(
        SOURCES_KEY,
        (list = []) => {
          const previous = list.find((s) => s.summary.id === id);
          replaced = previous !== undefined;
          if (!previous && mode === 'update') return list;
          const { kind, ...rest } = source;
          installed = { ...rest, kind: kind ?? previous?.kind ?? 'pack', enabled: previous?.enabled ?? true, generation: newGenerationId(), parts };
          return previous ? list.map((s) => (s === previous ? installed! : s)) : [...list, installed];
        },
        this.db,
      );
      await this.collectParts(id, installed ? [...(installed as StoredSource).parts.map((p) => p.id), ...keep] : [...keep]);
      if (installed) this.notify({ summary: (installed as StoredSource).summary, kind: replaced ? 'updated' : 'added' });
      return installed;
    });
  }

  /** Installs or replaces a source whose entries are one part (a small pack, tests). */
  async putSource(source: NewSource, entries: StoredEntry[], partId: string = newGenerationId()): Promise<StoredSource> {
    await this.putPart(source.summary.id, partId, entries);
    const part: PartRef = { id: partId, url: source.packUrl, entries: entries.length, sha256: '' };
    try {
      return (await this.switchSource(source, [part]))!;
    } catch (error) {
      // The switch did not happen: the new part is garbage, the old ones still answer.
      await del(partKey(source.summary.id, partId), this.db).catch(() => undefined);
      throw error;
    }
  }

  /** Records the outcome of an update check; what the source answers does not change. */
  setStatus(id: string, status: Partial<SourceStatus> & { skipped?: number }): Promise<boolean> {
    return this.exclusive(() =>
      this.patchSource(id, (s) => {
        const next: StoredSource = { ...s, ...status };
        if (status.lastError === undefined && 'lastError' in status) delete next.lastError;
        return next;
      }),
    );
  }

  /**
   * Keeps a downloaded version (its parts already written) beside the one that answers, until
   * confirmUpdate or dropHeldUpdate; false when no source has this id.
   */
  holdUpdate(id: string, source: NewSource, parts: PartRef[]): Promise<boolean> {
    return this.exclusive(async () => {
      let answering: PartRef[] = [];
      const found = await this.patchSource(id, (s) => {
        answering = s.parts;
        return { ...s, heldUpdate: { source, parts, heldAt: Date.now() } };
      });
      // A version held before this one is replaced: its parts go, unless the new one shares them.
      if (found)
        await this.collectParts(
          id,
          [...answering, ...parts].map((part) => part.id),
        );
      return found;
    });
  }

  /** Makes the held version the one that answers; null when there is none (or the source is gone). */
  async confirmUpdate(id: string): Promise<StoredSource | null> {
    const held = (await this.getSource(id))?.heldUpdate;
    if (!held) return null;
    return this.switchSource(held.source, held.parts, 'update');
  }

  /** Forgets the held version and deletes its parts; false when there was none. */
  dropHeldUpdate(id: string): Promise<boolean> {
    return this.exclusive(async () => {
      let dropped = false;
      const found = await this.patchSource(id, (s) => {
        dropped = s.heldUpdate !== undefined;
        const { heldUpdate: _held, ...rest } = s;
        return rest;
      });
      const source = found ? await this.getSource(id) : undefined;
      await this.collectParts(id, source?.parts.map((part) => part.id) ?? []);
      return dropped;
    });
  }

  /** Removes a source, its parts and any install of it under way; false when no source has this id. */
  removeSource(id: string): Promise<boolean> {
    return this.exclusive(async () => {
      let removed: StoredSource | undefined;
      await update<StoredSource[]>(
        SOURCES_KEY,
        (list = []) => {
          removed = list.find((s) => s.summary.id === id);
          return list.filter((s) => s !== removed);
        },
        this.db,
      );
      await del(['install', id], this.db).catch(() => undefined);
      await del(['index', id], this.db).catch(() => undefined);
      await this.collectParts(id, []);
      if (!removed) return false;
      this.notify({ summary: removed.summary, kind: 'removed' });
      return true;
    });
  }

  /** Turns a source on or off without uninstalling it; false when no source has this id. */
  setEnabled(id: string, enabled: boolean): Promise<boolean> {
    return this.exclusive(async () => {
      let summary: SourceSummary | undefined;
      const found = await this.patchSource(id, (s) => {
        summary = s.summary;
        return { ...s, enabled };
      });
      if (summary) this.notify({ summary, kind: enabled ? 'enabled' : 'disabled' });
      return found;
    });
  }

  /**
   * Deletes the parts of a source that its record does not list, as answering or held (all of
   * them when it has no record): left by an install that failed, or that a stopped worker left and that was then
   * given up. Call it only when no install of that source runs, or its new parts would go.
   */
  collectUnlisted(sourceId: string): Promise<void> {
    return this.exclusive(async () => {
      const source = await this.getSource(sourceId);
      await this.collectParts(
        sourceId,
        [...(source?.parts ?? []), ...(source?.heldUpdate?.parts ?? [])].map((part) => part.id),
      );
    });
  }

  /** Small records of the background's own (never entries). */
  getConfig<T>(name: string): Promise<T | undefined> {
    return get<T>(['config', name], this.db);
  }

  setConfig(name: string, value: unknown): Promise<void> {
    return value === undefined ? del(['config', name], this.db) : set(['config', name], value, this.db);
  }

  /** Deletes the parts of one source except `keep`. A leftover wastes space but harms nothing: the next collection takes it. */
  private async collectParts(sourceId: string, keep: Iterable<string>): Promise<void> {
    const kept = new Set(keep);
    const stale = (await keys(this.db)).filter((key) => isPartKey(key) && key[1] === sourceId && !kept.has(key[2]));
    if (stale.length > 0) await delMany(stale, this.db).catch(() => undefined);
  }

  /** Rewrites one source's record in the list, in one write; false when no source has this id. Call inside exclusive(). */
  private async patchSource(id: string, patch: (source: StoredSource) => StoredSource): Promise<boolean> {
    let found = false;
    await update<StoredSource[]>(
      SOURCES_KEY,
      (list = []) =>
        list.map((s) => {
          if (s.summary.id !== id) return s;
          found = true;
          return patch(s);
        }),
      this.db,
    );
    return found;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writing.then(work, work);
    this.writing = run.catch(() => undefined);
    return run;
  }

  private notify(change: SourceChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
