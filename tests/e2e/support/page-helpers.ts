import type { Frame, Page } from 'puppeteer';
import { waitFor } from './browser';

/** The highlighted ranges' texts, read back from CSS.highlights as a user's page holds them. */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('signet-word');
    if (!highlight) return [];
    // Marks are StaticRanges (src/content/run-index.ts): read each through a live Range.
    const ranges = [...(highlight as unknown as Set<AbstractRange>)].map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live;
    });
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });
}

/** Waits until the highlight count has stopped changing (the scan is sliced and asynchronous). */
export async function waitForStableHighlights(page: Page, minimum = 1, quietMs = 600): Promise<string[]> {
  let last = -1;
  let since = Date.now();
  return waitFor(async () => {
    const count = await page.evaluate(() => CSS.highlights.get('signet-word')?.size ?? 0);
    if (count !== last) {
      last = count;
      since = Date.now();
      return null;
    }
    if (count >= minimum && Date.now() - since >= quietMs) return highlightedTexts(page);
    return null;
  }, 20_000);
}

export interface WordBox {
  x: number;
  y: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The box of the n-th occurrence of `text` in the page's visible text, found like a reader's
 * eye would (text nodes, not markup), scrolled into view. `text` may span inline elements.
 */
export async function locateText(page: Page, text: string, occurrence = 0): Promise<WordBox> {
  const box = await page.evaluate(
    (needle, nth) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = '';
      const starts: number[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        starts.push(all.length);
        nodes.push(n as Text);
        all += (n as Text).data;
      }
      let at = -1;
      for (let i = 0; i <= nth; i++) {
        at = all.indexOf(needle, at + 1);
        if (at < 0) return null;
      }
      // No named inner functions here: the demo runs under tsx, whose name-keeping wrapper
      // (__name) does not exist inside the page this function is sent to.
      let a = starts.length - 1;
      while (a > 0 && starts[a]! > at) a--;
      let b = starts.length - 1;
      while (b > 0 && starts[b]! > at + needle.length - 1) b--;
      const range = document.createRange();
      range.setStart(nodes[a]!, at - starts[a]!);
      range.setEnd(nodes[b]!, at + needle.length - starts[b]!);
      (nodes[a]!.parentElement ?? document.body).scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return { x: r.left + Math.min(r.width / 2, 12), y: r.top + r.height / 2, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    },
    text,
    occurrence,
  );
  if (!box) throw new Error(`"${text}" (#${occurrence}) is not on the page`);
  return box;
}

/** The player frame showing `key`, once it exists. */
export function playerFrame(page: Page, key: string): Promise<Frame> {
  const shows = (frame: Frame) => {
    const url = new URL(frame.url());
    return url.pathname.endsWith('/src/player/index.html') && new URLSearchParams(url.hash.slice(1)).getAll('k').includes(key);
  };
  return waitFor(() => page.frames().find(shows) ?? null, 10_000);
}

export interface VideoState {
  currentTime: number;
  paused: boolean;
  videoWidth: number;
  videoHeight: number;
  src: string;
}

export function videoState(frame: Frame): Promise<VideoState | null> {
  return frame.evaluate(() => {
    const v = document.querySelector('video');
    // The player plays a Blob URL of the cached video; data-src names the video it is.
    return v && { currentTime: v.currentTime, paused: v.paused, videoWidth: v.videoWidth, videoHeight: v.videoHeight, src: v.dataset.src || v.currentSrc };
  });
}

/** Waits until the frame's video has really advanced (it plays, not just loads). */
export async function waitForPlayback(frame: Frame, minSeconds = 0.3): Promise<VideoState> {
  return waitFor(async () => {
    const state = await videoState(frame);
    return state && !state.paused && state.currentTime >= minSeconds ? state : null;
  }, 15_000);
}
