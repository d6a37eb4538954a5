import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Frame, Page } from 'puppeteer';
import { runAxe } from './support/axe';
import { waitFor } from './support/browser';
import { buildCustomPack } from './support/custom-pack';
import { isOverlayOpen, overlayBox, waitForOverlayClosed, type OverlayBox } from './support/overlay-helpers';
import { placementWordBox, playerFrame, waitForPlayback, waitForStableHighlights } from './support/page-helpers';
import { openReadingTab } from './support/reading-tab';
import { startSession, type Session } from './support/session';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Scrolls `word` of the paragraph `id` into the visual viewport (`block`/`inline` as in
 * scrollIntoView, which pans a pinch-zoomed view too) and returns its box and the visual
 * viewport's, in the coordinates of the layout viewport (those of getBoundingClientRect).
 */
function placeWord(page: Page, id: string, word: string, align: ScrollLogicalPosition) {
  return page.evaluate(
    (where, text, at) => {
      const node = [...document.getElementById(where)!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && (n as Text).data.includes(text)) as Text;
      const start = node.data.indexOf(text);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + text.length);
      document.getElementById(where)!.scrollIntoView({ block: at, inline: at });
      const r = range.getBoundingClientRect();
      const v = visualViewport!;
      return {
        word: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
        visual: { left: v.offsetLeft, top: v.offsetTop, right: v.offsetLeft + v.width, bottom: v.offsetTop + v.height, scale: v.scale },
      };
    },
    id,
    word,
    align,
  );
}

/** `r` in the visual viewport's own coordinates (its top-left corner at 0, 0), in CSS px. */
const inVisual = (r: Rect, visual: Rect): Rect => ({ left: r.left - visual.left, top: r.top - visual.top, right: r.right - visual.left, bottom: r.bottom - visual.top });
const intersects = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const gapBetween = (box: Rect, word: Rect) => Math.min(...[box.top - word.bottom, word.top - box.bottom, box.left - word.right, word.left - box.right].filter((gap) => gap >= 0));

/** Closes any open sign, then hovers "chapeau" in the element `id` and waits for its sign to play once `selector` is in the player. */
async function openChapeauIn(page: Page, id: string, selector: string) {
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  await waitForOverlayClosed(page);
  const word = await placementWordBox(page, id);
  await page.mouse.move(word.x, word.y);
  // The same word again in the same frame: its last rendering is still there until the hover
  // intent has fired and the player has taken the new request (it then renders its rows anew).
  await waitFor(() => isOverlayOpen(page), 5_000);
  const frame = await playerFrame(page, 'chapeau');
  await frame.waitForSelector(selector);
  await waitForPlayback(frame);
  await waitFor(() => sameRowsTwice(frame, selector), 5_000, 250);
  return frame;
}

/** True once the element `selector` is the one seen at the previous call: the player has stopped rendering it anew. */
function sameRowsTwice(frame: Frame, selector: string): Promise<boolean> {
  return frame.evaluate((wanted) => {
    const rows = document.querySelector(wanted);
    if (!rows) return false;
    const seen = rows.hasAttribute('data-test-seen');
    rows.setAttribute('data-test-seen', '');
    return seen;
  }, selector);
}

describe('the sign under pinch zoom', () => {
  let session: Session;
  let page: Page;
  let errors: string[];
  let cdp: CDPSession;

  beforeAll(async () => {
    ({ session, page, errors } = await openReadingTab({ width: 1280, height: 800 }));
    cdp = await page.createCDPSession();
    // A pinch zoom: the page's layout stays, the reader sees a quarter of it, twice as large.
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await cdp?.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1 }).catch(() => undefined);
    await session?.close();
  });

  for (const [id, word, align] of [
    ['p3', 'couvercle', 'center'],
    ['p4', 'crêpe', 'end'],
    ['p1', 'clown', 'start'],
  ] as const) {
    it(`places the sign of "${word}" beside it inside the zoomed view (word at the view's ${align})`, async () => {
      await page.keyboard.press('Escape');
      await waitForOverlayClosed(page);
      const { word: box, visual } = await placeWord(page, id, word, align);
      expect(visual.scale).toBe(2);
      const wordInView = inVisual(box, visual);
      // The word is in view, away from the layout viewport's origin: a placement in layout
      // coordinates that forgot the zoom would put the sign off screen.
      expect(wordInView.left).toBeGreaterThanOrEqual(0);
      expect(wordInView.bottom).toBeLessThanOrEqual(visual.bottom - visual.top);
      expect(visual.left + visual.top).toBeGreaterThan(0);
      // Puppeteer's pointer coordinates under an emulated page scale are the visual viewport's, in CSS px.
      await page.mouse.move(2, 2);
      await page.mouse.move(wordInView.left + Math.min(12, (box.right - box.left) / 2), (wordInView.top + wordInView.bottom) / 2);
      const frame = await playerFrame(page, word);
      await waitForPlayback(frame);
      const player: OverlayBox = await overlayBox(frame);
      expect(player.visible).toBe(true);
      const shown = inVisual(player, visual);
      const view = { width: visual.right - visual.left, height: visual.bottom - visual.top };
      expect(shown.left, JSON.stringify({ shown, view })).toBeGreaterThanOrEqual(0);
      expect(shown.top).toBeGreaterThanOrEqual(0);
      expect(shown.right).toBeLessThanOrEqual(view.width);
      expect(shown.bottom).toBeLessThanOrEqual(view.height);
      expect(intersects(shown, wordInView), JSON.stringify({ shown, wordInView })).toBe(false);
      expect(gapBetween(shown, wordInView)).toBeLessThan(16);
      if (process.env.SIGNET_SHOTS) await page.screenshot({ path: `.out/pinch-${word}.png` });
    });
  }
});

/** What the reader sees of the player: its video's size and each control's box, in CSS px of the page (after any scaling of the frame). */
async function playerOnScreen(frame: Frame) {
  const element = (await frame.frameElement())!;
  const scale = await element.evaluate((el) => el.getBoundingClientRect().width / (el as HTMLElement).offsetWidth);
  const inside = await frame.evaluate(() => {
    const video = document.querySelector('video')!.getBoundingClientRect();
    const controls = [...document.querySelectorAll<HTMLElement>('button, a, summary')]
      .filter((el) => el.checkVisibility())
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.localName, left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
      });
    return { video: { width: video.width, height: video.height }, controls, view: { width: innerWidth, height: innerHeight } };
  });
  return { scale, ...inside };
}

describe('a small player at 200 % zoom in a narrow window', () => {
  let session: Session;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    session = await startSession();
    ({ page, errors } = await session.open('/fixtures/fr-placement.html'));
    // A 640×450 window at 200 % zoom: a 320×225 CSS px viewport of 2 device px each.
    await page.setViewport({ width: 320, height: 225, deviceScaleFactor: 2 });
    await waitForStableHighlights(page, 5);
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await session?.close();
  });

  for (const id of ['middle', 'top', 'bottom', 'left', 'right']) {
    it(`keeps a readable video and every control whole and large enough to hit (word at ${id})`, async () => {
      const frame = await openChapeauIn(page, id, '.controls');
      const shown = await playerOnScreen(frame);
      const detail = JSON.stringify(shown);
      // Not scaled down: what the player lays out is what the reader gets.
      expect(shown.scale, detail).toBe(1);
      // 132–188 CSS px wide here (264–376 device px), against 96 for the floor.
      expect(shown.video.width * shown.scale, detail).toBeGreaterThanOrEqual(120);
      expect(shown.video.height * shown.scale, detail).toBeGreaterThanOrEqual(90);
      const names = shown.controls.map((control) => control.name);
      for (const wanted of ['Pause', 'Close', 'Enlarge', 'Speed 1×', 'About this video']) expect(names, detail).toContain(wanted);
      for (const control of shown.controls) {
        // Whole: inside the frame, nothing cut at an edge.
        expect(control.left, `${control.name} ${detail}`).toBeGreaterThanOrEqual(0);
        expect(control.top, `${control.name} ${detail}`).toBeGreaterThanOrEqual(0);
        expect(control.right, `${control.name} ${detail}`).toBeLessThanOrEqual(shown.view.width + 0.5);
        expect(control.bottom, `${control.name} ${detail}`).toBeLessThanOrEqual(shown.view.height + 0.5);
        // Large enough to hit (WCAG 2.2 target size, 24 CSS px), the credit's inline text link aside.
        if (control.name === 'About this video') continue;
        expect(Math.min(control.width, control.height) * shown.scale, `${control.name} ${detail}`).toBeGreaterThanOrEqual(24);
      }
      // One row of controls, none pushed past its end.
      expect(await frame.$eval('.controls', (row) => row.scrollWidth <= row.clientWidth)).toBe(true);
      // The speed is still the reader's to change, with the one button of the compact layout.
      await frame.click('.rate-cycle');
      await frame.waitForFunction(() => document.querySelector('.rate-cycle')?.textContent === '0.5×' && document.querySelector('video')!.playbackRate === 0.5);
      await frame.click('.rate-cycle');
      await frame.waitForFunction(() => document.querySelector('.rate-cycle')?.textContent === '0.75×');
      await frame.click('.rate-cycle');
      await frame.waitForFunction(() => document.querySelector('.rate-cycle')?.textContent === '1×');
      // The compact layout passes axe as the full one does (contrast, names, target sizes).
      if (id === 'middle') expect(await runAxe(frame)).toEqual([]);
      if (process.env.SIGNET_SHOTS) await page.screenshot({ path: `.out/compact-${id}.png` });
    });
  }
});

describe('a small player with two videos for its word, at 200 % zoom in a narrow window', () => {
  let session: Session;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    // Two signs for "chapeau": the player shows its previous/next arrows.
    const pack = buildCustomPack(
      [
        { word: 'chapeau', video: 'chapeau' },
        { word: 'chapeau', video: 'clown' },
      ],
      { id: 'two-chapeaux', signLanguage: 'fsl', spokenLanguage: 'fr' },
    );
    session = await startSession({ pack });
    ({ page, errors } = await session.open('/fixtures/fr-placement.html'));
    await page.setViewport({ width: 320, height: 225, deviceScaleFactor: 2 });
    await waitForStableHighlights(page, 5);
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await session?.close();
  });

  // middle: a 132 px player (under 150 px the replay and speed buttons make way); top: 155 px, all of them fit.
  for (const [id, shownControls] of [
    ['middle', ['Previous video', 'Pause', 'Next video']],
    ['top', ['Previous video', 'Pause', 'Next video', 'Replay from the start', 'Speed 1×']],
  ] as const) {
    it(`keeps the variants' arrows whole and large enough to hit (word at ${id})`, async () => {
      const frame = await openChapeauIn(page, id, '.variants');
      const shown = await playerOnScreen(frame);
      const detail = JSON.stringify(shown);
      expect(shown.scale, detail).toBe(1);
      const row = shown.controls.filter((control) => control.top > shown.video.height + 20 && control.name !== 'About this video');
      expect(row.map((control) => control.name).sort(), detail).toEqual([...shownControls].sort());
      for (const control of row) {
        expect(control.left, `${control.name} ${detail}`).toBeGreaterThanOrEqual(0);
        expect(control.right, `${control.name} ${detail}`).toBeLessThanOrEqual(shown.view.width + 0.5);
        expect(Math.min(control.width, control.height), `${control.name} ${detail}`).toBeGreaterThanOrEqual(24);
      }
      expect(await frame.$eval('.controls', (r) => r.scrollWidth <= r.clientWidth)).toBe(true);
      // The arrows work: the other video of the word plays.
      const first = await frame.$eval('video', (v) => v.dataset.src ?? v.currentSrc);
      await frame.click('.variants .icon-button:last-of-type');
      await frame.waitForFunction(
        (before) => {
          const v = document.querySelector('video')!;
          return (v.dataset.src ?? v.currentSrc) !== before;
        },
        {},
        first,
      );
    });
  }
});
