import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { waitFor } from './support/browser';
import { overlayBox, waitForOverlayClosed } from './support/overlay-helpers';
import { hoverAndPlay, locateText, videoState, waitForStableHighlights } from './support/page-helpers';
import { startSession, type Session } from './support/session';

/** The id (or tag) of the element the overlay's host is a child of. */
function hostParent(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const parent = document.querySelector('signet-overlay')?.parentElement;
    return parent ? parent.id || parent.localName : null;
  });
}

/**
 * What the reader's pointer would hit at the middle of the player: the host (the player is drawn
 * on top there), or the page's element covering it. The page's own hit test, so the top layer a
 * fullscreen element is drawn in counts.
 */
async function hitAtPlayer(page: Page, frame: Frame): Promise<string> {
  const box = await overlayBox(frame);
  return page.evaluate((x, y) => document.elementFromPoint(x, y)?.localName ?? 'nothing', (box.left + box.right) / 2, (box.top + box.bottom) / 2);
}

const intersects = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('a sign on a fullscreen element', () => {
  let session: Session;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    session = await startSession();
    ({ page, errors } = await session.open('/fixtures/fr-fullscreen.html'));
    await waitForStableHighlights(page, 3);
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await session?.close();
  });

  it('plays beside a word of the page before fullscreen', async () => {
    const frame = await hoverAndPlay(page, 'couvercle');
    expect(await hostParent(page)).toBe('html');
    expect(await hitAtPlayer(page, frame)).toBe('signet-overlay');
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
  });

  it('follows the article into fullscreen with the sign it plays, drawn on top of it', async () => {
    const frame = await hoverAndPlay(page, 'chapeau');
    // A mark in the player's document: a reloaded frame would have lost it.
    await frame.evaluate(() => Object.assign(window, { beforeFullscreen: true }));
    const before = (await videoState(frame))!;
    // From the keyboard (Enter is an activation too), so the click does not close the sign first.
    await page.focus('#enter');
    await page.keyboard.press('Enter');
    await waitFor(() => page.evaluate(() => document.fullscreenElement?.id === 'story' || null), 5_000);
    // The same player goes on: moved, not reloaded.
    expect(await frame.evaluate(() => (window as unknown as { beforeFullscreen?: boolean }).beforeFullscreen)).toBe(true);
    const after = (await videoState(frame))!;
    expect(after.src).toBe(before.src);
    expect(after.paused).toBe(false);
    expect((await overlayBox(frame)).visible).toBe(true);
    expect(await hitAtPlayer(page, frame)).toBe('signet-overlay');
    expect(await hostParent(page)).toBe('story');
  });

  it('plays a word hovered in fullscreen on top of the article, beside the word', async () => {
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
    const frame = await hoverAndPlay(page, 'chapeau');
    const word = await locateText(page, 'chapeau');
    const box = await overlayBox(frame);
    expect(box.visible).toBe(true);
    expect(await hitAtPlayer(page, frame)).toBe('signet-overlay');
    expect(intersects(box, word)).toBe(false);
    const view = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(view.width);
    expect(box.bottom).toBeLessThanOrEqual(view.height);
    const gaps = [box.top - word.bottom, word.top - box.bottom, box.left - word.right, word.left - box.right];
    expect(Math.min(...gaps.filter((gap) => gap >= 0))).toBeLessThan(16);
    expect(await hostParent(page)).toBe('story');
    if (process.env.SIGNET_SHOTS) await page.screenshot({ path: '.out/fullscreen.png' });
  });

  it('comes back out with the article and still plays on the page', async () => {
    await page.click('#leave');
    await waitFor(() => page.evaluate(() => document.fullscreenElement === null || null), 5_000);
    await waitForOverlayClosed(page);
    const frame = await hoverAndPlay(page, 'couvercle');
    expect(await hitAtPlayer(page, frame)).toBe('signet-overlay');
    expect(await hostParent(page)).toBe('html');
    const word = await locateText(page, 'couvercle');
    expect(intersects(await overlayBox(frame), word)).toBe(false);
  });
});
