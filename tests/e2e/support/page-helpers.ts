import type { Frame, Page } from 'puppeteer';
import { waitFor } from './browser';

/**
 * The marked words' texts, in page order, as a reader sees them scrolling from top to bottom:
 * Signet paints only the marks near the viewport (src/content/highlighter.ts), so the page is
 * scrolled one screen at a time and the marks painted at each stop are read from CSS.highlights.
 * The scroll position is restored afterwards. With `context`, each text comes with that many
 * characters before it, as "…before[mark]", so that a wrong match shows where it is. The tab is
 * brought to the front first: a hidden tab renders nothing, so nothing is painted in it.
 */
export async function highlightedTexts(page: Page, context = 0): Promise<string[]> {
  await page.bringToFront();
  return page.evaluate(async (contextChars) => {
    const startX = scrollX;
    const startY = scrollY;
    const seen = new Map<Node, Map<number, Range>>();
    const height = Math.max(1, innerHeight);
    const bottom = Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0);
    for (let y = 0; ; y += height) {
      scrollTo(0, y);
      // Four frames for the painting observer to report. No named inner functions here: tsx's
      // name-keeping wrapper (__name, used by the demo) does not exist inside the page.
      for (let frame = 0; frame < 4; frame++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const highlight = CSS.highlights.get('signet-word') as unknown as Set<AbstractRange> | undefined;
      for (const r of highlight ?? []) {
        let byOffset = seen.get(r.startContainer);
        if (!byOffset) seen.set(r.startContainer, (byOffset = new Map()));
        if (byOffset.has(r.startOffset)) continue;
        // Marks are StaticRanges (src/content/run-index.ts): read each through a live Range.
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        byOffset.set(r.startOffset, live);
      }
      if (y + height >= bottom) break;
    }
    scrollTo(startX, startY);
    for (let frame = 0; frame < 2; frame++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const ranges = [...seen.values()].flatMap((byOffset) => [...byOffset.values()]);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    if (contextChars === 0) return ranges.map((r) => r.toString());
    return ranges.map((r) => `${(r.startContainer as Text).data.slice(0, r.startOffset).slice(-contextChars)}[${r.toString()}]`);
  }, context);
}

/**
 * Waits until the page's marks have stopped changing (the scan is sliced and asynchronous), read
 * top to bottom as highlightedTexts does, and returns their texts.
 */
export async function waitForStableHighlights(page: Page, minimum = 1, quietMs = 600): Promise<string[]> {
  let last = -1;
  let since = Date.now();
  return waitFor(
    async () => {
      const texts = await highlightedTexts(page);
      if (texts.length !== last) {
        last = texts.length;
        since = Date.now();
        return null;
      }
      if (texts.length >= minimum && Date.now() - since >= quietMs) return texts;
      return null;
    },
    20_000,
    100,
  );
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

/** Signet's player frames on the page (the overlay's, and any other frame of the player page). */
export function playerFrames(page: Page): Frame[] {
  return page.frames().filter((frame) => frame.url().includes('/src/player/index.html'));
}

/** The word a player frame shows, as the reader reads it: its heading, or "" when it has none yet. */
export async function shownWord(frame: Frame): Promise<string> {
  return frame.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '').catch(() => '');
}

/** The first player frame whose heading reads `key` (the entry's word), if any. */
export async function frameShowing(page: Page, key: string): Promise<Frame | null> {
  const wanted = key.normalize('NFC').toLowerCase();
  for (const frame of playerFrames(page)) {
    if ((await shownWord(frame)).normalize('NFC').toLowerCase() === wanted) return frame;
  }
  return null;
}

/** The player frame showing `key`, once it does: what the reader sees in it, not how it was asked. */
export function playerFrame(page: Page, key: string): Promise<Frame> {
  return waitFor(() => frameShowing(page, key), 10_000);
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

/**
 * Points at the `occurrence`-th "text" of the page as a reader does, from a corner of the page,
 * and waits until the sign of `key` plays; returns its player. The tab is brought to the front
 * first: a background tab gets no animation frames, which the hover intent uses.
 */
export async function hoverAndPlay(page: Page, text: string, key = text, occurrence = 0): Promise<Frame> {
  await page.bringToFront();
  await page.mouse.move(5, 5);
  const word = await locateText(page, text, occurrence);
  await page.mouse.move(word.x, word.y);
  const frame = await playerFrame(page, key);
  await waitForPlayback(frame);
  return frame;
}

/** The marks painted right now, without scrolling: what the page holds at this moment. */
export function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...((CSS.highlights.get('signet-word') as unknown as Set<AbstractRange> | undefined) ?? [])].map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    }),
  );
}

/** Pixels of the marks' teal (#0f8b8d) in a screenshot of a box of the page (and 6 px below it, where the underline is). */
export async function tealPixelsIn(page: Page, box: { left: number; top: number; right: number; bottom: number }): Promise<number> {
  const png = await page.screenshot({ encoding: 'base64', clip: { x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top + 6 } });
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let teal = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 120 && pixels[i + 1]! > pixels[i]! + 40 && pixels[i + 2]! > pixels[i]! + 40) teal++;
    return teal;
  }, png as string);
}

/** The box of "chapeau" in the element `id` of fr-placement.html (a word at each edge of the viewport), and its centre. */
export function placementWordBox(page: Page, id: string) {
  return page.evaluate((where) => {
    const node = document.getElementById(where)!.firstChild as Text;
    const at = node.data.indexOf('chapeau');
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 'chapeau'.length);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }, id);
}
