/**
 * Sign videos kept on this computer: each video fetched once is stored as a Blob and played from
 * there (at once, and offline). The cache stays under a size budget (500 MB unless the reader
 * chose another): past it, the videos played least recently go first. Only the background writes
 * here; the player reads (src/common/video-db.ts).
 */
import type { CacheStats } from '../common/messages';
import { openVideoDb, request, transaction, VIDEO_DB, type VideoMeta } from '../common/video-db';

export const DEFAULT_BUDGET = 500 * 1024 * 1024;
/** The reader may choose from 50 MB to 20 GB. */
export const MIN_BUDGET = 50 * 1024 * 1024;
export const MAX_BUDGET = 20 * 1024 * 1024 * 1024;
/** Writing "last used" on every play would cost a write per hover: once a minute per video is enough for LRU. */
const TOUCH_INTERVAL_MS = 60_000;

export class VideoCache {
  private db: Promise<IDBDatabase> | null = null;

  constructor(private readonly name = VIDEO_DB) {}

  private open(): Promise<IDBDatabase> {
    if (!this.db) {
      const opening = openVideoDb(this.name);
      this.db = opening;
      opening.then(
        (db) => {
          // Deleted or upgraded elsewhere: open afresh next time.
          db.onversionchange = () => {
            db.close();
            this.db = null;
          };
        },
        () => {
          if (this.db === opening) this.db = null;
        },
      );
    }
    return this.db;
  }

  /** Whether a video is stored; a hit counts as a use (for eviction). */
  async has(url: string): Promise<boolean> {
    const db = await this.open();
    const now = Date.now();
    return transaction(db, ['meta'], 'readwrite', async (tx) => {
      const store = tx.objectStore('meta');
      const meta = (await request(store.get(url))) as VideoMeta | undefined;
      if (!meta) return false;
      if (now - meta.lastUsed > TOUCH_INTERVAL_MS) store.put({ ...meta, lastUsed: now });
      return true;
    });
  }

  async get(url: string): Promise<Blob | undefined> {
    const db = await this.open();
    return transaction(db, ['blobs'], 'readonly', (tx) => request(tx.objectStore('blobs').get(url) as IDBRequest<Blob | undefined>));
  }

  /** Stores a video (Blob and record in one transaction), then evicts down to the budget. */
  async put(url: string, blob: Blob): Promise<void> {
    const db = await this.open();
    const now = Date.now();
    const meta: VideoMeta = { url, size: blob.size, type: blob.type, storedAt: now, lastUsed: now };
    await transaction(db, ['blobs', 'meta'], 'readwrite', (tx) => {
      tx.objectStore('blobs').put(blob, url);
      tx.objectStore('meta').put(meta);
    });
    await this.evict(url);
  }

  async delete(url: string): Promise<boolean> {
    const db = await this.open();
    return transaction(db, ['blobs', 'meta'], 'readwrite', async (tx) => {
      const known = (await request(tx.objectStore('meta').count(url))) > 0;
      tx.objectStore('blobs').delete(url);
      tx.objectStore('meta').delete(url);
      return known;
    });
  }

  async stats(): Promise<CacheStats> {
    const db = await this.open();
    return transaction(db, ['meta', 'config'], 'readonly', async (tx) => {
      const all = (await request(tx.objectStore('meta').getAll())) as VideoMeta[];
      const budget = ((await request(tx.objectStore('config').get('budget'))) as number | undefined) ?? DEFAULT_BUDGET;
      return { bytes: all.reduce((sum, meta) => sum + meta.size, 0), count: all.length, budget };
    });
  }

  async setBudget(bytes: number): Promise<CacheStats> {
    const budget = Math.round(Math.min(MAX_BUDGET, Math.max(MIN_BUDGET, bytes)));
    const db = await this.open();
    await transaction(db, ['config'], 'readwrite', (tx) => {
      tx.objectStore('config').put(budget, 'budget');
    });
    await this.evict();
    return this.stats();
  }

  async clear(): Promise<CacheStats> {
    const db = await this.open();
    await transaction(db, ['blobs', 'meta'], 'readwrite', (tx) => {
      tx.objectStore('blobs').clear();
      tx.objectStore('meta').clear();
    });
    return this.stats();
  }

  /** Deletes the least recently used videos until the total fits the budget; `keep` (just stored) goes last. */
  private async evict(keep?: string): Promise<void> {
    const db = await this.open();
    await transaction(db, ['blobs', 'meta', 'config'], 'readwrite', async (tx) => {
      const meta = tx.objectStore('meta');
      const budget = ((await request(tx.objectStore('config').get('budget'))) as number | undefined) ?? DEFAULT_BUDGET;
      const all = (await request(meta.index('lastUsed').getAll())) as VideoMeta[];
      let total = all.reduce((sum, item) => sum + item.size, 0);
      for (const item of all) {
        if (total <= budget) break;
        if (item.url === keep) continue;
        tx.objectStore('blobs').delete(item.url);
        meta.delete(item.url);
        total -= item.size;
      }
    });
  }
}
