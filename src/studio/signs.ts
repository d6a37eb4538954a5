/**
 * Saving, editing and deleting My signs in the contributor's database, then telling the
 * background, which rebuilds their dictionary sources and tells open tabs. The record and its
 * video are written in one transaction: a sign is never listed without its file.
 */
import { idbRequest, inTransaction, listMySigns } from '../common/my-signs-db';
import { send } from '../common/send';
import type { MySign, SignTags, SignVideoFacts } from '../core/studio/types';

export class StorageFullError extends Error {}

function signId(tags: SignTags): string {
  // Entry ids of packs: ASCII letters, digits, "." "_" "-"; the word (accents folded) helps a reader of pack.json.
  const word = (tags.forms[0] ?? 'sign')
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 40);
  return `${word || 'sign'}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296)
    .toString(36)
    .padStart(2, '0')}`;
}

/** Writes a new sign (or replaces `existing`'s tags, and its video when one is given). */
export async function saveSign(db: IDBDatabase, tags: SignTags, video: { blob: Blob; facts: SignVideoFacts } | null, existing?: MySign): Promise<MySign> {
  if (!video && !existing) throw new Error('A new sign needs its video.');
  const now = Date.now();
  const sign: MySign = {
    ...tags,
    id: existing?.id ?? signId(tags),
    video: video?.facts ?? existing!.video,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  if (sign.region === undefined) delete sign.region;
  if (sign.definition === undefined) delete sign.definition;
  try {
    await inTransaction(db, ['signs', 'videos'], 'readwrite', (tx) => {
      tx.objectStore('signs').put(sign, sign.id);
      if (video) tx.objectStore('videos').put(video.blob, sign.id);
    });
  } catch (error) {
    if ((error as DOMException)?.name === 'QuotaExceededError') throw new StorageFullError();
    throw error;
  }
  await announce();
  return sign;
}

export async function deleteSign(db: IDBDatabase, id: string): Promise<void> {
  await inTransaction(db, ['signs', 'videos'], 'readwrite', (tx) => {
    tx.objectStore('signs').delete(id);
    tx.objectStore('videos').delete(id);
  });
  await announce();
}

export async function listSigns(db: IDBDatabase): Promise<MySign[]> {
  return (await listMySigns(db)).sort((a, b) => b.updatedAt - a.updatedAt);
}

export function readSignVideo(db: IDBDatabase, id: string): Promise<Blob | undefined> {
  return inTransaction(db, ['videos'], 'readonly', (tx) => idbRequest(tx.objectStore('videos').get(id) as IDBRequest<Blob | undefined>));
}

/** The background rebuilds the dictionary; a failure there leaves the sign saved (the next sync picks it up). */
async function announce(): Promise<void> {
  await send('mySigns.sync', {}).catch((error: unknown) => console.warn('Signet: My signs could not be announced:', error));
}
