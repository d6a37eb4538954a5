import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { waitFor } from './support/browser';
import { buildCustomPack } from './support/custom-pack';
import { waitForOverlayClosed } from './support/overlay-helpers';
import { locateText, waitForStableHighlights } from './support/page-helpers';
import { isShown, visiblePlayer, waitForVideo } from './support/player';
import { startSession, type Session } from './support/session';

/**
 * Definitions under the video: a pack whose "chapeau" has a definition and a signed definition
 * (index.tsv columns definition and definition_file, built by the pack command), "clown" a
 * definition only.
 */
describe('definitions in the player', () => {
  let session: Session;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const pack = buildCustomPack(
      [
        { word: 'chapeau', video: 'chapeau', definition: 'Coiffure qui couvre la tête.', definitionVideo: 'bonjour' },
        { word: 'clown', video: 'clown', definition: 'Artiste de cirque qui fait rire.' },
        { word: 'cour', video: 'cour' },
      ],
      { id: 'definitions', signLanguage: 'fsl', spokenLanguage: 'fr' },
    );
    session = await startSession({ lang: 'fr', pack });
    ({ page, errors } = await session.open('/fixtures/fr-basic.html'));
    await waitForStableHighlights(page, 3);
  });
  afterAll(async () => {
    await session?.close();
  });

  const open = async (word: string) => {
    // The last sign's overlay may cover the next word: close it first, as a reader would.
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
    const box = await locateText(page, word);
    await page.mouse.click(box.x, box.y, { count: 2 });
    return visiblePlayer(page);
  };

  it('shows the definition text under the video, and folds it', async () => {
    const frame = await open('clown');
    await waitForVideo(frame, /\/videos\/clown\.webm$/);
    const text = await waitFor(() => frame.$('[data-testid="definition-text"]'));
    expect(await text.evaluate((el) => (el as HTMLElement).innerText)).toBe('Artiste de cirque qui fait rire.');
    expect(await isShown(frame, '[data-testid="definition-text"]')).toBe(true);
    // Under the video, not over it.
    const place = await frame.evaluate(() => ({
      videoBottom: document.querySelector('video')!.getBoundingClientRect().bottom,
      textTop: document.querySelector('[data-testid="definition-text"]')!.getBoundingClientRect().top,
    }));
    expect(place.textTop).toBeGreaterThanOrEqual(place.videoBottom);
    // No signed definition for this entry.
    expect(await frame.$('[data-testid="signed-definition"]')).toBeNull();
    await frame.click('summary');
    await waitFor(async () => !(await isShown(frame, '[data-testid="definition-text"]')));
    await frame.click('summary');
    await waitFor(() => isShown(frame, '[data-testid="definition-text"]'));
  });

  it('plays the signed definition on request, then the sign again', async () => {
    const frame = await open('chapeau');
    await waitForVideo(frame, /\/videos\/chapeau\.webm$/);
    expect(await frame.$eval('[data-testid="definition-text"]', (el) => (el as HTMLElement).innerText)).toBe('Coiffure qui couvre la tête.');
    const button = await frame.waitForSelector('[data-testid="signed-definition"]');
    expect(await button!.evaluate((el) => el.textContent)).toBe('Définition signée');
    await button!.click();
    await waitForVideo(frame, /\/definitions\/bonjour\.webm$/);
    expect(await button!.evaluate((el) => [el.textContent, el.getAttribute('aria-pressed')])).toEqual(['Revenir au signe', 'true']);
    await button!.click();
    await waitForVideo(frame, /\/videos\/chapeau\.webm$/);
  });

  it('shows no definition section for an entry without one', async () => {
    const frame = await open('cour');
    await waitForVideo(frame, /\/videos\/cour\.webm$/);
    expect(await frame.$('.definition')).toBeNull();
    expect(errors).toEqual([]);
  });
});
