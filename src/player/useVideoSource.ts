import { useCallback, useEffect, useState } from 'preact/hooks';
import type { VideoLoadStatus } from '../common/messages';
import { send } from '../common/send';
import { openVideoDb, readVideoBlob } from '../common/video-db';
import { readMySignSource } from './my-sign-source';

/**
 * What the <video> plays for a video URL: its Blob from the cache (so it starts at once and plays
 * offline), fetched and stored first by the background when it is not there yet. The player
 * never fetches a video itself; when the background cannot store it, it plays the URL directly.
 */
export type VideoSource = { status: 'idle' | 'loading' } | { status: 'ready'; src: string; fromCache: boolean } | { status: Exclude<VideoLoadStatus, 'cached' | 'network'>; detail?: string };

/** A Blob URL is kept a little after the player moved on: the element may still be reading from it. */
const REVOKE_DELAY_MS = 30_000;

let database: Promise<IDBDatabase> | null = null;
function videoDb(): Promise<IDBDatabase> {
  database ??= openVideoDb().catch((error: unknown) => {
    database = null;
    throw error;
  });
  return database;
}

export async function resolveSource(url: string): Promise<VideoSource> {
  const mine = await readMySignSource(url);
  if (mine) return mine;
  let status: VideoLoadStatus;
  let detail: string | undefined;
  try {
    ({ status, detail } = await send('videos.load', { url }));
  } catch {
    // The background did not answer: the network may still serve the video.
    return { status: 'ready', src: url, fromCache: false };
  }
  if (status === 'network') return { status: 'ready', src: url, fromCache: false };
  if (status !== 'cached') return detail ? { status, detail } : { status };
  const blob = await readVideoBlob(await videoDb(), url).catch(() => undefined);
  // Evicted between the answer and this read (a full cache): play it from the network.
  if (!blob) return { status: 'ready', src: url, fromCache: false };
  return { status: 'ready', src: URL.createObjectURL(blob), fromCache: true };
}

export function useVideoSource(url: string | undefined): { source: VideoSource; retry: () => void; forget: () => void } {
  // Each source is kept with the URL it answers: for the render where the URL changes, before
  // the effect below runs, the previous word's video must not read as this word's (it kept
  // playing under the new word's title, and a keyboard request focused Pause over it).
  const [state, setState] = useState<{ url: string | undefined; source: VideoSource }>({ url: undefined, source: { status: 'idle' } });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!url) {
      setState({ url, source: { status: 'idle' } });
      return;
    }
    let current = true;
    let objectUrl: string | undefined;
    setState({ url, source: { status: 'loading' } });
    void resolveSource(url).then((next) => {
      if (next.status === 'ready' && next.fromCache) objectUrl = next.src;
      if (current) setState({ url, source: next });
      else if (objectUrl) URL.revokeObjectURL(objectUrl);
    });
    return () => {
      current = false;
      if (objectUrl) {
        const revoked = objectUrl;
        setTimeout(() => URL.revokeObjectURL(revoked), REVOKE_DELAY_MS);
      }
    };
  }, [url, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // A stored video that does not play is damaged: drop it, so that the next try fetches it again.
  const forget = useCallback(() => {
    if (url) void send('videos.drop', { url }).catch(() => undefined);
  }, [url]);
  const source: VideoSource = state.url === url ? state.source : { status: url ? 'loading' : 'idle' };
  return { source, retry, forget };
}
