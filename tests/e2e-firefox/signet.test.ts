import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { waitFor } from '../e2e/support/browser';
import { buildElixPack, ELIX_CREDIT } from '../e2e/support/elix-pack';
import { openCreditDetails, overlayBox, playerText } from '../e2e/support/overlay-helpers';
import { highlightedTexts, locateText, waitForPlayback, waitForStableHighlights } from '../e2e/support/page-helpers';
import { FIXTURE_PAGES_DIR } from '../e2e/support/paths';
import { startStaticServer, type StaticServer } from '../e2e/support/static-server';
import { firefoxPlayerFrame, launchSignetInFirefox, type SignetFirefox } from './support/firefox';

declare const browser: {
  tabs: { query(query: object): Promise<Array<{ id?: number }>> };
  permissions: { getAll(): Promise<{ origins?: string[] }>; remove(permissions: { origins: string[] }): Promise<boolean> };
};

/**
 * Signet's shipped Firefox build (dist-firefox/) in Firefox ESR, installed as a temporary
 * add-on, used as a reader would: one browser for the whole file (a launch costs ~8 s).
 * The pack and its videos come from one 127.0.0.1 server, the page from another, so that the
 * sign source can go offline while the page stays.
 */
describe('Signet in Firefox', () => {
  let signet: SignetFirefox;
  let packServer: StaticServer;
  let pageServer: StaticServer;
  let options: Page;
  let page: Page;

  beforeAll(async () => {
    packServer = await startStaticServer({ '/pack/': buildElixPack() });
    pageServer = await startStaticServer({ '/fixtures/': FIXTURE_PAGES_DIR });
    signet = await launchSignetInFirefox();
  });
  afterAll(async () => {
    await signet?.close();
    await packServer?.close();
    await pageServer?.close();
  });

  it('installs the Elix pack from the options page, asking for its host, with its credit', async () => {
    options = await signet.openExtensionPage('src/options/index.html', '#pack-url');
    const granted = async () => (await options.evaluate(() => browser.permissions.getAll())).origins ?? [];
    // Firefox grants the content script's sites at install; the reader may withdraw them
    // (about:addons → Permissions). Withdrawn, adding a source must ask for its host.
    expect(await granted()).toContain('http://*/*');
    await options.evaluate(() => browser.permissions.remove({ origins: ['http://*/*'] }));
    expect(await granted()).not.toContain('http://*/*');
    await options.type('#pack-url', packServer.url('/pack/pack.json'));
    await options.keyboard.press('Enter');
    await options.waitForSelector('[data-testid="source"][data-source-id="elix-sample"] [data-testid="entry-count"]', { timeout: 30_000 });
    const count = await options.$eval('[data-source-id="elix-sample"] [data-testid="entry-count"]', (el) => Number(el.getAttribute('data-count')));
    expect(count).toBeGreaterThanOrEqual(100);
    expect(await granted()).toContain('http://127.0.0.1/*');
    expect(await options.$$eval('[data-testid="credit"]', (items) => items.map((el) => (el as HTMLElement).innerText).join('\n'))).toContain(ELIX_CREDIT);
  });

  it('marks the words of a French page that have a sign', async () => {
    page = await signet.browser.newPage();
    await page.goto(pageServer.url('/fixtures/fr-basic.html'), { waitUntil: 'load' });
    const marks = await waitForStableHighlights(page, 10);
    expect(marks).toEqual(expect.arrayContaining(['chapeau', 'coffre', 'croissant', 'réseau local']));
    // Not inside the text field nor the code block.
    expect(marks.filter((text) => text.toLowerCase() === 'chapeau')).toHaveLength(2);
  });

  it('plays the sign of a hovered word beside it, with its credit', async () => {
    const word = await locateText(page, 'chapeau', 1);
    await page.mouse.move(word.x, word.y);
    const frame = await firefoxPlayerFrame(page, 'chapeau');
    expect(await frame.evaluate(() => location.href)).toMatch(new RegExp(`^${signet.host}/src/player/index.html`));
    const state = await waitForPlayback(frame);
    expect(state).toMatchObject({ videoWidth: 640, videoHeight: 480, paused: false });
    expect(decodeURIComponent(state.src)).toContain('chapeau.webm');
    const box = await overlayBox(frame);
    expect(box.visible).toBe(true);
    expect(Math.min(Math.abs(box.top - word.bottom), Math.abs(word.top - box.bottom))).toBeLessThan(16);
    // One credit line; the full attribution is in its details.
    await openCreditDetails(frame);
    expect(await playerText(frame)).toContain(ELIX_CREDIT);
    await page.keyboard.press('Escape');
  });

  it('turns Signet off and on for the site from the popup page', async () => {
    await page.bringToFront();
    const [tab] = await options.evaluate(() => browser.tabs.query({ active: true, lastFocusedWindow: true }));
    const popup = await signet.openExtensionPage(`src/popup/index.html?tab=${tab!.id}`, '.popup #site-enabled');
    const enabled = () => popup.$eval('#site-enabled', (el) => el.getAttribute('aria-checked') ?? String((el as HTMLInputElement).checked));
    expect(await enabled()).toBe('true');
    await popup.click('#site-enabled');
    await waitFor(async () => (await enabled()) === 'false', 5_000);
    await waitFor(async () => (await highlightedTexts(page)).length === 0, 10_000);
    await popup.bringToFront();
    await popup.click('#site-enabled');
    await waitFor(async () => (await enabled()) === 'true', 5_000);
    expect(await waitForStableHighlights(page, 10)).toEqual(expect.arrayContaining(['chapeau', 'coffre']));
    await popup.close();
  });

  it('replays a cached sign with the sign source offline', async () => {
    // The video was fetched once, at the first hover; the server is now gone.
    expect(packServer.log.filter((line) => line.path.endsWith('/chapeau.webm'))).not.toHaveLength(0);
    await packServer.close();
    await page.bringToFront();
    await page.reload({ waitUntil: 'load' });
    await waitForStableHighlights(page, 10);
    const word = await locateText(page, 'chapeau', 1);
    // The pointer still rests where the first hover left it: arrive at the word anew.
    await page.mouse.move(1, 1);
    await page.mouse.move(word.x, word.y);
    const frame = await firefoxPlayerFrame(page, 'chapeau');
    const state = await waitForPlayback(frame);
    expect(decodeURIComponent(state.src)).toContain('chapeau.webm');
    // One credit line; the full attribution is in its details.
    await openCreditDetails(frame);
    expect(await playerText(frame)).toContain(ELIX_CREDIT);
  });
});
