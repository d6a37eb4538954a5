/**
 * The record of an install under way, kept in IndexedDB beside the parts it has written, so that
 * an install cut by the browser stopping the service worker resumes at its next start instead of
 * starting over or leaving its parts behind. Key ["install", sourceId] in the dictionary store.
 *
 * An install that keeps failing to finish (the worker killed again and again, or a pack that
 * vanished) is given up after MAX_ATTEMPTS starts or MAX_AGE_MS: its record is dropped and its
 * parts collected. The source it was updating never stopped answering from its old parts.
 */
import { del, get, keys, set, type UseStore } from 'idb-keyval';
import type { PartRef } from './store';

export interface PendingInstall {
  sourceId: string;
  /** The address the install started from (the user's, not a redirect's). */
  url: string;
  startedAt: number;
  /** How many times it was started, the first included. */
  attempts: number;
  /** Parts written so far, with their HTTP validators: a resumed install asks only whether they changed. */
  parts: PartRef[];
}

export const MAX_ATTEMPTS = 4;
export const MAX_AGE_MS = 24 * 60 * 60 * 1000;

type InstallKey = ['install', string];

function installKey(sourceId: string): InstallKey {
  return ['install', sourceId];
}

export class PendingInstalls {
  /** Updates of one record run one after the other (parts arrive from parallel downloads). */
  private writing = new Map<string, Promise<unknown>>();

  constructor(private readonly db: UseStore) {}

  get(sourceId: string): Promise<PendingInstall | undefined> {
    return get<PendingInstall>(installKey(sourceId), this.db);
  }

  async list(): Promise<PendingInstall[]> {
    const found: PendingInstall[] = [];
    for (const key of await keys(this.db)) {
      if (!Array.isArray(key) || key[0] !== 'install' || typeof key[1] !== 'string') continue;
      const record = await get<PendingInstall>(key, this.db);
      if (record) found.push(record);
    }
    return found;
  }

  /** Starts (or restarts) the record of an install; parts already recorded by an earlier start are kept. */
  begin(sourceId: string, url: string): Promise<PendingInstall> {
    return this.serial(sourceId, async () => {
      const earlier = await this.get(sourceId);
      const record: PendingInstall = earlier && earlier.url === url ? { ...earlier, attempts: earlier.attempts + 1 } : { sourceId, url, startedAt: Date.now(), attempts: 1, parts: [] };
      await set(installKey(sourceId), record, this.db);
      return record;
    });
  }

  addPart(sourceId: string, part: PartRef): Promise<void> {
    return this.serial(sourceId, async () => {
      const record = await this.get(sourceId);
      if (!record) return;
      record.parts = [...record.parts.filter((p) => p.url !== part.url), part];
      await set(installKey(sourceId), record, this.db);
    });
  }

  finish(sourceId: string): Promise<void> {
    return this.serial(sourceId, () => del(installKey(sourceId), this.db));
  }

  private serial<T>(sourceId: string, work: () => Promise<T>): Promise<T> {
    const run = (this.writing.get(sourceId) ?? Promise.resolve()).then(work, work);
    this.writing.set(
      sourceId,
      run.catch(() => undefined),
    );
    return run;
  }
}

/** Whether an interrupted install is still worth resuming. */
export function worthResuming(record: PendingInstall, now = Date.now()): boolean {
  return record.attempts < MAX_ATTEMPTS && now - record.startedAt < MAX_AGE_MS;
}
