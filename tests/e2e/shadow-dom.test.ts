import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectSignetErrors, waitFor } from './support/browser';
import { tabIdOf } from './support/extension-helpers';
import { composedTextBox, marksIn, mutationsAfterParse, waitForMarks, watchDom } from './support/composed-text';
import { overlayBox, waitForOverlayClosed } from './support/overlay-helpers';
import { frameShowing, playerFrame, playerFrames, shownWord, tealPixelsIn } from './support/page-helpers';
import { waitForRealPlayback } from './support/playback';
import { startSession, type Session } from './support/session';

/**
 * fr-shadow.html: a light paragraph, a web component with an open shadow root (and another open
 * root inside it), one with a closed root, and one whose open root is attached one second after
 * load. Each mark as "id:text", the id of the element around it in its own tree.
 */
const LIGHT = ['light:château'];
const OPEN = ['in-open:clown', 'in-open:chapeau', 'in-nested:chauve-souris', 'in-nested:couvercle'];
const LATE = ['in-late:lapin', 'in-late:fraise'];

describe('words inside web components (open shadow roots)', () => {
  let session: Session;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    session = await startSession();
    page = await session.signet.browser.newPage();
    await watchDom(page);
    errors = collectSignetErrors(page, session.signet.extensionId);
    await page.goto(session.server.url('/fixtures/fr-shadow.html'), { waitUntil: 'load' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('marks the words of open shadow roots, nested ones and one attached a second after load, never those of a closed root', async () => {
    // The late root is found by looking at the page's custom elements again (src/content/scan-roots.ts).
    const marks = await waitForMarks(page, [...LIGHT, ...OPEN, ...LATE]);
    expect(marks.some((m) => /crêpe|croissant/.test(m))).toBe(false);
    // Painted, not just registered: the teal underline shows under the word in the shadow tree.
    expect(await tealPixelsIn(page, await composedTextBox(page, 'chapeau'))).toBeGreaterThan(10);
    expect(await tealPixelsIn(page, await composedTextBox(page, 'couvercle'))).toBeGreaterThan(10);
    expect(await tealPixelsIn(page, await composedTextBox(page, 'lapin'))).toBeGreaterThan(10);
    expect(await tealPixelsIn(page, await composedTextBox(page, 'perdu'))).toBe(0);
  });

  it('plays the sign of a word in an open shadow root, beside it', async () => {
    await waitForMarks(page, [...LIGHT, ...OPEN, ...LATE]);
    const word = await composedTextBox(page, 'chapeau');
    await page.mouse.move(word.x, word.y);
    const frame = await playerFrame(page, 'chapeau');
    const playing = await waitForRealPlayback(frame);
    expect(decodeURIComponent(playing.video)).toContain('chapeau.webm');
    const box = await overlayBox(frame);
    expect(box.visible).toBe(true);
    expect(box.left < word.right && word.left < box.right && box.top < word.bottom && word.top < box.bottom).toBe(false);
    const gaps = [box.top - word.bottom, word.top - box.bottom, box.left - word.right, word.left - box.right];
    expect(Math.min(...gaps.filter((gap) => gap >= 0))).toBeLessThan(16);
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
  });

  it('plays the sign of a word in a nested root and in the root attached after load', async () => {
    for (const [text, key] of [
      ['couvercle', 'couvercle'],
      ['lapin', 'lapin'],
    ] as const) {
      const word = await composedTextBox(page, text);
      await page.mouse.move(word.x, word.y);
      const playing = await waitForRealPlayback(await playerFrame(page, key));
      expect(decodeURIComponent(playing.video)).toContain(`${key}.webm`);
      await page.keyboard.press('Escape');
      await waitForOverlayClosed(page);
    }
  });

  it('opens nothing for a word of a closed shadow root', async () => {
    await page.mouse.move(5, 5);
    // The closed root's text is on screen, but only its host is reachable: a double-click there is no word of Signet's.
    const host = await page.$eval('#closed-host', (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + 20, y: r.top + r.height / 2, height: r.height };
    });
    expect(host.height).toBeGreaterThan(10);
    await page.mouse.move(host.x, host.y);
    await page.mouse.click(host.x, host.y, { clickCount: 2 });
    await new Promise((r) => setTimeout(r, 800));
    expect(await frameShowing(page, 'crêpe')).toBeNull();
  });

  it('goes from mark to mark in reading order with the Next command, into and out of shadow roots', async () => {
    await page.evaluate(() => scrollTo(0, 0));
    const tabId = await tabIdOf(session.signet, page);
    const shown: string[] = [];
    for (let i = 0; i < 7; i++) {
      await session.signet.worker.evaluate((id) => globalThis.__signet!.runCommand('next-marked-word', id), tabId);
      const before = shown.length;
      await waitFor(async () => {
        for (const frame of playerFrames(page)) {
          const word = await shownWord(frame);
          if (word && word !== shown[before - 1]) return shown.push(word);
        }
        return null;
      }, 10_000);
    }
    expect(shown).toEqual(['château', 'clown', 'chapeau', 'chauve-souris', 'couvercle', 'lapin', 'fraise']);
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
  });

  it('marks text a component adds inside its shadow root later, and takes marks away with text it removes', async () => {
    await page.evaluate(() => {
      const root = document.getElementById('open-host')!.shadowRoot!;
      const p = document.createElement('p');
      p.id = 'in-open-later';
      p.textContent = 'Un nuage passe.';
      root.append(p);
      root.getElementById('in-open')!.textContent = 'Un coffre.';
    });
    await waitForMarks(page, [...LIGHT, 'in-open-later:nuage', 'in-open:coffre', 'in-nested:chauve-souris', 'in-nested:couvercle', ...LATE]);
  });

  it('changes nothing in the page’s DOM nor in its shadow roots but its one host, and logs no error', async () => {
    expect(await marksIn(page)).not.toEqual([]);
    const after = await mutationsAfterParse(page);
    // The page's own change above (a paragraph added, a text replaced) is its own.
    const own = ['added p to #document-fragment', 'removed #text from p', 'added #text to p'];
    const bySignet = after.filter((m) => !own.includes(m) && !m.startsWith('added signet-overlay to html') && !/ on signet-overlay$/.test(m));
    expect(after).toContain('added signet-overlay to html');
    expect(bySignet).toEqual([]);
    expect(errors).toEqual([]);
  });
});
