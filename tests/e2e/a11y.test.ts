import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { runAxe } from './support/axe';
import { waitFor } from './support/browser';
import { openPopup, tabIdOf } from './support/extension-helpers';
import { openCreditDetails, playerText, waitForOverlayClosed } from './support/overlay-helpers';
import { locateText, playerFrame, waitForPlayback, waitForStableHighlights } from './support/page-helpers';
import { startSession, type Session } from './support/session';

type Scheme = 'light' | 'dark';
type Target = 'popup' | 'options' | 'bare' | 'player' | 'playerDetails' | 'notFound' | 'welcome' | 'welcomeSamples';

/**
 * axe-core (WCAG 2.2 A/AA and best practices) on Signet's three pages, in both colour schemes,
 * each in the state a reader sees: the popup about a page with signs, the options page with a
 * dictionary installed, the player opened on its own (its empty state), and the player in a
 * page's overlay with a sign playing and with no sign found.
 */
describe('accessibility of the popup, the options page and the player', () => {
  let session: Session;
  let pages: Record<'popup' | 'options' | 'bare' | 'article' | 'welcome' | 'welcomeSamples', Page>;

  /** The overlay's player frame on the article: a playing sign (with its credit details open, or not), or "no sign yet". */
  const overlayPlayer = async (state: 'player' | 'playerDetails' | 'notFound'): Promise<Frame> => {
    const page = pages.article;
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
    if (state === 'player' || state === 'playerDetails') {
      await page.mouse.move(5, 5);
      const word = await locateText(page, 'chapeau', 1);
      await page.mouse.move(word.x, word.y);
      const frame = await playerFrame(page, 'chapeau');
      await waitForPlayback(frame);
      return frame;
    }
    // "perdu" has no sign: the keyboard command on it opens the "no sign yet" bubble.
    await page.evaluate(() => {
      const text = document.getElementById('p1')!.firstChild as Text;
      const at = text.data.indexOf('perdu');
      getSelection()!.setBaseAndExtent(text, at, text, at + 'perdu'.length);
    });
    const tabId = await tabIdOf(session.signet, page);
    await session.signet.worker.evaluate((id) => globalThis.__signet!.runCommand('sign-selection', id), tabId);
    const frame = await playerFrame(page, 'perdu');
    await waitFor(async () => (await playerText(frame)).includes('No sign yet'));
    return frame;
  };

  const target = async (name: Target): Promise<{ page: Page; frame: Page | Frame }> => {
    if (name === 'player' || name === 'notFound') return { page: pages.article, frame: await overlayPlayer(name) };
    if (name === 'playerDetails') {
      const frame = await overlayPlayer('player');
      await openCreditDetails(frame);
      return { page: pages.article, frame };
    }
    return { page: pages[name], frame: pages[name] };
  };

  beforeAll(async () => {
    session = await startSession();
    const { page: article } = await session.open('/fixtures/fr-basic.html');
    await waitForStableHighlights(article, 19);
    const popup = await openPopup(session.signet, await tabIdOf(session.signet, article));
    await popup.waitForSelector('[data-testid="page-count"][data-marks]');
    await popup.waitForSelector('#sign-language');

    const options = await session.signet.browser.newPage();
    await options.goto(session.signet.extensionUrl('src/options/index.html'));
    await options.waitForSelector('[data-testid="source"]');
    await options.waitForSelector('[data-testid="credit"]');

    // The player on its own, at the overlay's default size: nothing was asked of it.
    const bare = await session.signet.browser.newPage();
    await bare.setViewport({ width: 512, height: 480 });
    await bare.goto(session.signet.extensionUrl('src/player/index.html'));
    await bare.waitForSelector('h1');
    // The welcome page: its question, and after the one choice its sample sentences, marked.
    const welcome = await session.signet.browser.newPage();
    await welcome.goto(session.signet.extensionUrl('src/welcome/index.html'));
    await welcome.waitForSelector('legend');
    const welcomeSamples = await session.signet.browser.newPage();
    await welcomeSamples.goto(session.signet.extensionUrl('src/welcome/index.html'));
    await welcomeSamples.waitForSelector('input[value="fsl"]');
    await welcomeSamples.click('input[value="fsl"]');
    await welcomeSamples.click('button[type="submit"]');
    await waitForStableHighlights(welcomeSamples, 5);
    pages = { popup, options, bare, article, welcome, welcomeSamples };
  });
  afterAll(async () => {
    await session?.close();
  });

  describe.each<Scheme>(['light', 'dark'])('in the %s colour scheme', (scheme) => {
    it.each<Target>(['popup', 'options', 'bare', 'player', 'playerDetails', 'notFound', 'welcome', 'welcomeSamples'])('%s: axe finds no violation', async (name) => {
      const { page, frame } = await target(name);
      await page.bringToFront();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      // The overlay's player is a frame of another process: the emulation reaches it a moment later.
      await waitFor(() => frame.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme), 5_000);
      expect(await runAxe(frame)).toEqual([]);
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
    expect(seen).toEqual(['site-enabled', 'previous-word', 'next-word', 'sign-language', 'open-report', 'popup-speed-1', 'popup-size-medium', 'A']);
  });

  it('honours prefers-reduced-motion: switches stop animating', async () => {
    const popup = pages.popup;
    const duration = () => popup.$eval('#site-enabled', (el) => getComputedStyle(el, '::before').transitionDuration);
    await popup.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    expect(await duration()).toBe('0.15s');
    await popup.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(await duration()).toBe('0s');
  });

  it('the player says why there is nothing to play: the word, and no sign yet', async () => {
    const bubble = await overlayPlayer('notFound');
    expect(await bubble.$eval('h1', (el) => el.textContent)).toBe('perdu');
    expect(await playerText(bubble)).toContain('No sign yet');
  });

  it('the player opened on its own has a heading and says how to get a sign', async () => {
    expect(await pages.bare.$eval('h1', (el) => el.textContent)).toBe('No word chosen');
    expect(await playerText(pages.bare.mainFrame())).toContain('Point at an underlined word on a page: its sign plays here.');
  });
});
