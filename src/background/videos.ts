/**
 * Getting a sign video into the cache: fetched once (by the player's request, or ahead of need
 * when the reader's pointer starts to rest on a word), checked to be a video, stored. The
 * background only fetches videos of installed dictionaries: a page (through the content script)
 * can name keys to prefetch, never URLs.
 *
 * Every failure has a name the player shows: offline (nothing answers), missing (404), failed
 * (an error status, bytes that are no video, a body past MAX_VIDEO_BYTES, a redirect to an
 * address Signet does not read from). A video the cache cannot take (storage full) is played
 * from the network instead.
 */
import type { VideoLoadStatus } from '../common/messages';
import { packAddressProblem } from './address';
import { readAtMost, TooLarge } from './bounded-read';
import { describeMegabytes, describeSeconds } from './download';
import type { VideoCache } from './video-cache';
import { text } from './texts';

/**
 * A sign lasts seconds; a 480p WebM of one is well under 1 MB. Past this the body is not read
 * (counted as it arrives, whether the server says its length or not) and the video refused.
 */
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

/** Why a redirect's target cannot be used: the rule of a video's own address (https, or http on this computer). */
function finalAddressProblem(href: string): string | null {
  let target: URL;
  try {
    target = new URL(href);
  } catch {
    return text('bg_video_redirect_not_web');
  }
  const problem = packAddressProblem(target);
  return problem ? text('bg_video_redirect_refused', `${target.protocol}//${target.host}`) : null;
}

/** A refused video (too large, redirected elsewhere) is not asked for again before this: each try would cost up to MAX_VIDEO_BYTES. */
const REFUSAL_MEMORY_MS = 10 * 60_000;

export class VideoLoader {
  private readonly inFlight = new Map<string, Promise<VideoLoad>>();
  private readonly refused = new Map<string, { load: VideoLoad; until: number }>();

  constructor(private readonly options: VideoLoaderOptions) {}

  async load(url: string): Promise<VideoLoad> {
    if (!(await this.options.isKnown(url).catch(() => false))) {
      return { status: 'failed', detail: text('bg_video_unknown') };
    }
    try {
      if (await this.options.cache.has(url)) return { status: 'cached' };
    } catch {
      // Storage unavailable: still playable from the network.
      return { status: 'network' };
    }
    const refusal = this.refused.get(url);
    if (refusal && refusal.until > Date.now()) return refusal.load;
    this.refused.delete(url);
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

  private refuse(url: string, detail: string): VideoLoad {
    const load: VideoLoad = { status: 'failed', detail };
    this.refused.set(url, { load, until: Date.now() + REFUSAL_MEMORY_MS });
    return load;
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
        response = await (this.options.fetch ?? fetch)(url, {
          credentials: 'omit',
          // No Referer: the worker's URL tells the video host nothing it needs.
          referrerPolicy: 'no-referrer',
          // Redirects are followed by the browser (Commons' Special:FilePath redirects to
          // upload.wikimedia.org): with redirect: 'manual' a worker gets an opaque answer with no
          // Location to check or follow. What can be checked is where the video finally comes
          // from, before a byte of it is read: below.
          redirect: 'follow',
          signal: controller.signal,
        });
      } catch {
        return {
          status: 'offline',
          detail: timedOut ? text('bg_video_timeout', describeSeconds(timeoutMs)) : text('bg_video_unreachable'),
        };
      }
      const redirectProblem = response.redirected || (response.url && response.url !== url) ? finalAddressProblem(response.url) : null;
      if (redirectProblem) {
        controller.abort();
        return this.refuse(url, redirectProblem);
      }
      if (response.status === 404 || response.status === 410) return { status: 'missing', detail: `HTTP ${response.status}` };
      if (!response.ok) return { status: 'failed', detail: text('bg_video_http', response.status) };
      let bytes: Uint8Array;
      try {
        bytes = await readAtMost(response, maxBytes);
      } catch (error) {
        controller.abort();
        if (error instanceof TooLarge) return this.refuse(url, text('bg_video_too_large', describeMegabytes(maxBytes)));
        return { status: 'offline', detail: timedOut ? text('bg_video_slow') : text('bg_video_cut') };
      }
      if (!looksLikeVideo(bytes.subarray(0, 16))) return { status: 'failed', detail: text('bg_video_not_video') };
      const type = response.headers.get('Content-Type')?.split(';')[0]?.trim();
      const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: type?.startsWith('video/') ? type : 'video/webm' });
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
