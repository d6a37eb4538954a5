/**
 * "Install from a file": a pack .zip (as Signet's studio exports it) read in the options page.
 * Checked like a pack from the web (validatePack), then each video: present in the archive,
 * relative, under 200 MB, a WebM or MP4 by its bytes. Only then are pack.json and the videos
 * stored (one transaction), and the background makes them a source. Nothing is half installed.
 */
import { inTransaction, openMySignsDb, type FilePack } from '../common/my-signs-db';
import { packFolder, unzipBytesAsync } from '../common/pack-archive';
import { readMediaInfo } from '../core/pack/media-info';
import { isSharded } from '../core/pack/types';
import { validatePack } from '../core/pack/validate';

export const MAX_PACK_FILE_BYTES = 2 * 1024 * 1024 * 1024;
const MAX_VIDEO_BYTES = 200 * 1024 * 1024;

export class PackFileError extends Error {}

/** Reads, checks and stores a pack file; returns its id for 'sources.installFile'. */
export async function storePackFile(file: File): Promise<string> {
  if (file.size > MAX_PACK_FILE_BYTES) throw new PackFileError('too-large');
  const files = await unzipBytesAsync(new Uint8Array(await file.arrayBuffer())).catch(() => {
    throw new PackFileError('not-zip');
  });
  const folder = packFolder(Object.keys(files));
  if (folder === null) throw new PackFileError('not-pack');
  const top = `${folder}pack.json`;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(files[top]));
  } catch {
    throw new PackFileError('not-pack');
  }
  const { pack, problems } = validatePack(json);
  if (!pack) throw new PackFileError(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  if (isSharded(pack)) throw new PackFileError('sharded');
  const paths: Record<string, string> = {};
  const videos: Array<[string, Blob]> = [];
  for (const entry of pack.entries) {
    for (const video of entry.videos) {
      let path: string;
      try {
        path = decodeURIComponent(new URL(video.url, 'https://pack.invalid/').pathname.slice(1));
      } catch {
        throw new PackFileError(`${video.url}: not a file of the archive`);
      }
      const bytes = /^[a-z][a-z0-9+.-]*:/i.test(video.url) ? undefined : files[folder + path];
      if (!bytes) throw new PackFileError(`${video.url}: not in the archive`);
      if (bytes.length > MAX_VIDEO_BYTES) throw new PackFileError(`${video.url}: larger than 200 MB`);
      if (!readMediaInfo(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).info && !readMediaInfo(bytes).info) throw new PackFileError(`${video.url}: not a video`);
      if (!(video.url in paths)) videos.push([path, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: video.type.split(';')[0] })]);
      paths[video.url] = path;
    }
  }
  const record: FilePack = { pack, installedAt: Date.now(), files: paths };
  const db = await openMySignsDb();
  try {
    await inTransaction(db, ['packs', 'packFiles'], 'readwrite', (tx) => {
      const store = tx.objectStore('packFiles');
      store.delete(IDBKeyRange.bound([pack.id, ''], [pack.id, '\uffff']));
      for (const [path, blob] of videos) store.put(blob, [pack.id, path]);
      tx.objectStore('packs').put(record, pack.id);
    });
  } finally {
    db.close();
  }
  return pack.id;
}
