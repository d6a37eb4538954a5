/**
 * Persistence of installed dictionaries in IndexedDB (through idb-keyval, in a store of its own).
 *
 * Layout of the object store "dictionary" in the database "signet":
 *   "sources"                          → StoredSource[]: every installed source, in install order
 *   ["entries", sourceId, generation]  → StoredEntry[]:  the entries of one generation of a source
 *
 * A source record names the generation that answers for it. An install or update never touches
 * the generation in use: the new entries are written under a fresh generation id, then the source
 * record is switched to it in one transaction, and only then is the old generation deleted. If
 * the worker is stopped or a write fails at any point before the switch, the old record still
 * names the old, complete generation; an unreferenced generation left behind is collected by the
 * next write.
 */
import { createStore, del, delMany, get, keys, set, update, type UseStore } from 'idb-keyval';
import type { SourceSummary, VideoView } from '../common/messages';

/** An entry as stored: video URLs are already absolute and checked, unknown fields dropped. */
export interface StoredEntry {
  id: string;
  forms: string[];
  definition?: string;
  videos: VideoView[];
}

export interface StoredSource {
  summary: SourceSummary;
  /** The final URL pack.json was read from (after redirects): the base of its relative video URLs. */
  packUrl: string;
  homepage?: string;
  /** Disabled sources stay installed but answer no lookups. */
  enabled: boolean;
  /** Which generation of entries answers for this source. */
  generation: string;
}

/** A source to write, before the store has given it a generation. */
export type NewSource = Omit<StoredSource, 'generation' | 'enabled'>;

const SOURCES_KEY = 'sources';
const ENTRIES_PREFIX = 'entries';

type EntriesKey = [typeof ENTRIES_PREFIX, string, string];

function entriesKey(sourceId: string, generation: string): EntriesKey {
  return [ENTRIES_PREFIX, sourceId, generation];
}

function isEntriesKey(key: IDBValidKey): key is EntriesKey {
  return Array.isArray(key) && key.length === 3 && key[0] === ENTRIES_PREFIX;
}

function newGenerationId(): string {
  return `${Date.now().toString(36)}-${crypto.randomUUID()}`;
}

export class SourceStore {
  private readonly db: UseStore;
  /** Writes run one at a time, so two installs cannot interleave their read-modify-write steps. */
  private writing: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();

  /** `databaseName` exists for tests, which use one database each. */
  constructor(databaseName = 'signet') {
    this.db = createStore(databaseName, 'dictionary');
  }

  /** Called after every change of what the dictionary answers (install, update, removal, enabling). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async listSources(): Promise<StoredSource[]> {
    return (await get<StoredSource[]>(SOURCES_KEY, this.db)) ?? [];
  }

  /** The entries of a source's current generation; undefined if that generation is gone (switched meanwhile). */
  async readEntries(source: Pick<StoredSource, 'summary' | 'generation'>): Promise<StoredEntry[] | undefined> {
    return get<StoredEntry[]>(entriesKey(source.summary.id, source.generation), this.db);
  }

  /**
   * Installs a source, or replaces the installed source with the same id (an update, which keeps
   * its enabled flag and its place in the list). The previous generation answers until the switch.
   */
  putSource(source: NewSource, entries: StoredEntry[]): Promise<StoredSource> {
    return this.exclusive(async () => {
      await this.collectOrphans();
      const id = source.summary.id;
      const generation = newGenerationId();
      await set(entriesKey(id, generation), entries, this.db);

      let previous: StoredSource | undefined;
      let installed: StoredSource | undefined;
      try {
        await update<StoredSource[]>(
          SOURCES_KEY,
          (list = []) => {
            previous = list.find((s) => s.summary.id === id);
            installed = { ...source, enabled: previous?.enabled ?? true, generation };
            return previous ? list.map((s) => (s === previous ? installed! : s)) : [...list, installed];
          },
          this.db,
        );
      } catch (error) {
        // The switch did not happen: the new generation is garbage, the old one still answers.
        await del(entriesKey(id, generation), this.db).catch(() => undefined);
        throw error;
      }
      if (previous) await this.deleteQuietly(entriesKey(id, previous.generation));
      this.notify();
      return installed!;
    });
  }

  /** Removes a source and its entries; false when no source has this id. */
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
      if (!removed) return false;
      await this.deleteQuietly(entriesKey(id, removed.generation));
      this.notify();
      return true;
    });
  }

  /** Turns a source on or off without uninstalling it; false when no source has this id. */
  setEnabled(id: string, enabled: boolean): Promise<boolean> {
    return this.exclusive(async () => {
      let found = false;
      await update<StoredSource[]>(
        SOURCES_KEY,
        (list = []) =>
          list.map((s) => {
            if (s.summary.id !== id) return s;
            found = true;
            return { ...s, enabled };
          }),
        this.db,
      );
      if (found) this.notify();
      return found;
    });
  }

  /** Deletes generations that no source record names (left by a worker stopped mid-install). */
  private async collectOrphans(): Promise<void> {
    const inUse = new Set((await this.listSources()).map((s) => JSON.stringify(entriesKey(s.summary.id, s.generation))));
    const orphans = (await keys(this.db)).filter((key) => isEntriesKey(key) && !inUse.has(JSON.stringify(key)));
    if (orphans.length > 0) await delMany(orphans, this.db);
  }

  /** A leftover generation wastes space but harms nothing, and the next write collects it. */
  private async deleteQuietly(key: EntriesKey): Promise<void> {
    await del(key, this.db).catch(() => undefined);
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writing.then(work, work);
    this.writing = run.catch(() => undefined);
    return run;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
