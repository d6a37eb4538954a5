/**
 * Writes a pack as a .zip with fflate's streaming Zip: videos are stored as they are (already
 * compressed), pack.json is deflated. Each video is read from the database, pushed and dropped
 * before the next is read, so a pack of 500 signs is held once (as the zip's chunks), not twice.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { ExportPlan } from '../core/studio/export-pack';
import { readSignVideo } from './signs';

export async function zipPack(db: IDBDatabase, plan: ExportPlan, onProgress: (done: number) => void): Promise<Blob> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  let finished!: () => void;
  const done = new Promise<void>((resolve) => (finished = resolve));
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else chunks.push(chunk);
    if (final || error) finished();
  });
  const json = new ZipDeflate('pack.json', { level: 6 });
  zip.add(json);
  json.push(new TextEncoder().encode(JSON.stringify(plan.pack, null, 2) + '\n'), true);
  let count = 0;
  for (const file of plan.files) {
    const blob = await readSignVideo(db, file.signId);
    if (!blob) throw new Error(`the video of ${file.signId} is missing`);
    const entry = new ZipPassThrough(file.path);
    zip.add(entry);
    entry.push(new Uint8Array(await blob.arrayBuffer()), true);
    onProgress(++count);
    if (failure) throw failure;
  }
  zip.end();
  await done;
  if (failure) throw failure;
  return new Blob(chunks as Uint8Array<ArrayBuffer>[], { type: 'application/zip' });
}
