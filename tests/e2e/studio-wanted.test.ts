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

  /** Rests on a word until the background has counted it `count` times (a loaded machine runs the page's timers late). */
  async function pointUntilCounted(word: string, headword: string, count: number): Promise<void> {
    await pointAt(word);
    await waitFor(async () => (await countOf(headword)) === count, 10_000);
  }

  /** The count of a wanted word, read from the database as the studio reads it (through an extension page). */
  async function countOf(word: string): Promise<number> {
    if (!reader) {
      reader = await session.signet.browser.newPage();
      await reader.goto(session.signet.extensionUrl('src/options/index.html'));
    }
    return reader.evaluate(
      (w) =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('signet-my-signs');
          // Not created yet by the background: nothing counted. Never create it from here.
          open.onupgradeneeded = () => open.transaction?.abort();
          open.onerror = () => resolve(0);
          open.onsuccess = () => {
            const db = open.result;
            try {
              const request = db.transaction('wanted').objectStore('wanted').get(['fr', w]);
              request.onsuccess = () => {
                db.close();
                resolve((request.result as { count?: number } | undefined)?.count ?? 0);
              };
              request.onerror = () => resolve(0);
            } catch {
              db.close();
              resolve(0);
            }
          };
        }),
      word,
    );
  }
  let reader: Page | undefined;

  async function wantedList(studio: Page): Promise<Array<[string, number]>> {
    return studio.$$eval('[data-testid="wanted-list"] li', (items) => items.map((li) => [li.getAttribute('data-word')!, Number(li.getAttribute('data-count'))] as [string, number]));
  }

  it('lists unmarked words pointed at, by headword, most wanted first, and nothing leaves the machine', async () => {
    expect(await countOf('montagne')).toBe(0);
    await page.bringToFront();
    const requestsBefore = session.server.log.length;
    await pointUntilCounted('montagnes', 'montagne', 1);
    await pointUntilCounted('rivière', 'rivière', 1);
    await pointUntilCounted('fromages', 'fromage', 1);
    await pointUntilCounted('montagnes', 'montagne', 2);
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
