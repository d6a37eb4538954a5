/**
 * The video cache's database, shared by the background (which fetches, stores and evicts) and
 * the player (which only reads a Blob and plays it): both are pages of the extension's origin,
 * so they open the same IndexedDB. Raw IndexedDB rather than idb-keyval, because the cache needs
 * two stores written in one transaction (the Blob and its size/last-use record) and an index to
 * find the least recently used videos without reading the Blobs.
 *
 *   "blobs"  url → Blob
 *   "meta"   { url, size, type, storedAt, lastUsed }, index "lastUsed"
 *   "config" key → value ("budget": bytes)
 */
export const VIDEO_DB = 'signet-videos';
const VERSION = 1;

export interface VideoMeta {
  url: string;
  size: number;
  type: string;
  storedAt: number;
  lastUsed: number;
}

export function openVideoDb(name = VIDEO_DB): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('blobs')) db.createObjectStore('blobs');
      if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'url' }).createIndex('lastUsed', 'lastUsed');
      if (!db.objectStoreNames.contains('config')) db.createObjectStore('config');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    // Another page holds an older version open: its holder closes it on versionchange
    // (background/video-cache.ts), so this only waits.
    request.onblocked = () => undefined;
  });
}

/** Runs one transaction and resolves with `work`'s result once it has committed. */
export function transaction<T>(db: IDBDatabase, stores: string[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => T | Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, mode);
    let result: T;
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    Promise.resolve(work(tx)).then(
      (value) => {
        result = value;
      },
      (error: unknown) => {
        reject(error);
        try {
          tx.abort();
        } catch {
          // Already finished.
        }
      },
    );
  });
}

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The stored Blob of a video, or undefined (never cached, or evicted since). */
export async function readVideoBlob(db: IDBDatabase, url: string): Promise<Blob | undefined> {
  return transaction(db, ['blobs'], 'readonly', (tx) => request(tx.objectStore('blobs').get(url) as IDBRequest<Blob | undefined>));
}
