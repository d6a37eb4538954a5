import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { waitFor } from './support/browser';
import { overlayBox, playerText, waitForOverlayClosed } from './support/overlay-helpers';
import { frameShowing, locateText, playerFrame, waitForPlayback } from './support/page-helpers';
import { openReadingTab, quietPage, runCommand } from './support/reading-tab';
import type { Session } from './support/session';

/**
 * Reading a page's signs one after the other with the keyboard: the next / previous marked word
 * commands (run through the worker's test hook: puppeteer's keys never reach the browser's
 * shortcut handling, see keyboard-command.test.ts) and the player's own N and P keys; and the
 * "no sign yet" bubble of a word without a mark.
 */
describe('reading with the keyboard', () => {
  let session: Session;
  let page: Page;
  let errors: string[];
  let tabId: number;
  let marks: string[];

  const command = (name: string) => runCommand(session, tabId, name);

  beforeAll(async () => {
    ({ session, page, errors, tabId, marks } = await openReadingTab({ width: 1280, height: 800 }));
  });
  beforeEach(() => quietPage(page, { keepFocus: true }));
  afterAll(async () => {
    expect(errors).toEqual([]);
    await session?.close();
  });

  it('plays the marked words one after the other in reading order, forwards and back', async () => {
    await page.evaluate(() => scrollTo(0, 0));
    // The marks in page order, as their entries name them (the player's title is the entry's form).
    const expected = marks.slice(0, 6).map((m) => m.toLowerCase());
    let frame: Frame | null = null;
    for (const word of expected) {
      await command('next-marked-word');
      frame = await playerFrame(page, word);
      expect((await overlayBox(frame)).visible).toBe(true);
      await waitForPlayback(frame);
    }
    // The player's P key (focus is in it: opened from the keyboard) goes back one word.
    await waitFor(async () => (await frame!.evaluate(() => document.activeElement?.getAttribute('aria-label'))) === 'Pause');
    await page.keyboard.press('p');
    await waitFor(async () => (await frameShowing(page, expected[4]!)) !== null);
    await command('previous-marked-word');
    await waitFor(async () => (await frameShowing(page, expected[3]!)) !== null);
    // …and N forwards again.
    await page.keyboard.press('n');
    await waitFor(async () => (await frameShowing(page, expected[4]!)) !== null);
    await waitForPlayback((await frameShowing(page, expected[4]!))!);
  });

  it('scrolls the next marked word into view when it is below the fold', async () => {
    await page.evaluate(() => {
      document.getElementById('p6')!.style.marginBottom = '2400px';
      scrollTo(0, 0);
    });
    // From "chance", the last mark above the gap, the next one is far below.
    const chance = await locateText(page, 'chance');
    await page.mouse.move(chance.x, chance.y);
    await waitForPlayback(await playerFrame(page, 'chance'));
    await command('next-marked-word');
    const frame = await playerFrame(page, 'dé');
    await waitForPlayback(frame);
    await command('next-marked-word');
    const chateau = await playerFrame(page, 'château');
    await waitForPlayback(chateau);
    const inView = await page.evaluate(() => {
      const r = document.getElementById('p7')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await page.evaluate(() => {
      document.getElementById('p6')!.style.marginBottom = '';
      scrollTo(0, 0);
    });
  });

  it('shows a small “no sign yet” bubble, beside the word, for a double-clicked word without a sign', async () => {
    expect(marks).not.toContain('perdu');
    const word = await locateText(page, 'perdu');
    await page.mouse.click(word.x, word.y, { count: 2 });
    const bubble = await playerFrame(page, 'perdu');
    await waitFor(async () => (await playerText(bubble)).includes('No sign yet'));
    expect(await bubble.$('video[src]')).toBeNull();
    const box = await overlayBox(bubble);
    expect(box.right - box.left).toBeLessThanOrEqual(320);
    expect(box.bottom - box.top).toBeLessThanOrEqual(160);
    expect(box.left < word.right && word.left < box.right && box.top < word.bottom && word.top < box.bottom).toBe(false);
    expect(await bubble.$('svg.bubble-picture')).not.toBeNull();
    // Closed like the player: Esc.
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
  });
});
