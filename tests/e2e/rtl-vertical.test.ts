import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'puppeteer';
import { collectSignetErrors, waitFor } from './support/browser';
import { ContentWorld } from './support/content-world';
import { overlayBox, waitForOverlayClosed } from './support/overlay-helpers';
import { hoverAndPlay, locateText, paintedTexts, tealPixelsIn, waitForStableHighlights, type WordBox } from './support/page-helpers';
import { startSession, type Session } from './support/session';

/** What a change to the page would show: its markup as parsed now, its size, and where each of its text elements is. */
function pageState(page: Page) {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    scrollWidth: document.documentElement.scrollWidth,
    scrollHeight: document.documentElement.scrollHeight,
    boxes: [...document.querySelectorAll('h1, p')].map((el) => {
      const r = el.getBoundingClientRect();
      return [r.left, r.top, r.width, r.height].map((n) => Math.round(n * 100) / 100);
    }),
  }));
}

/** Counts, from the end of parsing on, every change to the page's tree that is not Signet's own host. */
async function countMutations(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const counts = { changes: 0 };
    let parsed = false;
    Object.assign(window, { __changes: counts });
    const observer = new MutationObserver((records) => {
      if (!parsed) return; // the parser building the page
      for (const r of records) {
        const ours = r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeName === 'SIGNET-OVERLAY');
        if (!ours) counts.changes++;
      }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    // The parser's records not yet delivered are dropped, not counted as changes after it.
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        observer.takeRecords();
        parsed = true;
      },
      { once: true, capture: true },
    );
  });
}

const intersects = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('right-to-left and vertical text', () => {
  let session: Session;
  /** A context where the extension does not run (Chromium runs no extension in an off-the-record context): the page as it is without Signet. */
  let bare: BrowserContext;

  beforeAll(async () => {
    session = await startSession();
    bare = await session.signet.browser.createBrowserContext();
    // Checked, not assumed: a page of French words there gets no mark.
    const check = await bare.newPage();
    await check.goto(session.server.url('/fixtures/fr-rtl-vertical.html'), { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await check.evaluate(() => CSS.highlights.size)).toBe(0);
    await check.close();
  });
  afterAll(async () => {
    await bare?.close();
    await session?.close();
  });

  for (const file of ['rtl-1.html', 'rtl-3.html']) {
    it(`leaves ${file} as it is: no error, no change to its tree, no shift of its layout`, async () => {
      const url = session.server.url(`/pages/${file}`);
      const without = await bare.newPage();
      await without.goto(url, { waitUntil: 'load' });
      const before = await pageState(without);
      await without.close();

      const page = await session.signet.browser.newPage();
      await countMutations(page);
      const errors = collectSignetErrors(page, session.signet.extensionId);
      const cdp = await page.createCDPSession();
      const world = await ContentWorld.attach(cdp, `chrome-extension://${session.signet.extensionId}`);
      await page.goto(url, { waitUntil: 'load' });
      // Signet ran and read the page (its words, Latin placeholder text, are in no dictionary here).
      const scan = await waitFor(
        () => world.evaluate<{ words: number; marks: number } | null>('globalThis.__signetScanned ? { words: __signetCounts().words, marks: __signetMarks } : null'),
        20_000,
        100,
      );
      expect(scan.words).toBeGreaterThan(100);
      expect(scan.marks).toBe(0);
      // The pointer over the text, as a reader's: nothing to show, nothing added.
      const lorem = await locateText(page, 'Lorem ipsum', 1);
      await page.mouse.move(lorem.x, lorem.y);
      await new Promise((resolve) => setTimeout(resolve, 800));
      const after = await pageState(page);
      expect(after.html).toBe(before.html);
      expect(after.scrollWidth).toBe(before.scrollWidth);
      expect(after.scrollHeight).toBe(before.scrollHeight);
      expect(after.boxes).toEqual(before.boxes);
      expect(await page.evaluate(() => (window as unknown as { __changes: { changes: number } }).__changes.changes)).toBe(0);
      expect(errors).toEqual([]);
      await cdp.detach();
      await page.close();
    });
  }

  describe('French words in right-to-left and vertical lines', () => {
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      ({ page, errors } = await session.open('/fixtures/fr-rtl-vertical.html'));
      await waitForStableHighlights(page, 4);
    });
    afterAll(async () => {
      expect(errors).toEqual([]);
      await page?.close();
    });

    /** The word's box, widened by 6 px on every side: a vertical line's underline is beside its glyphs, not below. */
    const around = (w: WordBox) => ({ left: w.left - 6, top: w.top - 6, right: w.right + 6, bottom: w.bottom });

    it('marks the words where they are drawn, and nothing around them', async () => {
      const painted = await paintedTexts(page);
      for (const word of ['chapeau', 'couvercle', 'chauve-souris', 'coffre']) expect(painted).toContain(word);
      for (const word of ['chapeau', 'couvercle', 'coffre']) {
        const box = await locateText(page, word);
        expect(await tealPixelsIn(page, around(box)), word).toBeGreaterThan(20);
      }
      // Unmarked words of the same lines: no teal.
      for (const word of ['עולם', 'dort']) {
        const box = await locateText(page, word);
        expect(await tealPixelsIn(page, { left: box.left, top: box.top, right: box.right, bottom: box.bottom - 6 }), word).toBe(0);
      }
      // The vertical line really is vertical: its word is taller than wide.
      const coffre = await locateText(page, 'coffre');
      expect(coffre.bottom - coffre.top).toBeGreaterThan(2 * (coffre.right - coffre.left));
    });

    for (const word of ['chapeau', 'couvercle', 'coffre']) {
      it(`plays "${word}" beside the word, never on it`, async () => {
        await page.keyboard.press('Escape');
        await waitForOverlayClosed(page);
        const frame = await hoverAndPlay(page, word);
        const box = await overlayBox(frame);
        const at = await locateText(page, word);
        expect(box.visible).toBe(true);
        expect(intersects(box, at), JSON.stringify({ box, at })).toBe(false);
        const gaps = [box.top - at.bottom, at.top - box.bottom, box.left - at.right, at.left - box.right];
        expect(Math.min(...gaps.filter((gap) => gap >= 0))).toBeLessThan(16);
        if (process.env.SIGNET_SHOTS) await page.screenshot({ path: `.out/rtl-vertical-${word}.png` });
      });
    }
  });
});
