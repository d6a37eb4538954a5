import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { runAxe } from './support/axe';
import { waitFor } from './support/browser';
import { buildCustomPack } from './support/custom-pack';
import { waitForOverlayClosed } from './support/overlay-helpers';
import { locateText, waitForStableHighlights } from './support/page-helpers';
import { selectText, visiblePlayer, waitForVideo } from './support/player';
import { startSession, type Session } from './support/session';

type Scheme = 'light' | 'dark';
type State = 'definition' | 'no-sign' | 'spelling' | 'phrase';

/**
 * axe-core on the player in the states this feature adds, opened on a page as a reader opens
 * them (through the overlay), in French and English, light and dark: a definition under the
 * video with its signed definition offered, a word without a sign with Fingerspell offered, the
 * spelling playing, and a phrase playing.
 */
describe.each(['fr', 'en'])('accessibility of the player’s new states, browser in %s', (lang) => {
  let session: Session;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const pack = buildCustomPack(
      [
        { word: 'chapeau', video: 'chapeau', definition: 'Coiffure qui couvre la tête.', definitionVideo: 'bonjour' },
        { word: 'clown', video: 'clown' },
        { word: 'réseau local', video: 'réseau local' },
      ],
      { id: 'a11y-modes', signLanguage: 'fsl', spokenLanguage: 'fr' },
    );
    session = await startSession({ lang, pack });
    ({ page, errors } = await session.open('/fixtures/fr-phrase.html'));
    await waitForStableHighlights(page, 3);
  });
  afterAll(async () => {
    await session?.close();
  });

  async function open(state: State): Promise<Frame> {
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
    if (state === 'definition') {
      const box = await locateText(page, 'chapeau');
      await page.mouse.click(box.x, box.y, { count: 2 });
      const frame = await visiblePlayer(page);
      await waitForVideo(frame, /\/videos\/chapeau\.webm$/);
      await frame.waitForSelector('[data-testid="signed-definition"]');
      return frame;
    }
    if (state === 'phrase') {
      await selectText(page, '#phrase', 'Zoé, clown au chapeau');
      const frame = await visiblePlayer(page);
      await frame.waitForSelector('[data-testid="sign-card"][data-ready]');
      return frame;
    }
    await selectText(page, 'h1', 'phrase');
    const frame = await visiblePlayer(page);
    const button = await frame.waitForSelector('[data-testid="fingerspell"]');
    if (state === 'spelling') {
      await button!.click();
      await frame.waitForSelector('[data-testid="sign-card"][data-ready]');
    }
    return frame;
  }

  describe.each<Scheme>(['light', 'dark'])('in the %s colour scheme', (scheme) => {
    it.each<State>(['definition', 'no-sign', 'spelling', 'phrase'])('%s: axe finds no violation', async (state) => {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      const frame = await open(state);
      // The player frame follows the page's emulated scheme (checked: else this would test one scheme twice).
      await waitFor(() => frame.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme));
      expect((await frame.evaluate(() => document.documentElement.lang)).split('-')[0]).toBe(lang);
      expect(await runAxe(frame)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
