import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { waitFor } from './support/browser';
import { openPopup, signetHighlights, tabIdOf, writeSettings } from './support/extension-helpers';
import { overlayBox, waitForOverlayClosed } from './support/overlay-helpers';
import { frameShowing, hoverAndPlay, locateText, playerFrame, waitForPlayback, waitForStableHighlights } from './support/page-helpers';
import { startSession, type Session } from './support/session';
import { decodeStored } from '../../src/common/settings-codec';

/** fr-basic.html has 19 marks (see highlight.test.ts). */
const MARKS = 19;

/**
 * Every setting changed in the popup (size, speed, the site's switch) or in the options page (the
 * others, the master switch included) reaches a page that is already open, at once: no reload
 * (a marker set in the page's window survives every test), no new tab.
 */
describe('settings change an open page without a reload', () => {
  let session: Session;
  let page: Page;
  let errors: string[];
  let popup: Page;
  let options: Page;

  const hover = (text: string, key: string, occurrence = 0): Promise<Frame> => hoverAndPlay(page, text, key, occurrence);
  const noSignFor = async (key: string, ms = 700) => {
    await new Promise((r) => setTimeout(r, ms));
    const opened = (await frameShowing(page, key)) !== null;
    if (opened) await waitForOverlayClosed(page); // a frame showing the word, if any, must at least be hidden
    return !opened;
  };
  const click = async (selector: string, where: 'popup' | 'options' = 'popup') => {
    const target = where === 'popup' ? popup : options;
    await target.bringToFront();
    await target.click(selector);
  };
  const marksCount = async () => Object.values(await signetHighlights(page)).reduce((a, b) => a + b, 0);

  beforeAll(async () => {
    session = await startSession();
    ({ page, errors } = await session.open('/fixtures/fr-basic.html'));
    await waitForStableHighlights(page, MARKS);
    await page.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));
    popup = await openPopup(session.signet, await tabIdOf(session.signet, page));
    await popup.waitForSelector('[data-testid="page-count"][data-marks]');
    options = await session.signet.browser.newPage();
    await options.goto(session.signet.extensionUrl('src/options/index.html'));
    await options.waitForSelector('#options-marks');
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
    await click('#options-marks', 'options');
    await waitFor(async () => Object.keys(await signetHighlights(page)).length === 0);
    await hover('chapeau', 'chapeau', 1);
    await page.keyboard.press('Escape');
    const coffre = await locateText(page, 'coffre');
    await page.mouse.click(coffre.x, coffre.y, { count: 2 });
    await waitForPlayback(await playerFrame(page, 'coffre'));

    await click('#options-marks', 'options');
    await waitFor(async () => (await signetHighlights(page))['signet-word'] === MARKS);
  });

  it('mark style: the marks switch to the style’s own highlight, all of them', async () => {
    await options.bringToFront();
    await options.select('#options-mark-style', 'underline');
    await waitFor(async () => JSON.stringify(await signetHighlights(page)) === JSON.stringify({ 'signet-word-underline': MARKS }));
    // The rule for that name exists in the extension's sheet, so the marks really paint.
    expect(await page.evaluate(() => CSS.highlights.has('signet-word-underline'))).toBe(true);
    await options.select('#options-mark-style', 'background');
    await waitFor(async () => JSON.stringify(await signetHighlights(page)) === JSON.stringify({ 'signet-word-background': MARKS }));
    await options.select('#options-mark-style', 'both');
    await waitFor(async () => JSON.stringify(await signetHighlights(page)) === JSON.stringify({ 'signet-word': MARKS }));
  });

  it('trigger double-click: hovering does nothing, double-clicking opens the sign', async () => {
    await click('#options-trigger-dblclick', 'options');
    expect(await options.$eval('#options-delay', () => true).catch(() => false)).toBe(false); // the delay only matters for hover
    await page.bringToFront();
    const word = await locateText(page, 'croissant');
    await page.mouse.move(word.x, word.y);
    expect(await noSignFor('croissant')).toBe(true);
    await page.mouse.click(word.x, word.y, { count: 2 });
    await waitForPlayback(await playerFrame(page, 'croissant'));
    await click('#options-trigger-hover', 'options');
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
    const width = async () => Math.round((await overlayBox(frame)).right - (await overlayBox(frame)).left);
    expect(await width()).toBe(512); // medium: a 512×384 video
    await click('#popup-size-large');
    await waitFor(async () => (await width()) > 700 && (await overlayBox(frame)).visible); // most of the window, beside the word
    await click('#popup-size-small');
    await waitFor(async () => (await width()) === 400);
    await click('#popup-size-medium');
    await waitFor(async () => (await width()) === 512);
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
    await click('#options-enabled', 'options');
    await waitFor(async () => (await marksCount()) === 0);
    await waitFor(() => page.evaluate(() => document.querySelector('signet-overlay') === null));
    // The popup says so and offers to turn Signet back on, instead of a site switch that would do nothing.
    await popup.waitForSelector('#turn-on');
    expect(await popup.$('#site-enabled')).toBeNull();
    await page.bringToFront();
    const word = await locateText(page, 'château');
    await page.mouse.move(word.x, word.y);
    expect(await noSignFor('château')).toBe(true);

    await click('#turn-on');
    await waitForStableHighlights(page, MARKS);
    await hover('chapeau', 'chapeau', 1);
  });
});

declare const chrome: { storage: { sync: { get(key: string | null): Promise<Record<string, unknown>> } } };
