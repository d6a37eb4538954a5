/**
 * Getting a sign video into the cache: fetched once (by the player's request, or ahead of need
 * when the reader's pointer starts to rest on a word), checked to be a video, stored. The
 * background only fetches videos of installed dictionaries: a page (through the content script)
 * can name keys to prefetch, never URLs.
 *
 * Every failure has a name the player shows: offline (nothing answers), missing (404), failed
 * (an error status, or bytes that are no video). A video the cache cannot take (storage full,
 * too large) is played from the network instead.
 */
import type { VideoLoadStatus } from '../common/messages';
import type { VideoCache } from './video-cache';

/** A sign lasts seconds; a 480p WebM of one is well under 1 MB. Past this, play without storing. */
export const MAX_VIDEO_BYTES = 50 * 1024 * 1024;
/** A sign of 300 kB arrives in 6 s even at 400 kbit/s; past 15 s the reader is better told. */
export const VIDEO_TIMEOUT_MS = 15_000;

export interface VideoLoad {
  status: VideoLoadStatus;
  detail?: string;
}

export interface VideoLoaderOptions {
  cache: VideoCache;
  /** Whether an installed, enabled dictionary has this video. */
  isKnown: (url: string) => Promise<boolean>;
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
}

const EBML = [0x1a, 0x45, 0xdf, 0xa3];
const ISO_BOXES = new Set(['ftyp', 'styp', 'moov', 'mdat', 'free', 'skip', 'wide']);

/** A WebM/Matroska or MP4 file starts like one; an HTML error page or a truncated transfer does not. */
export function looksLikeVideo(head: Uint8Array): boolean {
  if (EBML.every((byte, i) => head[i] === byte)) return true;
  return head.length >= 8 && ISO_BOXES.has(String.fromCharCode(...head.subarray(4, 8)));
}

export class VideoLoader {
  private readonly inFlight = new Map<string, Promise<VideoLoad>>();

  constructor(private readonly options: VideoLoaderOptions) {}

  async load(url: string): Promise<VideoLoad> {
    if (!(await this.options.isKnown(url).catch(() => false))) {
      return { status: 'failed', detail: 'This video is not part of an installed dictionary.' };
    }
    try {
      if (await this.options.cache.has(url)) return { status: 'cached' };
    } catch {
      // Storage unavailable: still playable from the network.
      return { status: 'network' };
    }
    let loading = this.inFlight.get(url);
    if (!loading) {
      loading = this.fetchAndStore(url).finally(() => this.inFlight.delete(url));
      this.inFlight.set(url, loading);
    }
    return loading;
  }

  /** Starts a load and forgets it: a prefetch that fails costs nothing, the player will say why. */
  prefetch(url: string): void {
    void this.load(url).catch(() => undefined);
  }

  private async fetchAndStore(url: string): Promise<VideoLoad> {
    // The browser knows it has no network: say so at once rather than after a failed connection.
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return { status: 'offline' };
    const timeoutMs = this.options.timeoutMs ?? VIDEO_TIMEOUT_MS;
    const maxBytes = this.options.maxBytes ?? MAX_VIDEO_BYTES;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      let response: Response;
      try {
        response = await (this.options.fetch ?? fetch)(url, { credentials: 'omit', signal: controller.signal });
      } catch {
        return {
          status: 'offline',
          detail: timedOut ? `The video’s server did not answer within ${Math.round(timeoutMs / 1000)} s.` : 'The video’s server cannot be reached.',
        };
      }
      if (response.status === 404 || response.status === 410) return { status: 'missing', detail: `HTTP ${response.status}` };
      if (!response.ok) return { status: 'failed', detail: `The video’s server answered HTTP ${response.status}.` };
      if (Number(response.headers.get('Content-Length')) > maxBytes) {
        controller.abort();
        return { status: 'network' };
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await response.arrayBuffer());
      } catch {
        return { status: 'offline', detail: timedOut ? 'The video took too long to arrive.' : 'The connection was cut while the video was arriving.' };
      }
      if (bytes.length > maxBytes) return { status: 'network' };
      if (!looksLikeVideo(bytes.subarray(0, 16))) return { status: 'failed', detail: 'The file at this address is not a video, or it is damaged.' };
      const type = response.headers.get('Content-Type')?.split(';')[0]?.trim();
      const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: type && type.startsWith('video/') ? type : 'video/webm' });
      try {
        await this.options.cache.put(url, blob);
      } catch {
        return { status: 'network' };
      }
      return { status: 'cached' };
    } finally {
      clearTimeout(timer);
    }
  }
}
