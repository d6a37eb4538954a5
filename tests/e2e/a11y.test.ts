import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { runAxe } from './support/axe';
import { openPopup, tabIdOf } from './support/extension-helpers';
import { playerText } from './support/overlay-helpers';
import { waitForPlayback, waitForStableHighlights } from './support/page-helpers';
import { startSession, type Session } from './support/session';

type Scheme = 'light' | 'dark';

/**
 * axe-core (WCAG 2.2 A/AA and best practices) on Signet's three pages, in both colour schemes,
 * each in the state a reader sees: the popup about a page with signs, the options page with a
 * dictionary installed, the player with a sign playing (and with no sign found).
 */
describe('accessibility of the popup, the options page and the player', () => {
  let session: Session;
  let pages: Record<'popup' | 'options' | 'player' | 'notFound', Page>;

  beforeAll(async () => {
    session = await startSession();
    const { page } = await session.open('/fixtures/fr-basic.html');
    await waitForStableHighlights(page, 19);
    const popup = await openPopup(session.signet, await tabIdOf(session.signet, page));
    await popup.waitForSelector('[data-testid="page-count"][data-marks]');
    await popup.waitForSelector('#sign-language');

    const options = await session.signet.browser.newPage();
    await options.goto(session.signet.extensionUrl('src/options/index.html'));
    await options.waitForSelector('[data-testid="source"]');
    await options.waitForSelector('[data-testid="credit"]');

    // The player at the overlay's default size, as the page's iframe shows it.
    const player = await session.signet.browser.newPage();
    await player.setViewport({ width: 320, height: 330 });
    await player.goto(session.signet.extensionUrl('src/player/index.html#k=chapeau&w=chapeau&l=fr'));
    await waitForPlayback(player.mainFrame());

    const notFound = await session.signet.browser.newPage();
    await notFound.setViewport({ width: 320, height: 330 });
    await notFound.goto(session.signet.extensionUrl('src/player/index.html#w=perdu&l=fr'));
    await notFound.waitForFunction(() => document.body.innerText.includes('perdu'));
    pages = { popup, options, player, notFound };
  });
  afterAll(async () => {
    await session?.close();
  });

  describe.each<Scheme>(['light', 'dark'])('in the %s colour scheme', (scheme) => {
    it.each(['popup', 'options', 'player', 'notFound'] as const)('%s: axe finds no violation', async (name) => {
      const page = pages[name];
      await page.bringToFront();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      expect(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme)).toBe(true);
      expect(await runAxe(page)).toEqual([]);
    });
  });

  it('every control of the popup takes keyboard focus in turn, with a visible focus ring', async () => {
    const popup = pages.popup;
    await popup.bringToFront();
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      await popup.keyboard.press('Tab');
      const stop = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        // A segmented radio is invisible itself: its ring is drawn on the label's text beside it.
        const ringed = el.matches('.segment input') ? (el.nextElementSibling as HTMLElement) : el;
        const style = getComputedStyle(ringed);
        return { id: el.id || el.tagName, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (!stop || seen.includes(stop.id)) break;
      expect(stop, `focus ring on ${stop.id}`).toMatchObject({ ring: true });
      seen.push(stop.id);
    }
    expect(seen).toEqual([
      'enabled',
      'site-enabled',
      'sign-language',
      'popup-trigger-hover',
      'popup-delay',
      'popup-marks',
      'popup-mark-style',
      'popup-speed-1',
      'popup-size-medium',
      'popup-fingerspell-on_request',
      'A',
    ]);
  });

  it('honours prefers-reduced-motion: switches stop animating', async () => {
    const popup = pages.popup;
    const duration = () => popup.$eval('#enabled', (el) => getComputedStyle(el, '::before').transitionDuration);
    await popup.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    expect(await duration()).toBe('0.15s');
    await popup.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(await duration()).toBe('0s');
  });

  it('the player says why there is nothing to play', async () => {
    expect(await playerText(pages.notFound.mainFrame())).toContain('No sign yet for “perdu”.');
  });
});
