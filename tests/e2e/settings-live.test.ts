import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { waitFor } from './support/browser';
import { openPopup, signetHighlights, tabIdOf, writeSettings } from './support/extension-helpers';
import { overlayBox, waitForOverlayClosed } from './support/overlay-helpers';
import { frameShowing, locateText, playerFrame, waitForPlayback, waitForStableHighlights } from './support/page-helpers';
import { startSession, type Session } from './support/session';
import { decodeStored } from '../../src/common/settings-codec';

/** fr-basic.html has 19 marks (see highlight.test.ts). */
const MARKS = 19;

/**
 * Every setting changed in the popup reaches a page that is already open, at once: no reload
 * (a marker set in the page's window survives every test), no new tab.
 */
describe('settings change an open page without a reload', () => {
  let session: Session;
  let page: Page;
  let errors: string[];
  let popup: Page;

  const hover = async (text: string, key: string, occurrence = 0): Promise<Frame> => {
    await page.bringToFront(); // a background tab gets no animation frames, which the hover intent uses
    await page.mouse.move(5, 5);
    const word = await locateText(page, text, occurrence);
    await page.mouse.move(word.x, word.y);
    const frame = await playerFrame(page, key);
    await waitForPlayback(frame);
    return frame;
  };
  const noSignFor = async (key: string, ms = 700) => {
    await new Promise((r) => setTimeout(r, ms));
    const opened = (await frameShowing(page, key)) !== null;
    if (opened) await waitForOverlayClosed(page); // a frame showing the word, if any, must at least be hidden
    return !opened;
  };
  const click = async (selector: string) => {
    await popup.bringToFront();
    await popup.click(selector);
  };
  const marksCount = async () => Object.values(await signetHighlights(page)).reduce((a, b) => a + b, 0);

  beforeAll(async () => {
    session = await startSession();
    ({ page, errors } = await session.open('/fixtures/fr-basic.html'));
    await waitForStableHighlights(page, MARKS);
    await page.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));
    popup = await openPopup(session.signet, await tabIdOf(session.signet, page));
    await popup.waitForSelector('[data-testid="page-count"][data-marks]');
  });
  beforeEach(async () => {
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
  });
  afterAll(async () => {
    if (page) expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
    expect(errors).toEqual([]);
    await session?.close();
  });

  it('marks off: the highlight goes, signs still open on hover and double-click; on: it comes back', async () => {
    await click('#popup-marks');
    await waitFor(async () => Object.keys(await signetHighlights(page)).length === 0);
    await hover('chapeau', 'chapeau', 1);
    await page.keyboard.press('Escape');
    const coffre = await locateText(page, 'coffre');
    await page.mouse.click(coffre.x, coffre.y, { count: 2 });
    await waitForPlayback(await playerFrame(page, 'coffre'));

    await click('#popup-marks');
    await waitFor(async () => (await signetHighlights(page))['signet-word'] === MARKS);
  });

  it('mark style: the marks switch to the style’s own highlight, all of them', async () => {
    await popup.bringToFront();
    await popup.select('#popup-mark-style', 'underline');
    await waitFor(async () => JSON.stringify(await signetHighlights(page)) === JSON.stringify({ 'signet-word-underline': MARKS }));
    // The rule for that name exists in the extension's sheet, so the marks really paint.
    expect(await page.evaluate(() => CSS.highlights.has('signet-word-underline'))).toBe(true);
    await popup.select('#popup-mark-style', 'background');
    await waitFor(async () => JSON.stringify(await signetHighlights(page)) === JSON.stringify({ 'signet-word-background': MARKS }));
    await popup.select('#popup-mark-style', 'both');
    await waitFor(async () => JSON.stringify(await signetHighlights(page)) === JSON.stringify({ 'signet-word': MARKS }));
  });

  it('trigger double-click: hovering does nothing, double-clicking opens the sign', async () => {
    await click('#popup-trigger-dblclick');
    expect(await popup.$eval('#popup-delay', () => true).catch(() => false)).toBe(false); // the delay only matters for hover
    await page.bringToFront();
    const word = await locateText(page, 'croissant');
    await page.mouse.move(word.x, word.y);
    expect(await noSignFor('croissant')).toBe(true);
    await page.mouse.click(word.x, word.y, { count: 2 });
    await waitForPlayback(await playerFrame(page, 'croissant'));
    await click('#popup-trigger-hover');
    await hover('crêpe', 'crêpe');
  });

  it('hover delay: a longer delay makes the sign wait that long', async () => {
    await writeSettings(session.signet, { hoverDelayMs: 1200 });
    await new Promise((r) => setTimeout(r, 300)); // storage.onChanged reaches the tab
    await page.bringToFront();
    await page.mouse.move(5, 5);
    const word = await locateText(page, 'chance');
    const start = Date.now();
    await page.mouse.move(word.x, word.y);
    await waitForPlayback(await playerFrame(page, 'chance'));
    expect(Date.now() - start).toBeGreaterThanOrEqual(1200);
    await writeSettings(session.signet, { hoverDelayMs: 250 });
  });

  it('player size: the open sign is resized in place', async () => {
    const frame = await hover('clown', 'clown');
    const before = await overlayBox(frame);
    expect(Math.round(before.right - before.left)).toBe(320);
    await click('#popup-size-large');
    await waitFor(async () => {
      const box = await overlayBox(frame);
      return Math.round(box.right - box.left) === 448 && Math.round(box.bottom - box.top) === 426 && box.visible;
    });
    await click('#popup-size-small');
    await waitFor(async () => Math.round((await overlayBox(frame)).right - (await overlayBox(frame)).left) === 264);
    await click('#popup-size-medium');
  });

  it('default speed: the sign plays at it, including the one already on screen', async () => {
    await click('#popup-speed-0_5');
    const frame = await hover('couvercle', 'couvercle');
    const rate = () => frame.evaluate(() => document.querySelector('video')!.playbackRate);
    await waitFor(async () => (await rate()) === 0.5);
    await click('#popup-speed-0_75');
    await waitFor(async () => (await rate()) === 0.75);
    expect(await frame.$eval('[aria-pressed="true"]', (b) => b.textContent)).toBe('0.75×');
    await click('#popup-speed-1');
    await waitFor(async () => (await rate()) === 1);
  });

  it('site off: no marks and no overlay on this site, the popup says so; on: everything back', async () => {
    await click('#site-enabled');
    await waitFor(async () => (await marksCount()) === 0);
    await popup.waitForFunction(() => document.querySelector('[data-testid="page-count"]')?.textContent?.includes('off on this site'));
    await page.bringToFront();
    const word = await locateText(page, 'collège');
    await page.mouse.move(word.x, word.y);
    expect(await noSignFor('collège')).toBe(true);
    await page.mouse.click(word.x, word.y, { count: 2 });
    expect(await noSignFor('collège')).toBe(true);
    // Stored in Signet's storage format (src/common/settings-codec.ts).
    const stored = await session.signet.worker.evaluate(() => chrome.storage.sync.get(null));
    expect(decodeStored(stored).disabledSites).toEqual(['127.0.0.1']);

    await click('#site-enabled');
    await waitForStableHighlights(page, MARKS);
    await hover('collège', 'collège');
  });

  it('master switch off: marks removed, the open sign closed, the overlay host gone; on: back', async () => {
    await hover('château', 'château');
    await click('#enabled');
    await waitFor(async () => (await marksCount()) === 0);
    await waitFor(() => page.evaluate(() => document.querySelector('signet-overlay') === null));
    expect(await popup.$eval('#site-enabled', (el) => (el as HTMLInputElement).disabled)).toBe(true);
    await page.bringToFront();
    const word = await locateText(page, 'château');
    await page.mouse.move(word.x, word.y);
    expect(await noSignFor('château')).toBe(true);

    await click('#enabled');
    await waitForStableHighlights(page, MARKS);
    await hover('chapeau', 'chapeau', 1);
  });
});

declare const chrome: { storage: { sync: { get(key: string | null): Promise<Record<string, unknown>> } } };
