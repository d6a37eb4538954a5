/**
 * The contributor's own database, shared by the studio (which records and saves), the background
 * (which turns saved signs into the "My signs" dictionary) and the player (which plays a saved
 * sign's Blob): all are pages of the extension's origin, so they open the same IndexedDB.
 *
 *   "takes"   id → TakeRecord: a recording, finished or not (what the studio offers back)
 *   "chunks"  [takeId, seq] → Blob: the recorder's data, written as it arrives (one a second)
 *   "signs"   id → MySign: a saved sign's tags and its video's facts (no Blob: cheap to list)
 *   "videos"  id → Blob: a saved sign's video file
 *   "wanted"  [lang, word] → WantedWord: words readers asked for that had no sign
 *   "prefs"   name → value: camera, signer name, settings of the studio
 *   "packs"   id → FilePack: a pack installed from a .zip file ("Install from a file")
 *   "packFiles" [packId, path] → Blob: that pack's videos, byte for byte
 *
 * Chunks are their own records, each written in its own transaction the moment MediaRecorder
 * hands it over, so a tab closed mid-take loses at most the last timeslice.
 */
import type { PackV1 } from '../core/pack/types';
import type { MySign, WantedWord } from '../core/studio/types';

/** A pack installed from a file: its validated pack.json and the paths of its videos in "packFiles". */
export interface FilePack {
  pack: PackV1;
  installedAt: number;
  /** Each video URL of pack.json → the path its file was stored under. */
  files: Record<string, string>;
}

export const MY_SIGNS_DB = 'signet-my-signs';
const VERSION = 2;
const STORES = ['takes', 'chunks', 'signs', 'videos', 'wanted', 'prefs', 'packs', 'packFiles'] as const;
export type MySignsStore = (typeof STORES)[number];

export interface TakeRecord {
  id: string;
  /** The word being recorded when the take started (may be empty). */
  word: string;
  mimeType: string;
  startedAt: number;
  /** Set when the recorder stopped cleanly; a take without it was cut short (tab closed, crash). */
  endedAt?: number;
  /** Chunks written so far. */
  chunks: number;
  bytes: number;
  width?: number;
  height?: number;
}

export function openMySignsDb(name = MY_SIGNS_DB): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const store of STORES) if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer version opened elsewhere (an update of the extension): let it proceed.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => undefined;
  });
}

/** Runs `work` in one transaction; resolves with its result once the transaction has committed. */
export function inTransaction<T>(db: IDBDatabase, stores: MySignsStore[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => T | Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, mode, { durability: 'strict' });
    let result: T;
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    const fail = (error: unknown) => {
      reject(error);
      try {
        tx.abort();
      } catch {
        // Already finished.
      }
    };
    // A write that throws at once (a full disk's QuotaExceededError) must abort the writes made
    // before it in the same transaction, or a sign would be listed without its video.
    let work$: T | Promise<T>;
    try {
      work$ = work(tx);
    } catch (error) {
      fail(error);
      return;
    }
    Promise.resolve(work$).then((value) => (result = value), fail);
  });
}

export function idbRequest<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export function getAll<T>(db: IDBDatabase, store: MySignsStore): Promise<T[]> {
  return inTransaction(db, [store], 'readonly', (tx) => idbRequest(tx.objectStore(store).getAll() as IDBRequest<T[]>));
}

export function getOne<T>(db: IDBDatabase, store: MySignsStore, key: IDBValidKey): Promise<T | undefined> {
  return inTransaction(db, [store], 'readonly', (tx) => idbRequest(tx.objectStore(store).get(key) as IDBRequest<T | undefined>));
}

export function putOne(db: IDBDatabase, store: MySignsStore, key: IDBValidKey, value: unknown): Promise<void> {
  return inTransaction(db, [store], 'readwrite', (tx) => void tx.objectStore(store).put(value, key));
}

/** The saved signs' records (no video Blob). */
export function listMySigns(db: IDBDatabase): Promise<MySign[]> {
  return getAll<MySign>(db, 'signs');
}

export function readMySignVideo(db: IDBDatabase, id: string): Promise<Blob | undefined> {
  return getOne<Blob>(db, 'videos', id);
}

export function listWanted(db: IDBDatabase): Promise<WantedWord[]> {
  return getAll<WantedWord>(db, 'wanted');
}

/** The address a saved sign's video has in the dictionary: an extension URL no file answers, read from "videos" by id. */
export const MY_SIGN_PATH = 'my-signs/';

export function mySignVideoUrl(extensionBaseUrl: string, id: string): string {
  return `${extensionBaseUrl}${MY_SIGN_PATH}${encodeURIComponent(id)}`;
}

/** The address of a video of a pack installed from a file. */
export function filePackVideoUrl(extensionBaseUrl: string, packId: string, path: string): string {
  return `${extensionBaseUrl}${MY_SIGN_PATH}file/${encodeURIComponent(packId)}/${encodeURIComponent(path)}`;
}

/** [packId, path] of a file pack's video address (an id read by mySignIdOf starting "file/"). */
export function filePackKeyOf(id: string): [string, string] | null {
  const match = /^file\/([^/]+)\/(.+)$/.exec(id);
  if (!match) return null;
  try {
    return [decodeURIComponent(match[1]!), decodeURIComponent(match[2]!)];
  } catch {
    return null;
  }
}

/** The sign id of a My signs video address, or null when the address is not one. */
export function mySignIdOf(extensionBaseUrl: string, url: string): string | null {
  const prefix = extensionBaseUrl + MY_SIGN_PATH;
  if (!url.startsWith(prefix)) return null;
  try {
    const rest = url.slice(prefix.length);
    // A file pack's address keeps its two encoded parts for filePackKeyOf.
    return rest.startsWith('file/') ? rest : decodeURIComponent(rest);
  } catch {
    return null;
  }
}
