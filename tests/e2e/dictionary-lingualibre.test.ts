/**
 * Lingua Libre out of the box, against a protocol-faithful stand-in on 127.0.0.1: a fresh install
 * lists the LSF source; once its endpoint answers, pages are marked and signs play with their
 * speaker and Commons page; videos are fetched once the reader asks for a sign, and cached; with the network
 * gone (the stand-in stopped, the worker restarted), cached signs still play, marks still come
 * from the stored index, and an uncached sign says it is offline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { collectSignetErrors, launchSignet, waitFor, type SignetBrowser } from './support/browser';
import { ELIX_SPEAKER, startLinguaLibreServer, type LinguaLibreServer } from './support/lingualibre-server';
import { openCreditDetails, playerText } from './support/overlay-helpers';
import { locateText, playerFrame, videoState, waitForPlayback, waitForStableHighlights } from './support/page-helpers';
import { FIXTURE_PAGES_DIR } from './support/paths';
import { startStaticServer, type StaticServer } from './support/static-server';
import { currentWorker, stopWorker } from './support/worker';
import { lookupAsContentScript } from './support/content-world';

describe('Lingua Libre, live and offline', () => {
  let ll: LinguaLibreServer;
  let pages: StaticServer;
  let signet: SignetBrowser;
  let options: Page;

  beforeAll(async () => {
    ll = await startLinguaLibreServer();
    pages = await startStaticServer({ '/fixtures/': FIXTURE_PAGES_DIR });
    signet = await launchSignet({ keepDefaultSources: true });
    options = await signet.browser.newPage();
    await options.goto(signet.extensionUrl('src/options/index.html'));
  });
  afterAll(async () => {
    await signet?.close();
    await pages?.close();
    await ll?.stop().catch(() => undefined);
  });

  async function open(path: string) {
    const page = await signet.browser.newPage();
    const errors = collectSignetErrors(page, signet.extensionId);
    await page.goto(pages.url(path), { waitUntil: 'load' });
    return { page, errors };
  }

  it('a fresh install lists Lingua Libre (LSF), enabled; once it answers, its signs are there', async () => {
    const listed = await signet.worker.evaluate(() => globalThis.__signet!.listSources());
    expect(listed).toEqual([expect.objectContaining({ id: 'lingualibre-fsl', kind: 'lingualibre', signLanguage: 'fsl', enabled: true })]);

    // A French page opened while Lingua Libre has not been read yet: nothing to mark.
    const early = await open('/fixtures/fr-basic.html');
    // The stand-in replaces lingualibre.org and Commons, as only the worker's test hook can.
    await signet.worker.evaluate((endpoints) => globalThis.__signet!.setLinguaLibreEndpoints(endpoints), ll.endpoints);
    const [source] = await signet.worker.evaluate(() => globalThis.__signet!.updateSources('lingualibre-fsl'));
    expect(source).toMatchObject({ id: 'lingualibre-fsl', entryCount: 100, skipped: 0 });
    expect(source!.lastError).toBeUndefined();
    expect(ll.log.filter((p) => p.endsWith('/sparql'))).toHaveLength(1);

    await options.reload();
    const item = await options.waitForSelector('[data-source-id="lingualibre-fsl"]');
    expect(await item!.$eval('[data-testid="entry-count"]', (el) => el.getAttribute('data-count'))).toBe('100');
    expect(await item!.$eval('input[role="switch"]', (el) => (el as HTMLInputElement).checked)).toBe(true);
    // Once read, its signs reach the page already open, without a reload.
    expect(await waitForStableHighlights(early.page, 10)).toContain('chapeau');
    expect(early.errors).toEqual([]);
    await early.page.close();
  });

  it('marks words and plays their sign with the speaker and a link to the Commons file page', async () => {
    const { page, errors } = await open('/fixtures/fr-basic.html');
    expect(await waitForStableHighlights(page, 5)).toEqual(expect.arrayContaining(['chapeau', 'coffre', 'croissant']));
    const word = await locateText(page, 'chapeau', 1);
    await page.mouse.move(word.x, word.y);
    const frame = await playerFrame(page, 'chapeau');
    const state = await waitForPlayback(frame);
    expect(state).toMatchObject({ videoWidth: 640, videoHeight: 480 });
    // The Commons .ogv plays through its WebM transcode, under md5 folders.
    expect(state.src).toMatch(new RegExp(`^${ll.origin}/upload/wikipedia/commons/transcoded/[0-9a-f]/[0-9a-f]{2}/Chapeau_[^/]+\\.ogv/Chapeau_[^/]+\\.ogv\\.480p\\.vp9\\.webm$`));
    // …from the cache: a Blob URL.
    expect(await frame.evaluate(() => document.querySelector('video')!.currentSrc)).toMatch(/^blob:chrome-extension:/);
    // One short credit line; the attribution, speaker and file page are in its details.
    expect(await frame.$eval('.credit-text', (el) => el.textContent)).toMatch(/^Lingua Libre.* · CC BY-SA$/);
    await openCreditDetails(frame);
    const text = await playerText(frame);
    expect(text).toContain('Lingua Libre – Wikimedia Commons');
    expect(text).toContain(ELIX_SPEAKER);
    const link = await frame.$eval('[data-testid="file-page"]', (a) => (a as HTMLAnchorElement).href);
    expect(decodeURIComponent(link)).toMatch(new RegExp(`^${ll.origin}/wiki/File:Chapeau_.+\\.ogv$`));
    await page.close();
    expect(errors).toEqual([]);
  });

  it('asks Commons for a sign only once the reader asked for it, and keeps it in the cache', async () => {
    const { page } = await open('/fixtures/fr-basic.html');
    await waitForStableHighlights(page, 5);
    const croissant = () => ll.log.filter((p) => p.includes('Croissant')).length;
    const before = croissant();
    const word = await locateText(page, 'croissant');
    await page.mouse.move(word.x, word.y);
    await new Promise((r) => setTimeout(r, 60)); // well under the hover delay: the pointer only crosses it
    await page.mouse.move(5, 5);
    await new Promise((r) => setTimeout(r, 800));
    expect(croissant()).toBe(before); // Commons learnt nothing of the word under the pointer
    await page.mouse.move(word.x, word.y);
    await waitForPlayback(await playerFrame(page, 'croissant'));
    expect(croissant()).toBeGreaterThan(before);
    await waitFor(async () => (await signet.worker.evaluate(() => globalThis.__signet!.cacheStats())).count >= 2, 5_000);
    await page.close();
  });

  it('offline: cached signs still play, marks come from the stored index, an uncached sign says offline', async () => {
    await ll.stop();
    // And the worker is stopped too: nothing of the dictionary is left in memory.
    await stopWorker(options, signet.worker);
    const { page } = await open('/fixtures/fr-basic.html');
    expect(await waitForStableHighlights(page, 5)).toEqual(expect.arrayContaining(['chapeau', 'coffre', 'croissant']));

    for (const [text, key] of [
      ['chapeau', 'chapeau'],
      ['croissant', 'croissant'],
    ] as const) {
      const word = await locateText(page, text, text === 'chapeau' ? 1 : 0);
      await page.mouse.move(word.x, word.y);
      const frame = await playerFrame(page, key);
      await waitForPlayback(frame);
      expect((await videoState(frame))!.paused).toBe(false);
      await page.keyboard.press('Escape');
    }

    const coffre = await locateText(page, 'coffre');
    const started = Date.now();
    await page.mouse.move(coffre.x, coffre.y);
    const frame = await playerFrame(page, 'coffre');
    const offline = await waitFor(() => frame.$eval('[data-state="video-offline"]', (el) => el.textContent ?? '').catch(() => ''), 10_000);
    expect(offline).toMatch(/offline/i);
    expect(Date.now() - started).toBeLessThan(5_000);
    // The worker that answered is a new one: it read the index back from IndexedDB.
    const worker = await currentWorker(signet.browser);
    expect((await worker.evaluate(() => globalThis.__signet!.cacheStats())).count).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('turns a source off and on with its switch: its signs go and come back', async () => {
    await options.reload();
    const toggle = '[data-source-id="lingualibre-fsl"] input[role="switch"]';
    const ask = () => lookupAsContentScript(signet.browser, signet.extensionId, pages.url('/fixtures/empty.html'), ['chapeau']);
    await options.click(await options.waitForSelector(toggle).then(() => toggle));
    await waitFor(() => options.$eval('[data-source-id="lingualibre-fsl"]', (el) => el.getAttribute('data-enabled') === 'false'), 5_000);
    expect(await ask()).toEqual([]);
    await options.click(toggle);
    await waitFor(() => options.$eval('[data-source-id="lingualibre-fsl"]', (el) => el.getAttribute('data-enabled') === 'true'), 5_000);
    expect(await ask()).toEqual(['chapeau']);
  });

  it('adds the Lingua Libre source of another sign language from the options page, saying when it cannot be read', async () => {
    await options.reload();
    await options.waitForSelector('#lingualibre-language');
    expect(await options.$$eval('#lingualibre-language option', (o) => o.map((x) => (x as HTMLOptionElement).value))).toEqual(['ase']);
    await options.click('#add-lingualibre');
    // Offline now (the stand-in is stopped): added, listed with its error, read later.
    const status = await waitFor(() => options.$eval('#lingualibre-status[role="alert"]', (el) => el.textContent ?? '').catch(() => ''), 15_000);
    expect(status).toMatch(/^“Lingua Libre \(ASL\)” was added, but could not be read yet: Lingua Libre could not be reached/);
    const item = await options.waitForSelector('[data-source-id="lingualibre-ase"]');
    // Listed in plain words, not as a switched-on source with 0 signs; the reason behind a disclosure.
    expect(await item!.$eval('[data-testid="source-unreachable"]', (el) => el.textContent)).toBe('Not reachable now. Signet tries again by itself later.');
    expect(await item!.$('input[role="switch"]')).toBeNull();
    expect(await item!.$('[data-testid="entry-count"]')).toBeNull();
    expect(await item!.$eval('[data-testid="source-error"] details', (el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await item!.$eval('[data-testid="source-error"] details', (el) => el.textContent)).toMatch(/could not be reached/);
    expect(await options.$('#lingualibre-language')).toBeNull();
  });

  it('shows the cache in the options page: usage, a size budget, and a way to clear it', async () => {
    await options.reload();
    const usage = await options.waitForSelector('[data-testid="cache-usage"][data-count]');
    expect(Number(await usage!.evaluate((el) => el.getAttribute('data-count')))).toBeGreaterThanOrEqual(2);
    expect(await usage!.evaluate((el) => el.textContent)).toMatch(/used by \d+ videos, out of 500 MB/);
    await options.click('#cache-budget', { count: 3 });
    await options.type('#cache-budget', '200');
    await options.keyboard.press('Enter');
    await waitFor(() => options.$eval('[data-testid="cache-usage"]', (el) => /out of 200 MB/.test(el.textContent ?? '')), 5_000);
    await options.click('#clear-cache');
    await waitFor(() => options.$eval('[data-testid="cache-usage"]', (el) => el.getAttribute('data-count') === '0'), 5_000);
    const worker = await currentWorker(signet.browser);
    expect(await worker.evaluate(() => globalThis.__signet!.cacheStats())).toMatchObject({ count: 0, bytes: 0, budget: 200 * 1024 * 1024 });
  });
});
