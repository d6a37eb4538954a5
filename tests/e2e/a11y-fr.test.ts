import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { runAxe } from './support/axe';
import { waitFor } from './support/browser';
import { openPopup, tabIdOf } from './support/extension-helpers';
import { openCreditDetails, waitForOverlayClosed } from './support/overlay-helpers';
import { locateText, playerFrame, waitForPlayback, waitForStableHighlights } from './support/page-helpers';
import { startSession, type Session } from './support/session';

type Scheme = 'light' | 'dark';
type Target = 'popup' | 'options' | 'welcome' | 'welcomeSamples' | 'player' | 'playerDetails' | 'notFound';

/** The same axe checks as a11y.test.ts, with the browser in French: every page and player state, light and dark. */
describe('accessibility in French', () => {
  let session: Session;
  let pages: Record<'popup' | 'options' | 'welcome' | 'welcomeSamples' | 'article', Page>;

  const overlayPlayer = async (state: 'player' | 'playerDetails' | 'notFound'): Promise<Frame> => {
    const page = pages.article;
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
    await page.mouse.move(5, 5);
    if (state === 'notFound') {
      const word = await locateText(page, 'perdu');
      await page.mouse.click(word.x, word.y, { count: 2 });
      const frame = await playerFrame(page, 'perdu');
      await waitFor(() => frame.$('.bubble'));
      return frame;
    }
    const word = await locateText(page, 'chapeau', 1);
    await page.mouse.move(word.x, word.y);
    const frame = await playerFrame(page, 'chapeau');
    await waitForPlayback(frame);
    if (state === 'playerDetails') await openCreditDetails(frame);
    return frame;
  };

  beforeAll(async () => {
    session = await startSession({ lang: 'fr' });
    const { page: article } = await session.open('/fixtures/fr-basic.html');
    await waitForStableHighlights(article, 19);
    const popup = await openPopup(session.signet, await tabIdOf(session.signet, article));
    await popup.waitForSelector('[data-testid="page-count"][data-marks]');
    const options = await session.signet.browser.newPage();
    await options.goto(session.signet.extensionUrl('src/options/index.html'));
    await options.waitForSelector('[data-testid="source"]');
    const welcome = await session.signet.browser.newPage();
    await welcome.goto(session.signet.extensionUrl('src/welcome/index.html'));
    await welcome.waitForSelector('legend');
    const welcomeSamples = await session.signet.browser.newPage();
    await welcomeSamples.goto(session.signet.extensionUrl('src/welcome/index.html'));
    await welcomeSamples.waitForSelector('button[type="submit"]');
    await welcomeSamples.click('button[type="submit"]'); // LSF, first for a French browser
    await waitForStableHighlights(welcomeSamples, 5);
    pages = { popup, options, welcome, welcomeSamples, article };
  });
  afterAll(async () => {
    await session?.close();
  });

  it('speaks French on the welcome page and the popup', async () => {
    expect(await pages.welcome.$eval('legend', (el) => el.textContent)).toBe('Quelle langue des signes utilisez-vous ?');
    expect(await pages.popup.evaluate(() => document.documentElement.lang)).toMatch(/^fr/);
  });

  describe.each<Scheme>(['light', 'dark'])('in the %s colour scheme', (scheme) => {
    it.each<Target>(['popup', 'options', 'welcome', 'welcomeSamples', 'player', 'playerDetails', 'notFound'])('%s: axe finds no violation', async (name) => {
      const isPlayer = name === 'player' || name === 'playerDetails' || name === 'notFound';
      const page = isPlayer ? pages.article : pages[name];
      const frame: Page | Frame = isPlayer ? await overlayPlayer(name) : page;
      await page.bringToFront();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await waitFor(() => frame.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme), 5_000);
      expect(await runAxe(frame)).toEqual([]);
    });
  });
});
