import type { Page } from 'puppeteer';
import { waitFor, type SignetBrowser } from './browser';

/** Chromium's fake camera: a moving test pattern, 640×480 at 20 frames a second, allowed without asking. */
export const FAKE_CAMERA_ARGS = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'];

/** Opens the studio (optionally on a word) and waits until the camera preview is live. */
export async function openStudio(signet: SignetBrowser, word?: string, waitForCamera = true): Promise<Page> {
  const page = await signet.browser.newPage();
  await page.goto(signet.extensionUrl(`src/studio/index.html${word ? `?word=${encodeURIComponent(word)}` : ''}`));
  await page.waitForSelector('.studio');
  if (waitForCamera) await page.waitForSelector('[data-testid="record"]:not([disabled])', { timeout: 20_000 });
  return page;
}

/** Chunks (one a second) the recorder has written to the database for the newest take. */
export function takeChunks(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('signet-my-signs');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('takes').objectStore('takes').getAll();
          request.onsuccess = () => {
            open.result.close();
            const takes = (request.result as Array<{ chunks: number; startedAt: number }>).sort((a, b) => b.startedAt - a.startedAt);
            resolve(takes[0]?.chunks ?? 0);
          };
        };
      }),
  );
}

/** Space from the page (focus on the page itself, as after loading), then waits for the recorder to have written `chunks` chunks, then Space again. */
export async function recordTake(page: Page, chunks = 3): Promise<void> {
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('[data-testid="stop"]') && document.querySelector('[data-testid="recording-status"]')?.textContent !== '', { timeout: 10_000 });
  await waitFor(async () => (await takeChunks(page)) >= chunks, 20_000, 100);
  await page.keyboard.press('Space');
  await page.waitForSelector('[data-testid="trim"][data-analysed="true"]', { timeout: 30_000 });
}

export interface SavedVideo {
  base64: string;
  type: string;
  /** What a <video> of the file reports once its metadata is read, and after seeking near its end. */
  elementDuration: number;
  decoded: { width: number; height: number; seekedTo: number };
}

/** A saved sign's video, read back from the contributor's database and played in a <video>. */
export async function readSavedVideo(page: Page, word: string): Promise<SavedVideo> {
  return page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('signet-my-signs');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const sign = (await all<{ id: string; forms: string[] }>('signs')).find((s) => s.forms.includes(wanted));
    if (!sign) throw new Error(`no saved sign for ${wanted}`);
    const blob = await new Promise<Blob>((resolve, reject) => {
      const request = db.transaction('videos').objectStore('videos').get(sign.id);
      request.onsuccess = () => resolve(request.result as Blob);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    const video = document.createElement('video');
    video.muted = true;
    video.src = URL.createObjectURL(blob);
    await new Promise((resolve, reject) => {
      video.onloadedmetadata = resolve;
      video.onerror = () => reject(new Error('the saved file does not decode'));
    });
    const elementDuration = video.duration;
    video.currentTime = Math.max(0, elementDuration - 0.1);
    await new Promise((resolve, reject) => {
      video.onseeked = resolve;
      video.onerror = () => reject(new Error('the saved file does not seek'));
    });
    const decoded = { width: video.videoWidth, height: video.videoHeight, seekedTo: video.currentTime };
    URL.revokeObjectURL(video.src);
    return { base64: btoa(binary), type: blob.type, elementDuration, decoded };
  }, word);
}

export interface SavedSign {
  id: string;
  forms: string[];
  signer: string;
  licence: string;
  region?: string;
  video: { sha256: string; duration: number; bytes: number };
}

/** The signs saved in the contributor's database, as records. */
export function savedSigns(page: Page): Promise<SavedSign[]> {
  return page.evaluate(
    () =>
      new Promise<SavedSign[]>((resolve, reject) => {
        const open = indexedDB.open('signet-my-signs');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('signs').objectStore('signs').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as SavedSign[]);
          };
        };
      }),
  );
}
