import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { ELIX_CREDIT } from './support/elix-pack';
import { openCreditDetails, overlayBox, playerText, waitForOverlayClosed } from './support/overlay-helpers';
import { frameShowing, locateText, playerFrame, videoState, waitForPlayback } from './support/page-helpers';
import { openReadingTab } from './support/reading-tab';
import type { Session } from './support/session';

describe('the sign overlay', () => {
  let session: Session;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ session, page, errors } = await openReadingTab());
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await session?.close();
  });

  it('plays the sign of a hovered word right beside it, with its credit', async () => {
    const word = await locateText(page, 'chapeau', 1);
    await page.mouse.move(word.x, word.y);
    const frame = await playerFrame(page, 'chapeau');
    const state = await waitForPlayback(frame);
    expect(state).toMatchObject({ videoWidth: 640, videoHeight: 480, paused: false });
    expect(decodeURIComponent(state.src)).toContain('chapeau.webm');
    const box = await overlayBox(frame);
    expect(box.visible).toBe(true);
    // Beside the word: just below, above, right or left of it, never on it.
    const gaps = [box.top - word.bottom, word.top - box.bottom, box.left - word.right, word.left - box.right];
    expect(Math.min(...gaps.filter((gap) => gap >= 0))).toBeLessThan(16);
    expect(box.left < word.right && word.left < box.right && box.top < word.bottom && word.top < box.bottom).toBe(false);
    expect(await playerText(frame)).toContain('chapeau');
    // The credit in one line, its full text one click away.
    expect(await frame.$eval('.credit-text', (el) => el.textContent)).toBe('Elix (extrait) · CC BY-SA 4.0');
    await openCreditDetails(frame);
    expect(await playerText(frame)).toContain(ELIX_CREDIT);
    // The video keeps going (looping), it did not just load one frame.
    const later = await waitForPlayback(frame, state.currentTime + 0.4);
    expect(later.currentTime).toBeGreaterThan(state.currentTime);
  });

  it('plays the expression "réseau local", not "réseau", when its first word is hovered', async () => {
    await page.keyboard.press('Escape');
    const word = await locateText(page, 'réseau', 0); // inside <em>
    await page.mouse.move(word.x, word.y);
    const frame = await playerFrame(page, 'réseau local');
    const state = await waitForPlayback(frame);
    expect(decodeURIComponent(state.src)).toContain('réseau local.webm');
    expect(await playerText(frame)).toContain('réseau local');
  });

  it('does not open for a word crossed quickly, and keeps the sign while the pointer travels to it', async () => {
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
    const word = await locateText(page, 'coffre');
    await page.mouse.move(word.x, word.y);
    await page.mouse.move(word.x, word.y + 200); // gone before the intent delay ends
    await new Promise((r) => setTimeout(r, 600));
    expect(await frameShowing(page, 'coffre')).toBeNull();
    await page.mouse.move(word.x, word.y);
    const frame = await playerFrame(page, 'coffre');
    await waitForPlayback(frame);
    const box = await overlayBox(frame);
    // Travel from the word into the overlay, over plain text and margins.
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(word.x + ((box.left + 40 - word.x) * i) / 10, word.y + ((box.top + 40 - word.y) * i) / 10);
    }
    await new Promise((r) => setTimeout(r, 500));
    expect((await overlayBox(frame)).visible).toBe(true);
    expect((await videoState(frame))?.paused).toBe(false);
  });

  it('closes with Esc, with a click elsewhere, and when the word scrolls away', async () => {
    const open = async (text: string, key: string) => {
      const word = await locateText(page, text);
      await page.mouse.move(word.x, word.y);
      const frame = await playerFrame(page, key);
      await waitForPlayback(frame);
      return word;
    };
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);

    await open('croissant', 'croissant');
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);

    const crepe = await open('crêpe', 'crêpe');
    await page.mouse.click(crepe.x + 400, crepe.y - 150);
    await waitForOverlayClosed(page);

    await open('chance', 'chance');
    await page.evaluate(() => {
      document.body.style.paddingBottom = '3000px';
      window.scrollBy(0, 2500);
    });
    await waitForOverlayClosed(page);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('opens on double-click and on selecting a word', async () => {
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    const lapin = await locateText(page, 'couvercle');
    await page.mouse.click(lapin.x, lapin.y, { count: 2 });
    await waitForPlayback(await playerFrame(page, 'couvercle'));
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);

    // A selection made with the keyboard, the pointer away from the word: its first letter is
    // selected (Chromium extends a selection with Shift+→ only from a non-empty one in
    // non-editable text), then Shift+→ selects the rest letter by letter.
    await page.mouse.move(5, 5);
    await page.evaluate(() => {
      const text = document.getElementById('p1')!.firstChild as Text;
      const at = text.data.indexOf('collège');
      getSelection()!.setBaseAndExtent(text, at, text, at + 1);
    });
    await page.keyboard.down('Shift');
    for (let i = 1; i < 'collège'.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.up('Shift');
    await waitForPlayback(await playerFrame(page, 'collège'));
  });
});
