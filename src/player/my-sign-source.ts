import browser from 'webextension-polyfill';
import { filePackKeyOf, getOne, mySignIdOf, openMySignsDb, readMySignVideo } from '../common/my-signs-db';
import type { VideoSource } from './useVideoSource';

/**
 * A sign of My signs plays from the contributor's own database (the studio saved it there), never
 * from the network or the video cache, whose budget must not evict a contributor's recording.
 * Null when the address is not one of My signs.
 */
export async function readMySignSource(url: string): Promise<VideoSource | null> {
  const id = mySignIdOf(browser.runtime.getURL(''), url);
  if (id === null) return null;
  let db: IDBDatabase | undefined;
  try {
    db = await openMySignsDb();
    const fileKey = filePackKeyOf(id);
    const blob = fileKey ? await getOne<Blob>(db, 'packFiles', fileKey) : await readMySignVideo(db, id);
    if (!blob) return { status: 'missing', detail: 'This sign was deleted from My signs.' };
    return { status: 'ready', src: URL.createObjectURL(blob), fromCache: true };
  } catch {
    return { status: 'failed', detail: 'Signet could not read My signs from the browser’s storage.' };
  } finally {
    db?.close();
  }
}
