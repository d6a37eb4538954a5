import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { collectSignetErrors, launchSignet, waitFor } from './support/browser';
import { readSettings } from './support/extension-helpers';
import { locateText, playerFrame, waitForPlayback, waitForStableHighlights } from './support/page-helpers';
import { startSession, type Session } from './support/session';

async function welcomePage(session: { signet: { browser: { pages(): Promise<Page[]> } } }): Promise<Page> {
  return waitFor(async () => (await session.signet.browser.pages()).find((p) => p.url().includes('/src/welcome/index.html')) ?? null);
}

describe('the first run', () => {
  let session: Session;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    // Installing opens the welcome page; the Elix sample (LSF) is then installed as usual.
    session = await startSession({ keepWelcome: true });
    page = await welcomePage(session);
    errors = collectSignetErrors(page, session.signet.extensionId);
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await session?.close();
  });

  it('opens on install with one question and one button, in plain words', async () => {
    await page.bringToFront();
    await page.waitForSelector('legend');
    expect(await page.$eval('h1', (el) => el.textContent)).toBe('Welcome to Signet');
    expect(await page.$eval('legend', (el) => el.textContent)).toBe('Which sign language do you use?');
    expect(await page.$$('button')).toHaveLength(1);
    const names = await page.$$eval('.choice-name', (all) => all.map((el) => el.textContent));
    expect(names).toContain('French Sign Language (LSF)');
    expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/pack|URL|JSON|CORS/i);
  });

  it('one choice leads to sample sentences, marked and playable as on any page', async () => {
    await page.click('input[value="fsl"]');
    await page.click('button[type="submit"]');
    await page.waitForSelector('.samples');
    expect(await page.$eval('h1', (el) => el.textContent)).toBe('Now try it');
    expect(await page.$eval('ol.steps', (el) => el.textContent)).toContain('Open a page in French.');
    expect((await readSettings(session.signet)).signLanguages).toEqual({ fr: 'fsl' });
    const marks = await waitForStableHighlights(page, 5);
    expect(marks).toEqual(expect.arrayContaining(['Bonjour', 'chapeau', 'château', 'croissant', 'crêpe']));
    // Only the samples are read, not the page's own questions and steps.
    expect(marks.every((mark) => /Bonjour|clown|chapeau|champ|château|croissant|crêpe|citron|chauve-souris|couvercle|coffre/.test(mark))).toBe(true);
    const word = await locateText(page, 'chapeau');
    await page.mouse.move(word.x, word.y);
    const frame = await playerFrame(page, 'chapeau');
    const state = await waitForPlayback(frame);
    expect(decodeURIComponent(state.src)).toContain('chapeau.webm');
  });
});

describe('the first run in a French browser', () => {
  it('asks in French, LSF first', async () => {
    const signet = await launchSignet({ lang: 'fr', keepWelcome: true });
    try {
      const page = await welcomePage({ signet });
      await page.waitForSelector('legend');
      expect(await page.$eval('legend', (el) => el.textContent)).toBe('Quelle langue des signes utilisez-vous ?');
      const first = await page.$eval('input[name="sign-language"]', (el) => ({ value: (el as HTMLInputElement).value, checked: (el as HTMLInputElement).checked }));
      expect(first).toEqual({ value: 'fsl', checked: true });
    } finally {
      await signet.close();
    }
  });
});
