import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './support/browser';
import { locateText, playerFrame, waitForPlayback, waitForStableHighlights } from './support/page-helpers';
import { startSession, type Session } from './support/session';
import { openStudio } from './support/studio';

describe('wanted words', () => {
  let session: Session;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    session = await startSession({ lang: 'fr' });
    ({ page, errors } = await session.open('/fixtures/fr-studio.html'));
    // "collège" and "chapeau" have a sign in the Elix sample: the page is read and marked.
    expect(await waitForStableHighlights(page, 2)).toEqual(['collège', 'chapeau']);
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await session?.close();
  });

  /** Rests the pointer on a word as long as a reader does before a sign opens. */
  async function pointAt(word: string): Promise<void> {
    const box = await locateText(page, word);
    await page.mouse.move(box.x, box.y);
    await new Promise((resolve) => setTimeout(resolve, 700));
  }

  async function wantedList(studio: Page): Promise<Array<[string, number]>> {
    return studio.$$eval('[data-testid="wanted-list"] li', (items) => items.map((li) => [li.getAttribute('data-word')!, Number(li.getAttribute('data-count'))] as [string, number]));
  }

  it('lists unmarked words pointed at, by headword, most wanted first, and nothing leaves the machine', async () => {
    const requestsBefore = session.server.log.length;
    await pointAt('montagnes');
    await pointAt('rivière');
    await pointAt('fromages');
    await pointAt('montagnes');
    // Only words without a sign count: resting on "chapeau" opens its sign instead.
    await pointAt('chapeau');
    await waitForPlayback(await playerFrame(page, 'chapeau'));
    await page.keyboard.press('Escape');
    expect(session.server.log.slice(requestsBefore).filter((line) => !line.path.startsWith('/pack/videos/'))).toEqual([]);

    const studio = await openStudio(session.signet, undefined, false);
    await studio.waitForSelector('[data-testid="wanted-list"]');
    expect(await wantedList(studio)).toEqual([
      ['montagne', 2],
      ['fromage', 1],
      ['rivière', 1],
    ]);
    // The studio walks through the list.
    await studio.click('[data-testid="record-wanted"]');
    await studio.waitForFunction(() => document.querySelector('[data-testid="current-word"]')?.textContent === 'montagne');
    await studio.keyboard.press('ArrowRight');
    await studio.waitForFunction(() => document.querySelector('[data-testid="current-word"]')?.textContent === 'fromage');

    // Collecting turned off: nothing more is counted.
    await studio.click('#collect-wanted');
    await waitFor(() => studio.$eval('#collect-wanted', (el) => !(el as HTMLInputElement).checked));
    await page.bringToFront();
    await pointAt('vallée');
    await studio.bringToFront();
    await studio.reload();
    await studio.waitForSelector('[data-testid="wanted-list"]');
    expect((await wantedList(studio)).map(([word]) => word)).not.toContain('vallée');
    expect(await studio.$eval('#collect-wanted', (el) => (el as HTMLInputElement).checked)).toBe(false);

    await studio.click('[data-testid="clear-wanted"]');
    await studio.waitForSelector('[data-testid="wanted-list"]', { hidden: true });
    await studio.reload();
    await studio.waitForSelector('[data-testid="wanted"] .empty');
    expect(await wantedList(studio)).toEqual([]);
  });
});
