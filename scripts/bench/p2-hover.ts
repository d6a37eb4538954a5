/**
 * P2, the hover: from the end of the hover-intent delay to the first frame of the sign's video.
 *
 * Start: the player's performance mark "signet:show", set when its content script's request for
 * a word arrives through their channel, sent when the intent timer fires (src/content/overlay.ts,
 * src/player/usePortRequest.ts). End: the first requestVideoFrameCallback of the
 * player's <video> after that, i.e. the first frame of the new video handed to the compositor.
 * Both are read in the player page itself (one clock), by code added to it before the hover.
 *
 * Each run uses a fresh browser profile, so "uncached" means uncached: the first play of a
 * video served from 127.0.0.1 in that profile. "Cached" is the same word again after the sign
 * was closed (whatever Signet keeps of a video it has played). Before the measured hover, the
 * player frame is loaded by a brief hover over another word (left before the intent delay ends,
 * so no sign opens): a first hover in a tab otherwise also pays for loading the player page.
 */
import type { Frame, Page } from 'puppeteer';
import { waitFor, type SignetBrowser } from '../../tests/e2e/support/browser';
import { sleep } from './stats';

/** Elix words of tests/fixtures/pages/fr-basic.html, each with its own real video. */
const WARM_WORD = 'clown';
const MEASURED_WORD = 'chapeau';
const AWAY = { x: 2, y: 2 };

export interface HoverSample {
  /** Request received by the player → first video frame callback, ms. */
  toFirstFrameMs: number;
  /** Request received by the player → the video's 'playing' event, ms (null if it came after the frame). */
  toPlayingMs: number | null;
  src: string;
}

export interface HoverRun {
  uncached: HoverSample;
  cached: HoverSample;
}

/** In the player page: one record per word handed over, with the times of its first frame. */
const PLAYER_HOOK = `(() => {
  if (window.__signetBenchHover) return;
  const records = [];
  window.__signetBenchHover = records;
  new PerformanceObserver((list) => {
    for (const mark of list.getEntries()) {
      if (mark.name !== 'signet:show') continue;
      const record = { at: mark.startTime, frameAt: null, playingAt: null, src: '' };
      records.push(record);
      const video = document.querySelector('video');
      const onFrame = (now) => {
        if (!video.currentSrc) return void video.requestVideoFrameCallback(onFrame);
        record.frameAt = now;
        record.src = video.currentSrc;
      };
      video.requestVideoFrameCallback(onFrame);
      video.addEventListener('playing', () => { record.playingAt ??= performance.now(); }, { once: true });
    }
  }).observe({ type: 'mark' });
})()`;

/** The screen point of the first mark whose text is `word`, scrolled into view. */
async function markPoint(page: Page, word: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((text) => {
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
      if (!name.startsWith('signet-word')) continue;
      for (const mark of highlight) {
        // Marks may be StaticRanges: measure them through a live Range.
        const range = document.createRange();
        range.setStart(mark.startContainer, mark.startOffset);
        range.setEnd(mark.endContainer, mark.endOffset);
        if (range.toString() !== text) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0]!;
        return { x: r.left + Math.min(r.width / 2, 12), y: r.top + r.height / 2 };
      }
    }
    return null;
  }, word);
  if (!point) throw new Error(`P2: "${word}" is not marked on the page`);
  return point;
}

function playerFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => f.url().includes('/src/player/index.html'));
}

async function hoverAndTime(page: Page, player: Frame, at: { x: number; y: number }): Promise<HoverSample> {
  const before = (await player.evaluate('window.__signetBenchHover.length')) as number;
  await page.mouse.move(AWAY.x, AWAY.y);
  await page.mouse.move(at.x, at.y);
  const record = await waitFor(
    () =>
      player.evaluate(`(() => { const r = window.__signetBenchHover[${before}]; return r && r.frameAt !== null ? r : null; })()`) as Promise<{
        at: number;
        frameAt: number;
        playingAt: number | null;
        src: string;
      } | null>,
    20_000,
    20,
  );
  return {
    toFirstFrameMs: record.frameAt - record.at,
    toPlayingMs: record.playingAt === null ? null : record.playingAt - record.at,
    src: decodeURIComponent(record.src),
  };
}

/** One run in `signet`, a browser whose profile has never played a sign. */
export async function measureHover(signet: SignetBrowser, pageUrl: string, waitScanned: (page: Page) => Promise<unknown>): Promise<HoverRun> {
  const page = await signet.browser.newPage();
  try {
    await page.goto(pageUrl, { waitUntil: 'load' });
    await waitScanned(page);
    // Load the player with no word: point at a word, leave before the intent delay ends.
    await page.mouse.move(AWAY.x, AWAY.y);
    const warm = await markPoint(page, WARM_WORD);
    await page.mouse.move(warm.x, warm.y);
    const player = await waitFor(() => playerFrame(page), 10_000, 10);
    await page.mouse.move(AWAY.x, AWAY.y);
    // Should the pointer have stayed long enough to open that sign after all, close it.
    await page.keyboard.press('Escape');
    await waitFor(() => player.evaluate(() => document.readyState === 'complete' && document.querySelector('video') !== null), 10_000);
    await sleep(300);
    await player.evaluate(PLAYER_HOOK);

    const target = await markPoint(page, MEASURED_WORD);
    const uncached = await hoverAndTime(page, player, target);
    await page.keyboard.press('Escape');
    await sleep(300);
    const cached = await hoverAndTime(page, player, target);
    await page.keyboard.press('Escape');
    return { uncached, cached };
  } finally {
    await page.close();
  }
}
