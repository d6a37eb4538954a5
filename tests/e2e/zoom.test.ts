import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'puppeteer';
import { overlayBox, waitForOverlayClosed, type OverlayBox } from './support/overlay-helpers';
import { playerFrame, waitForPlayback } from './support/page-helpers';
import { openReadingTab } from './support/reading-tab';
import type { Session } from './support/session';

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
