/**
 * P9, phrase mode: the gap between the last frame of one sign and the first frame of the next,
 * as the reader sees it, over a phrase of eight signs in a row (tests/fixtures/pages/fr-phrase.html,
 * #signs: seven hand-overs).
 *
 * In the player page, every frame each <video> hands to the compositor is recorded with
 * requestVideoFrameCallback (the time it is presented, and which sign it belongs to); a gap is
 * the first frame of the next sign minus the last frame of the sign before. The phrase plays
 * twice: first as it comes (each next video fetched from 127.0.0.1 while the current one plays),
 * then replayed (everything already cached).
 */
import type { Frame, Page } from 'puppeteer';
import { waitFor, type SignetBrowser } from '../../tests/e2e/support/browser';

const PHRASE_SELECTOR = '#signs';
const SIGNS = 8;

export interface PhraseRun {
  /** ms between the last frame of sign i and the first frame of sign i + 1. */
  firstPlayGapsMs: number[];
  replayGapsMs: number[];
}

/** Installed in the player as soon as its two phrase <video> elements exist. */
const PLAYER_HOOK = `(() => {
  if (window.__signetBenchPhrase) return true;
  const videos = document.querySelectorAll('video[data-slot]');
  if (videos.length < 2) return false;
  const frames = [];
  window.__signetBenchPhrase = frames;
  for (const video of videos) {
    const onFrame = (now) => {
      // Only what the reader sees: the element waiting with the next sign is invisible, yet
      // Chromium calls it back for the first frame it decodes there.
      if (video.dataset.src && !video.hidden && !video.classList.contains('standby')) frames.push({ at: now, src: video.dataset.src });
      video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
  }
  return true;
})()`;

/**
 * Gaps between consecutive signs in a list of presented frames: for each sign after the first
 * (in the order they first appear), its first frame minus the last frame shown before it.
 */
export function gapsOf(frames: ReadonlyArray<{ at: number; src: string }>): number[] {
  const sorted = [...frames].sort((a, b) => a.at - b.at);
  const gaps: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < sorted.length; i++) {
    const { src, at } = sorted[i]!;
    if (seen.has(src)) continue;
    seen.add(src);
    if (i > 0) gaps.push(at - sorted[i - 1]!.at);
  }
  return gaps;
}

function playerFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => f.url().includes('/src/player/index.html'));
}

async function playOnce(_page: Page, player: Frame, expectedGaps: number): Promise<number[]> {
  const frames = await waitFor(
    async () => {
      const done = await player.evaluate(() => {
        const play = document.querySelector('.controls > button');
        // Stopped on the last sign: the play button is offered again.
        return play?.querySelector('path')?.getAttribute('d')?.startsWith('M8 5') ?? false;
      });
      const recorded = (await player.evaluate('window.__signetBenchPhrase')) as Array<{ at: number; src: string }>;
      return done && gapsOf(recorded).length >= expectedGaps ? recorded : null;
    },
    120_000,
    100,
  );
  return gapsOf(frames);
}

export async function measurePhrase(signet: SignetBrowser, pageUrl: string, waitScanned: (page: Page) => Promise<unknown>): Promise<PhraseRun> {
  const page = await signet.browser.newPage();
  try {
    await page.goto(pageUrl, { waitUntil: 'load' });
    await waitScanned(page);
    // A reader's drag over the phrase (trusted mouse events): a selection the page's script makes
    // opens nothing (src/content/triggers.ts), so a scripted one left the player closed.
    // A string, not a function: tsx wraps named functions with a `__name` helper the page lacks.
    const ends = (await page.evaluate(`(() => {
      const element = document.querySelector(${JSON.stringify(PHRASE_SELECTOR)});
      element.scrollIntoView({ block: 'center' });
      getSelection().removeAllRanges();
      const range = document.createRange();
      range.selectNodeContents(element);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const first = rects[0], last = rects[rects.length - 1];
      return { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: last.right - 1, y: last.top + last.height / 2 } };
    })()`)) as { from: { x: number; y: number }; to: { x: number; y: number } };
    await page.mouse.move(ends.from.x, ends.from.y);
    await page.mouse.down();
    await page.mouse.move(ends.to.x, ends.to.y, { steps: 5 });
    await page.mouse.up();
    const player = await waitFor(() => playerFrame(page), 10_000, 10);
    await waitFor(() => player.evaluate(PLAYER_HOOK) as Promise<boolean>, 10_000, 10);
    const firstPlayGapsMs = await playOnce(page, player, SIGNS - 1);
    await player.evaluate('window.__signetBenchPhrase.length = 0');
    // Replay the phrase (the second button of the row: play/pause, then replay all).
    await player.click('.controls > button:nth-of-type(2)');
    await waitFor(async () => ((await player.evaluate('window.__signetBenchPhrase.length')) as number) > 0, 10_000, 20);
    const replayGapsMs = await playOnce(page, player, SIGNS - 1);
    return { firstPlayGapsMs, replayGapsMs };
  } finally {
    await page.close();
  }
}
