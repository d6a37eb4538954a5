/**
 * Takes as they are recorded: every chunk MediaRecorder hands over (one a second) is written at
 * once, with the take's record updated in the same transaction, so the database always holds a
 * playable prefix of the take. A take whose record has no `endedAt` was cut short (tab closed,
 * browser crashed) and is offered back at the next visit.
 */
import { idbRequest, inTransaction, type TakeRecord } from '../common/my-signs-db';

export type { TakeRecord };

export class TakeStore {
  constructor(private readonly db: IDBDatabase) {}

  async begin(word: string, mimeType: string, size?: { width: number; height: number }): Promise<TakeRecord> {
    const take: TakeRecord = { id: `take-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}`, word, mimeType, startedAt: Date.now(), chunks: 0, bytes: 0, ...size };
    await inTransaction(this.db, ['takes'], 'readwrite', (tx) => void tx.objectStore('takes').put(take, take.id));
    return take;
  }

  /** Writes chunk number `take.chunks` and counts it; the record and the chunk commit together. */
  async append(take: TakeRecord, chunk: Blob): Promise<TakeRecord> {
    const next: TakeRecord = { ...take, chunks: take.chunks + 1, bytes: take.bytes + chunk.size };
    await inTransaction(this.db, ['takes', 'chunks'], 'readwrite', (tx) => {
      tx.objectStore('chunks').put(chunk, [take.id, take.chunks]);
      tx.objectStore('takes').put(next, take.id);
    });
    return next;
  }

  async finish(take: TakeRecord): Promise<TakeRecord> {
    const done: TakeRecord = { ...take, endedAt: Date.now() };
    await inTransaction(this.db, ['takes'], 'readwrite', (tx) => void tx.objectStore('takes').put(done, take.id));
    return done;
  }

  /** Every take kept, newest first. */
  async list(): Promise<TakeRecord[]> {
    const takes = await inTransaction(this.db, ['takes'], 'readonly', (tx) => idbRequest(tx.objectStore('takes').getAll() as IDBRequest<TakeRecord[]>));
    return takes.sort((a, b) => b.startedAt - a.startedAt);
  }

  /** The take's data as one file: its chunks in order (the recorder's header is in the first). */
  async blobOf(take: TakeRecord): Promise<Blob> {
    const range = IDBKeyRange.bound([take.id, 0], [take.id, Number.MAX_SAFE_INTEGER]);
    const chunks = await inTransaction(this.db, ['chunks'], 'readonly', (tx) => idbRequest(tx.objectStore('chunks').getAll(range) as IDBRequest<Blob[]>));
    return new Blob(chunks, { type: take.mimeType.split(';')[0] });
  }

  async discard(takeId: string): Promise<void> {
    await inTransaction(this.db, ['takes', 'chunks'], 'readwrite', (tx) => {
      tx.objectStore('chunks').delete(IDBKeyRange.bound([takeId, 0], [takeId, Number.MAX_SAFE_INTEGER]));
      tx.objectStore('takes').delete(takeId);
    });
  }
}
