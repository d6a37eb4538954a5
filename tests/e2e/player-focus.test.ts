import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { waitFor } from './support/browser';
import { isOverlayOpen, overlayBox, waitForOverlayClosed } from './support/overlay-helpers';
import { locateText, playerFrame, waitForPlayback } from './support/page-helpers';
import { focusIn, openReadingTab, pageFocusOf, quietPage, runCommand as runCommandFor, selectByScript } from './support/reading-tab';
import type { Session } from './support/session';

const COMMAND = 'sign-selection';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Focus and closing, as readers met them: the second keyboard request focused Close (so Space,
 * the play/pause key, closed the sign), Tab left the player, and a hover-opened player lingered.
 * The keyboard command is run through the worker's test hook, as in keyboard-command.test.ts.
 */
describe('the player under the keyboard and the pointer', () => {
  let session: Session;
  let page: Page;
  let errors: string[];
  let tabId: number;

  // A selection made by script right after a key press counts as the reader's own (triggers.ts,
  // 500 ms) and would open the sign by pointing as well, racing the command: wait past that.
  const select = async (selector: string, text: string) => {
    await sleep(600);
    await selectByScript(page, selector, text);
  };
  const runCommand = () => runCommandFor(session, tabId, COMMAND);
  const pageFocus = () => pageFocusOf(page);
  const paused = (frame: Frame) => frame.evaluate(() => document.querySelector('video')!.paused);

  beforeAll(async () => {
    ({ session, page, errors, tabId } = await openReadingTab());
  });
  beforeEach(() => quietPage(page));
  afterAll(async () => {
    expect(errors).toEqual([]);
    await session?.close();
  });

  it('focuses Play/Pause at every keyboard request, the same word again included, and Space pauses and plays', async () => {
    for (const [where, word] of [
      ['#p3', 'couvercle'],
      ['#p4', 'croissant'],
      ['#p4', 'croissant'],
    ] as const) {
      await select(where, word);
      await runCommand();
      const frame = await playerFrame(page, word);
      await waitForPlayback(frame);
      await waitFor(async () => (await focusIn(frame)) === 'Pause');
      await page.keyboard.press('Space');
      await waitFor(() => paused(frame));
      expect(await isOverlayOpen(page)).toBe(true);
      await page.keyboard.press('Space');
      await waitFor(async () => !(await paused(frame)));
      // Focus left on Close before the next request: that request must still focus Play/Pause.
      await frame.focus('.close-button');
    }
  });

  it('never closes on Space, even with Close focused', async () => {
    await select('#p3', 'couvercle');
    await runCommand();
    const frame = await playerFrame(page, 'couvercle');
    await waitForPlayback(frame);
    await frame.focus('.close-button');
    await page.keyboard.press('Space');
    await waitFor(() => paused(frame));
    await sleep(300);
    expect(await isOverlayOpen(page)).toBe(true);
  });

  it('keeps Tab and Shift+Tab inside the player, and Esc gives focus back where it was', async () => {
    await page.evaluate(() => {
      const field = document.querySelector('textarea')!;
      field.focus();
      field.setSelectionRange(3, 3);
    });
    await runCommand();
    const frame = await playerFrame(page, 'chapeau');
    await waitForPlayback(frame);
    await waitFor(async () => (await focusIn(frame)) === 'Pause');
    const controls = await frame.$$eval('button, a[href]', (all) => all.length);
    const seen = new Set<string | null>();
    for (let i = 0; i < controls + 3; i++) {
      await page.keyboard.press('Tab');
      expect(await pageFocus()).toBe('SIGNET-OVERLAY');
      seen.add(await focusIn(frame));
    }
    for (let i = 0; i < controls + 3; i++) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      expect(await pageFocus()).toBe('SIGNET-OVERLAY');
    }
    expect(seen.has('BODY')).toBe(false);
    expect(seen.size).toBeGreaterThanOrEqual(5); // went round the controls, not stuck on one
    expect(await isOverlayOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
    expect(await pageFocus()).toBe('TEXTAREA');
  });

  it('opened by pointing, takes no focus and closes about a second after the pointer left the word and the player', async () => {
    const word = await locateText(page, 'coffre');
    await page.mouse.move(word.x, word.y);
    const frame = await playerFrame(page, 'coffre');
    await waitForPlayback(frame);
    expect(await pageFocus()).not.toBe('SIGNET-OVERLAY');
    // Resting inside the player: it stays.
    const box = await overlayBox(frame);
    await page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2, { steps: 5 });
    await sleep(1800);
    expect(await isOverlayOpen(page)).toBe(true);
    // Back on the word, then away to an empty margin: gone about a second later.
    await page.mouse.move(word.x, word.y, { steps: 5 });
    await sleep(300);
    await page.mouse.move(5, word.y + 300, { steps: 3 });
    const left = Date.now();
    await sleep(500);
    expect(await isOverlayOpen(page)).toBe(true); // not at once: the reader may be on the way to it
    await waitForOverlayClosed(page);
    const after = Date.now() - left;
    expect(after).toBeGreaterThanOrEqual(900);
    expect(after).toBeLessThan(3000);
  });
});
