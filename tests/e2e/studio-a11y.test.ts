import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './support/axe';
import { launchSignet, type SignetBrowser } from './support/browser';
import { FAKE_CAMERA_ARGS, openStudio, recordTake } from './support/studio';

type Scheme = 'light' | 'dark';

/**
 * axe-core (WCAG 2.2 A/AA and best practices) on the studio, in French and English, light and
 * dark, in its two working states: the camera live (with a saved sign, a kept take and wanted
 * words listed), and a take under review (filmstrip, trim sliders, tags with an error shown).
 */
describe.each(['fr', 'en'])('accessibility of the studio (%s)', (lang) => {
  let signet: SignetBrowser;
  let live: Page;
  let review: Page;

  beforeAll(async () => {
    signet = await launchSignet({ lang, extraArgs: FAKE_CAMERA_ARGS });
    await signet.worker.evaluate(() => undefined);
    review = await openStudio(signet, 'ordinateur');
    await review.click('input[type="number"]', { clickCount: 3 });
    await review.keyboard.type('0');
    await review.evaluate(() => (document.activeElement as HTMLElement).blur());
    // One sign saved, so that the list of signs and the export are on the page too.
    await recordTake(review, 2);
    await review.type('#tag-signer', 'Camille Martin');
    await review.keyboard.press('Enter');
    await review.waitForSelector('[data-testid="sign"]');
    // A second take, reviewed, its form submitted without a word: the error shows on its field.
    await recordTake(review, 2);
    await review.$eval('#tag-forms', (input) => ((input as HTMLInputElement).value = ''));
    await review.type('#tag-forms', ' ');
    await review.keyboard.press('Backspace');
    await review.click('[data-testid="save"]');
    await review.waitForSelector('[data-testid="error-forms"]');
    live = await openStudio(signet);
    await live.waitForSelector('[data-testid="recovered-take"]');
    await live.waitForSelector('[data-testid="picture-check"]');
  });
  afterAll(async () => {
    await signet?.close();
  });

  describe.each<Scheme>(['light', 'dark'])('in the %s colour scheme', (scheme) => {
    it.each(['live', 'review'] as const)('%s: axe finds no violation', async (name) => {
      const page = name === 'live' ? live : review;
      await page.bringToFront();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      expect(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${lang}`));
      expect(await runAxe(page)).toEqual([]);
    });
  });
});
