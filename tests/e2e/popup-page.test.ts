import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { waitFor } from './support/browser';
import { openPopup, tabIdOf, writeSettings } from './support/extension-helpers';
import { waitForOverlayClosed } from './support/overlay-helpers';
import { playerFrame, waitForPlayback, waitForStableHighlights } from './support/page-helpers';
import { startSession, type Session } from './support/session';
import { decodeStored } from '../../src/common/settings-codec';

declare const chrome: { storage: { sync: { get(key: string | null): Promise<Record<string, unknown>> } } };

/**
 * The popup in English (--lang=en), about a page already open: its count, its language's
 * dictionaries, its keyboard use. French is in popup-fr.test.ts.
 */
describe('the popup, in English', () => {
  let session: Session;
  let page: Page;
  let popup: Page;

  const count = () =>
    popup.$eval('[data-testid="page-count"]', (el) => ({
      marks: Number(el.getAttribute('data-marks')),
      words: Number(el.getAttribute('data-words')),
      signedWords: Number(el.getAttribute('data-signed-words')),
      text: (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
    }));

  beforeAll(async () => {
    session = await startSession({ lang: 'en' });
    ({ page } = await session.open('/fixtures/fr-basic.html'));
    await waitForStableHighlights(page, 19);
    popup = await openPopup(session.signet, await tabIdOf(session.signet, page));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is in English, with the browser in English', async () => {
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
    expect(await popup.$eval('label[for="site-enabled"]', (el) => el.textContent)).toBe('Show signs on 127.0.0.1');
    expect(await popup.$('#enabled')).toBeNull(); // one switch: the master switch is in the options page
    expect(await popup.$eval('#page-heading', (el) => el.textContent)).toBe('This page');
  });

  it('says how many of the page’s words have a sign, in a sentence, without a percentage', async () => {
    await popup.waitForSelector('[data-testid="page-count"][data-marks]');
    // fr-basic.html: 69 words; 19 marks covering 24 words (réseau local, chauve-souris and
    // à la saint glinglin are one mark each). The share is the page report's.
    expect(await count()).toEqual({ marks: 19, words: 69, signedWords: 24, text: '19 words on this page have a sign' });
  });

  it('goes to the next and previous marked word with its buttons, playing each sign on the page', async () => {
    const marks = await waitForStableHighlights(page, 19);
    const status = () => popup.$eval('[data-testid="step-status"]', (el) => el.textContent);
    await popup.bringToFront();
    await popup.click('#next-word');
    await waitFor(async () => (await status()) === `Playing: ${marks[0]}`);
    await playerFrame(page, marks[0]!.toLowerCase());
    await popup.click('#next-word');
    await waitFor(async () => (await status()) === `Playing: ${marks[1]}`);
    await popup.click('#next-word');
    await waitFor(async () => (await status()) === `Playing: ${marks[2]}`);
    await playerFrame(page, marks[2]!.toLowerCase());
    await popup.click('#previous-word');
    await waitFor(async () => (await status()) === `Playing: ${marks[1]}`);
    // The page's tab (hidden behind the popup's here) shows that sign, and plays it once seen.
    await page.bringToFront();
    await waitForPlayback(await playerFrame(page, marks[1]!.toLowerCase()));
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
    // A fresh popup for the next tests, as the reader gets at each click on the icon.
    await popup.reload();
    await popup.waitForSelector('[data-testid="page-count"][data-marks]');
  });

  it('follows the page: text added later is counted while the popup is open', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Un lapin mange une fraise.';
      document.getElementById('later')!.append(p);
    });
    await waitFor(async () => (await count()).marks === 21, 10_000);
    expect(await count()).toMatchObject({ words: 74, signedWords: 26 });
  });

  it('names the page’s sign language (LSF for a French page) and the dictionaries in use', async () => {
    await popup.waitForSelector('#sign-language');
    const selected = await popup.$eval('#sign-language', (el) => (el as HTMLSelectElement).selectedOptions[0]!.textContent);
    expect(selected).toBe('Automatic (LSF)');
    expect(await popup.$eval('label[for="sign-language"]', (el) => el.textContent)).toBe('Sign language for pages in French');
    expect(await popup.$eval('#sign-language-sources', (el) => el.textContent)).toContain('Elix (extrait)');
  });

  it('works from the keyboard alone: Tab reaches the site switch, Space turns it', async () => {
    await popup.bringToFront();
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('site-enabled');
    await popup.keyboard.press('Space');
    // Stored in Signet's storage format (src/common/settings-codec.ts).
    await waitFor(async () => (decodeStored(await session.signet.worker.evaluate(() => chrome.storage.sync.get(null))).disabledSites as string[] | undefined)?.includes('127.0.0.1'));
    await waitFor(async () => (await count()).text === 'Signet is off on this site.');
    await popup.keyboard.press('Space');
    await waitFor(async () => (await count()).marks === 21, 10_000);

    // Arrow keys move between the speed choices, as in any radio group.
    await popup.focus('#popup-speed-1');
    await popup.keyboard.press('ArrowLeft');
    await waitFor(async () => (await session.signet.worker.evaluate(async () => (await chrome.storage.sync.get('speed')).speed)) === 0.75);
    await popup.keyboard.press('ArrowRight');
    await waitFor(async () => (await session.signet.worker.evaluate(async () => (await chrome.storage.sync.get('speed')).speed)) === 1);
  });

  it('says so when Signet is off everywhere, and turns it back on', async () => {
    await writeSettings(session.signet, { enabled: false });
    await waitFor(async () => (await count()).text === 'Signet is off: no word is marked.');
    await popup.click('#turn-on');
    await waitFor(async () => (await count()).marks === 21, 10_000);
  });

  it('says so when no dictionary is in the page’s language, and the page is not read', async () => {
    // nytimes-5.html is a Spanish article (lang="es"); the session has the French Elix dictionary only.
    const { page: spanish, errors } = await session.open('/pages/nytimes-5.html');
    const other = await openPopup(session.signet, await tabIdOf(session.signet, spanish));
    const text = await waitFor(() => other.$eval('[data-testid="page-count"]', (el) => (el as HTMLElement).innerText).then((t) => (t.includes('Spanish') ? t : null)));
    // The language by its name, not a raw "(es)".
    expect(text).toBe('No dictionary for pages in Spanish: this page is not read.');
    expect(await other.$('[data-testid="page-count"][data-words]')).toBeNull();
    expect(errors).toEqual([]);
    await other.close();
    await spanish.close();
  });

  it('says so on a page Signet does not run on', async () => {
    const blank = await session.signet.browser.newPage();
    await blank.goto('about:blank');
    const other = await openPopup(session.signet, await tabIdOf(session.signet, blank));
    await other.waitForSelector('[data-testid="page-unsupported"]');
    expect(await other.$('#site-enabled')).toBeNull();
    await other.close();
    await blank.close();
  });
});
