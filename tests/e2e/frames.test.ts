import type { Frame, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectSignetErrors, installPackThroughOptions, waitFor } from './support/browser';
import { listenToBackground } from './support/background-log';
import { frameOf, frameOrigin, frameWith, marksIn, mutationsAfterParse, waitForMarks, watchDom, composedTextBox } from './support/composed-text';
import { tabIdOf, writeSettings } from './support/extension-helpers';
import { overlayBox, waitForOverlayClosed } from './support/overlay-helpers';
import { playerFrames, shownWord } from './support/page-helpers';
import { waitForRealPlayback } from './support/playback';
import { startSession, type Session } from './support/session';
import { FIXTURE_PAGES_DIR } from './support/paths';
import { startStaticServer, type StaticServer } from './support/static-server';

/**
 * fr-frames.html: a word in the page, a frame of the same origin, a frame of another origin (a
 * second server on another port of 127.0.0.1), a srcdoc frame and a frame without text. Marks as
 * "id:text" (the element around them), per document.
 */
const TOP = ['light:château'];
const SAME = ['inner:clown', 'inner:chapeau', 'inner:cour'];
const CROSS = ['cross-text:chauve-souris', 'cross-text:couvercle', 'cross-text:coffre'];
const SRCDOC = ['in-srcdoc:crêpe', 'in-srcdoc:croissant'];

/** The player frame, of those on the page, whose heading reads `key`, and the page frame it sits in. */
function playerIn(page: Page, key: string): Promise<Frame> {
  return waitFor(async () => {
    for (const frame of playerFrames(page)) if ((await shownWord(frame)).toLowerCase() === key) return frame;
    return null;
  }, 10_000);
}

/** Hovers `text` inside the frame of `iframeSelector` as a reader does, and returns the word's box in the page's coordinates. */
async function hoverInFrame(page: Page, iframeSelector: string, text: string) {
  const frame = await frameOf(page, iframeSelector);
  const inner = await composedTextBox(frame, text);
  const origin = await frameOrigin(page, iframeSelector);
  const word = { x: origin.x + inner.x, y: origin.y + inner.y, left: origin.x + inner.left, top: origin.y + inner.top, right: origin.x + inner.right, bottom: origin.y + inner.bottom };
  await page.mouse.move(word.x, word.y);
  return { frame, word, inner, origin };
}

describe('words inside frames', () => {
  let session: Session;
  let other: StaticServer;
  let page: Page;
  let errors: string[];
  let address: string;

  beforeAll(async () => {
    session = await startSession();
    other = await startStaticServer({ '/fixtures/': FIXTURE_PAGES_DIR });
    address = `${session.server.url('/fixtures/fr-frames.html')}?other=${encodeURIComponent(other.origin)}`;
    page = await session.signet.browser.newPage();
    await watchDom(page);
    errors = collectSignetErrors(page, session.signet.extensionId);
    await page.goto(address, { waitUntil: 'load' });
  });
  afterAll(async () => {
    await other?.close();
    await session?.close();
  });

  it('marks the words of the page, of a same-origin frame, of a cross-origin frame and of a srcdoc frame', async () => {
    await waitForMarks(page, TOP);
    await waitForMarks(page, SAME, await frameOf(page, '#same'));
    const cross = await frameOf(page, '#cross');
    expect(cross.url()).toBe(`${other.origin}/fixtures/fr-frame-cross.html`);
    await waitForMarks(page, CROSS, cross);
    await waitForMarks(page, SRCDOC, await frameOf(page, '#srcdoc'));
    expect(await marksIn(page, await frameOf(page, '#empty'))).toEqual([]);
  });

  it('asks the background nothing from a frame without text', async () => {
    const heard = await listenToBackground(session.signet);
    const second = await session.signet.browser.newPage();
    await second.goto(address, { waitUntil: 'load' });
    await waitForMarks(second, CROSS, await frameOf(second, '#cross'));
    await waitForMarks(second, SAME, await frameOf(second, '#same'));
    const senders = (await heard.heard()).filter((m) => m.type === 'words.lookup' || m.type === 'words.covered' || m.type === 'text.marks').map((m) => m.url.replace(/\?.*/, ''));
    // The page and each frame with text asked; the empty one did not.
    expect(senders).toContain(session.server.url('/fixtures/fr-frame-inner.html'));
    expect(senders).toContain(`${other.origin}/fixtures/fr-frame-cross.html`);
    expect(senders.filter((url) => url.endsWith('/empty.html'))).toEqual([]);
    await second.close();
  });

  for (const [where, selector, text] of [
    ['a same-origin frame', '#same', 'chapeau'],
    ['a cross-origin frame', '#cross', 'couvercle'],
  ] as const) {
    it(`plays the sign of a word in ${where}, beside the word inside that frame`, async () => {
      await page.bringToFront();
      await waitForMarks(page, selector === '#same' ? SAME : CROSS, await frameOf(page, selector));
      const { frame, inner, origin } = await hoverInFrame(page, selector, text);
      const player = await playerIn(page, text);
      // The player is that frame's own: its overlay lives in the frame's document.
      expect(player.parentFrame()).toBe(frame);
      const playing = await waitForRealPlayback(player);
      expect(decodeURIComponent(playing.video)).toContain(`${text}.webm`);
      // The player is an extension page: no content script reads or marks it (its heading is the word itself).
      expect(await player.evaluate(() => ({ highlights: CSS.highlights.size, host: document.querySelector('signet-overlay') !== null }))).toEqual({ highlights: 0, host: false });
      const box = await overlayBox(player); // in the frame's viewport
      expect(box.visible).toBe(true);
      // Inside the frame's viewport, beside the word, never on it.
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(origin.width);
      expect(box.bottom).toBeLessThanOrEqual(origin.height);
      expect(box.left < inner.right && inner.left < box.right && box.top < inner.bottom && inner.top < box.bottom).toBe(false);
      const gaps = [box.top - inner.bottom, inner.top - box.bottom, box.left - inner.right, inner.left - box.right];
      expect(Math.min(...gaps.filter((gap) => gap >= 0))).toBeLessThan(16);
      // On screen where the frame is: the page's own hit test at the player's middle finds that <iframe>.
      const onTop = await page.evaluate((x, y) => document.elementFromPoint(x, y)?.id ?? null, origin.x + (box.left + box.right) / 2, origin.y + (box.top + box.bottom) / 2);
      expect(onTop).toBe(selector.slice(1));
      // Opened by hovering: it closes once the pointer has left the word and the player, out
      // of the frame too (onto the page's own text).
      const light = await composedTextBox(page, 'château');
      await page.mouse.move(light.x + 80, light.y);
      await waitForOverlayClosed(page);
    });

    it(`keeps the sign of a word in ${where} on screen when the window shows only part of the frame (200 % zoom)`, async () => {
      // The frames are 760 CSS px wide; 200 % zoom of a 900×700 window leaves 450×350 CSS px.
      const before = page.viewport();
      await page.setViewport({ width: 450, height: 350, deviceScaleFactor: 2 });
      try {
        await page.bringToFront();
        await page.evaluate((sel) => document.querySelector(sel)!.scrollIntoView({ block: 'start' }), selector);
        await waitForMarks(page, selector === '#same' ? SAME : CROSS, await frameOf(page, selector));
        // The same word as the test before: hovered again after the pointer visited the page.
        const { inner, origin } = await hoverInFrame(page, selector, text);
        const player = await playerIn(page, text);
        await waitForRealPlayback(player);
        // Placement follows the frame's visible part as soon as it is measured.
        const onScreen = await waitFor(async () => {
          const box = await overlayBox(player);
          const page_ = { left: origin.x + box.left, top: origin.y + box.top, right: origin.x + box.right, bottom: origin.y + box.bottom };
          return page_.left >= 0 && page_.top >= 0 && page_.right <= 450 && page_.bottom <= 350 ? { box, page_ } : null;
        }, 10_000).catch(async () => ({ box: await overlayBox(player), page_: null }));
        expect(onScreen.page_, `player at ${JSON.stringify(onScreen.box)} in a frame at (${origin.x}, ${origin.y})`).not.toBeNull();
        // Still beside the word, never on it.
        const box = onScreen.box;
        expect(box.left < inner.right && inner.left < box.right && box.top < inner.bottom && inner.top < box.bottom).toBe(false);
      } finally {
        if (before) await page.setViewport(before);
        await page.evaluate(() => window.scrollTo(0, 0));
      }
      // Opened by hovering: it closes once the pointer is on the page's own text.
      const light = await composedTextBox(page, 'château');
      await page.mouse.move(light.x + 80, light.y);
      await waitForOverlayClosed(page);
    });
  }

  it('closes a sign opened by double-click in a frame when the reader clicks elsewhere on the page', async () => {
    await page.bringToFront();
    const { word, frame } = await hoverInFrame(page, '#cross', 'coffre');
    await page.mouse.click(word.x, word.y, { clickCount: 2 });
    const player = await playerIn(page, 'coffre');
    expect(player.parentFrame()).toBe(frame);
    await waitForRealPlayback(player);
    // Out of the frame at once, then a click on the page: the frame loses focus, the sign goes.
    const light = await composedTextBox(page, 'château');
    await page.mouse.click(light.x + 80, light.y);
    await waitForOverlayClosed(page);
  });

  it('signs the selection of the frame the reader is in with the keyboard command', async () => {
    const frame = await frameOf(page, '#same');
    await frame.evaluate(() => {
      const node = document.getElementById('inner')!.firstChild as Text;
      const at = node.data.indexOf('cour');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 4);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    // Focus into that frame, as a click in it gives.
    await (await page.$('#same'))!.focus();
    await frame.focus('body').catch(() => undefined);
    expect(await frame.evaluate(() => document.hasFocus())).toBe(true);
    const tabId = await tabIdOf(session.signet, page);
    await session.signet.worker.evaluate((id) => globalThis.__signet!.runCommand('sign-selection', id), tabId);
    const player = await playerIn(page, 'cour');
    expect(player.parentFrame()).toBe(frame);
    await waitForRealPlayback(player);
    await page.keyboard.press('Escape');
    await frame.evaluate(() => getSelection()!.removeAllRanges());
    await waitForOverlayClosed(page);
  });

  it('applies a settings change in every frame at once: marks off, then on again', async () => {
    await writeSettings(session.signet, { marks: false });
    await waitForMarks(page, [], await frameOf(page, '#cross'));
    await waitForMarks(page, [], await frameOf(page, '#same'));
    await waitForMarks(page, []);
    await writeSettings(session.signet, { marks: true });
    await waitForMarks(page, CROSS, await frameOf(page, '#cross'));
    await waitForMarks(page, SAME, await frameOf(page, '#same'));
    await waitForMarks(page, TOP);
  });

  it('changes nothing in the page’s nor the frames’ DOM but Signet’s host where a sign was shown, and logs no error', async () => {
    const onlyHost = (mutations: string[]) => mutations.filter((m) => !m.startsWith('added signet-overlay to html') && !/ on signet-overlay$/.test(m));
    // The page's own script set the cross-origin frame's address.
    expect((await mutationsAfterParse(page)).filter((m) => m !== 'attributes src on iframe')).toEqual([]);
    const same = await mutationsAfterParse(await frameOf(page, '#same'));
    expect(same).toContain('added signet-overlay to html');
    expect(onlyHost(same)).toEqual([]);
    const cross = await mutationsAfterParse(await frameWith(page, 'fr-frame-cross.html'));
    expect(cross).toContain('added signet-overlay to html');
    expect(onlyHost(cross)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('a dictionary installed while a page with frames is open', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ install: false });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('marks every frame without a reload, and takes the marks of every frame away when the pack is turned off', async () => {
    const { page, errors } = await session.open('/fixtures/fr-frames.html');
    const same = await frameOf(page, '#same');
    await new Promise((r) => setTimeout(r, 500));
    expect(await marksIn(page, same)).toEqual([]);
    const options = await installPackThroughOptions(session.signet, session.packUrl);
    await waitForMarks(page, SAME, same);
    await waitForMarks(page, SRCDOC, await frameOf(page, '#srcdoc'));
    await waitForMarks(page, TOP);
    await options.bringToFront();
    await options.click('[data-testid="source"] input[role="switch"]');
    await waitForMarks(page, [], same);
    await waitForMarks(page, []);
    expect(errors).toEqual([]);
  });
});
