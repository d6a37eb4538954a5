import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { waitFor } from './support/browser';
import { overlayBox, waitForOverlayClosed } from './support/overlay-helpers';
import { hoverAndPlay, locateText, placementWordBox, playerFrame, waitForPlayback, waitForStableHighlights } from './support/page-helpers';
import { openReadingTab } from './support/reading-tab';
import type { Session } from './support/session';
import { faceHeightOnScreen } from './support/face';

/** The video's picture on screen: the element's box, less the letterboxing of object-fit: contain. */
function videoPicture(frame: Frame) {
  return frame.evaluate(() => {
    const v = document.querySelector('video')!;
    const r = v.getBoundingClientRect();
    const ratio = v.videoWidth / v.videoHeight;
    const width = Math.min(r.width, r.height * ratio);
    return { width, height: width / ratio };
  });
}

async function frameScale(frame: Frame): Promise<number> {
  const element = (await frame.frameElement())!;
  return element.evaluate((el) => el.getBoundingClientRect().width / (el as HTMLElement).offsetWidth);
}

const intersects = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('a player made for watching signs', () => {
  let session: Session;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ session, page, errors } = await openReadingTab({ width: 1280, height: 800 }));
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await session?.close();
  });

  it('shows the video at least 400×300 by default, the signer’s face at least 50 px tall', async () => {
    const word = await locateText(page, 'chapeau', 1);
    const frame = await hoverAndPlay(page, 'chapeau', 'chapeau', 1);
    const picture = await videoPicture(frame);
    expect(picture.width).toBeGreaterThanOrEqual(400);
    expect(picture.height).toBeGreaterThanOrEqual(300);
    expect(await frameScale(frame)).toBe(1);
    // The face measured on the video's own pixels, the signer at rest (the first frame). Of the
    // sample's videos, chapeau's face is the smallest (64 px of 480, forehead to chin).
    await frame.evaluate(() => {
      const video = document.querySelector('video')!;
      video.pause();
      video.currentTime = 0.05;
    });
    await frame.waitForFunction(() => !document.querySelector('video')!.seeking);
    const face = await faceHeightOnScreen(frame);
    expect(face.native).toBeGreaterThan(40); // a face was found, not a stray patch
    expect(face.onScreen).toBeGreaterThanOrEqual(50);
    await frame.evaluate(() => void document.querySelector('video')!.play());
    // The word is the title, the credit one line: source and licence, once.
    const text = await frame.evaluate(() => ({ title: document.querySelector('h1')!.textContent, credit: document.querySelector('.credit-text')!.textContent }));
    expect(text.title).toBe('chapeau');
    expect(text.credit).toBe('Elix (extrait) · CC BY-SA 4.0');
    const box = await overlayBox(frame);
    expect(intersects(box, word)).toBe(false);
    if (process.env.SIGNET_SHOTS) await page.screenshot({ path: '.out/player-default.png' });
  });

  it('enlarges to most of the window with its button and with F, remembers it, and comes back', async () => {
    const frame = await playerFrame(page, 'chapeau');
    const before = await overlayBox(frame);
    await frame.click('.enlarge-button');
    const large = await waitFor(async () => {
      const box = await overlayBox(frame);
      return box.right - box.left > before.right - before.left + 100 ? box : null;
    });
    const picture = await videoPicture(frame);
    expect(picture.width).toBeGreaterThan(600);
    expect((large.right - large.left) * (large.bottom - large.top)).toBeGreaterThan(0.4 * 1280 * 800);
    expect(await frame.$eval('.enlarge-button', (b) => b.getAttribute('aria-label'))).toMatch(/normal/);
    // Remembered: the next sign opens enlarged.
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
    const couvercle = await locateText(page, 'couvercle');
    await page.mouse.move(couvercle.x, couvercle.y);
    const next = await playerFrame(page, 'couvercle');
    await waitForPlayback(next);
    expect((await videoPicture(next)).width).toBeGreaterThan(600);
    expect(intersects(await overlayBox(next), couvercle)).toBe(false);
    // F (the player's key) brings it back.
    await next.focus('.enlarge-button');
    await page.keyboard.press('f');
    await waitFor(async () => ((await videoPicture(next)).width < 600 ? true : null));
    expect(Math.round((await videoPicture(next)).width)).toBe(512);
  });

  for (const zoom of [1, 2]) {
    it(`never covers the word in a 640×450 window at ${zoom * 100} % zoom, in the middle and at each edge`, async () => {
      const { page: edges, errors: edgeErrors } = await session.open('/fixtures/fr-placement.html');
      // Browser zoom as layout sees it: a CSS viewport of 640/zoom × 450/zoom px at zoom device pixels each.
      await edges.setViewport({ width: 640 / zoom, height: 450 / zoom, deviceScaleFactor: zoom });
      await waitForStableHighlights(edges, 5);
      for (const id of ['middle', 'top', 'bottom', 'left', 'right']) {
        await edges.mouse.move(1, 1);
        await edges.keyboard.press('Escape');
        await waitForOverlayClosed(edges);
        const word = await placementWordBox(edges, id);
        await edges.mouse.move(word.x, word.y);
        const frame = await playerFrame(edges, 'chapeau');
        await waitForPlayback(frame);
        const box = await overlayBox(frame);
        expect(box.visible).toBe(true);
        expect(intersects(box, word), `${id}: player ${JSON.stringify(box)} word ${JSON.stringify(word)}`).toBe(false);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(640 / zoom);
        expect(box.bottom).toBeLessThanOrEqual(450 / zoom);
        // Smaller when it has to be, never below the floor that shows the face.
        expect((await videoPicture(frame)).width * (await frameScale(frame))).toBeGreaterThanOrEqual(96 - 0.5);
        if (process.env.SIGNET_SHOTS) await edges.screenshot({ path: `.out/placement-${zoom}-${id}.png` });
      }
      expect(edgeErrors).toEqual([]);
      await edges.close();
    });
  }
});
