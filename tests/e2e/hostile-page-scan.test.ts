import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './support/browser';
import { ContentWorld } from './support/content-world';
import { spyOnLookups, type LookupSpy } from './support/lookup-spy';
import { highlightedTexts, hoverAndPlay, locateText, paintedTexts, playerFrame, waitForPlayback, waitForStableHighlights } from './support/page-helpers';
import { startSession, type Session } from './support/session';

/**
 * Pages that do what ordinary and hostile pages do to Signet's scan and marks: a reader typing in
 * an editor, code and styles added later, a token no dictionary holds, a host taken out of
 * <html>, the highlight registry emptied. Each test behaves as the page would, through the page's
 * own scripts or the reader's own keys and pointer.
 */

/**
 * Appends a paragraph with "nuage" and waits until it is marked: mutation rescans run one after
 * another, so once it is, everything the page changed before it has been read (or skipped).
 */
async function markedAfterSentinel(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Un nuage passe.';
    document.getElementById('later')!.append(p);
  });
  return waitFor(
    async () => {
      const texts = await highlightedTexts(page);
      return texts.includes('nuage') ? texts : null;
    },
    15_000,
    100,
  );
}

const EDITABLE_PAGE_MARKS = ['chapeau', 'clown', 'clown', 'chapeau', 'cour', 'collège'];

describe('what a page does to the scan and the marks', () => {
  let session: Session;
  let spy: LookupSpy;
  beforeAll(async () => {
    session = await startSession();
    spy = await spyOnLookups(session.signet.worker);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('never reads, sends or marks what the reader types in a contenteditable', async () => {
    const { page, errors } = await session.open('/fixtures/fr-editable.html');
    expect(await waitForStableHighlights(page, EDITABLE_PAGE_MARKS.length)).toEqual(EDITABLE_PAGE_MARKS);
    // The reader clicks at the end of the draft and types two words that have a sign.
    const draft = await locateText(page, 'cochon');
    await page.mouse.click(draft.right + 30, draft.y);
    await page.keyboard.press('End');
    await page.keyboard.type(' un lapin et une fraise');
    expect(await page.$eval('#editor', (el) => (el as HTMLElement).innerText)).toContain('un lapin et une fraise');

    const marked = await markedAfterSentinel(page);
    expect(marked).toEqual([...EDITABLE_PAGE_MARKS, 'nuage']);
    const asked = await spy.words();
    expect(asked).toContain('nuage'); // The spy hears the rescans…
    expect(asked).not.toContain('lapin'); // …and the typed words never reached the background,
    expect(asked).not.toContain('fraise');
    expect(asked).not.toContain('cochon'); // nor the editor's first text.
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves unread the <pre>, <code>, <script>, <style> and SVG text a page adds or changes later', async () => {
    const { page, errors } = await session.open('/fixtures/fr-editable.html');
    await waitForStableHighlights(page, EDITABLE_PAGE_MARKS.length);
    await page.evaluate(() => {
      const later = document.getElementById('later')!;
      const add = (html: string) => later.insertAdjacentHTML('beforeend', html);
      add('<pre>citron</pre>');
      add('<code>crabe</code>');
      add('<script type="text/plain">crevette</script>');
      add('<style>/* cravate */</style>');
      add('<svg width="200" height="30"><text x="0" y="20">crocodile</text></svg>');
      document.head.insertAdjacentHTML('beforeend', '<style>/* cornichon */</style>');
      document.getElementById('listing')!.textContent = 'var couteau = 1;'; // text changed inside an old <pre>
      // And text changed inside the editor by the page's own script (an editor's autosave restoring a draft).
      document.getElementById('draft')!.firstChild!.textContent = 'Mon coquillage';
    });
    const marked = await markedAfterSentinel(page);
    expect(marked).toEqual([...EDITABLE_PAGE_MARKS, 'nuage']);
    const asked = new Set(await spy.words());
    for (const word of ['citron', 'crabe', 'crevette', 'cravate', 'crocodile', 'cornichon', 'couteau', 'coquillage']) {
      expect(asked.has(word), word).toBe(false);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes the marks off a region the page makes editable, and gives them back when it is read-only again', async () => {
    const { page } = await session.open('/fixtures/fr-basic.html');
    const before = await waitForStableHighlights(page, 10);
    expect(before).toContain('couvercle');
    await page.evaluate(() => document.getElementById('p3')!.setAttribute('contenteditable', 'true'));
    const editing = await waitFor(async () => {
      const texts = await highlightedTexts(page);
      return texts.includes('couvercle') ? null : texts;
    });
    expect(editing).toEqual(before.filter((w) => !['chauve-souris', 'couvercle', 'coffre'].includes(w)));
    await page.evaluate(() => document.getElementById('p3')!.removeAttribute('contenteditable'));
    await waitFor(async () => (await highlightedTexts(page)).length === before.length);
    expect(await highlightedTexts(page)).toEqual(before);
    await page.close();
  });

  it('marks every other word of a page holding a 1,000-character token', async () => {
    const { page, errors } = await session.open('/fixtures/fr-long-token.html');
    const token = await page.$eval('.token', (el) => el.textContent!.split(': ')[1]!);
    expect(token).toHaveLength(1000);
    const marked = await waitForStableHighlights(page, 9);
    expect(marked).toEqual(['chapeau', 'clown', 'clown', 'chapeau', 'cour', 'collège', 'chauve-souris', 'couvercle', 'coffre']);
    // The token reached the background with the rest of its run, which looked up every other word.
    expect(await spy.words()).toContain(token.toLowerCase());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays the next sign after the page removed Signet’s host, or replaced <html>’s children', async () => {
    const { page, errors } = await session.open('/fixtures/fr-basic.html');
    await waitForStableHighlights(page, 10);
    await hoverAndPlay(page, 'chapeau', 'chapeau', 1);
    await page.keyboard.press('Escape');

    // An anti-adblock script: removes any element it did not make.
    expect(
      await page.evaluate(() => {
        const host = document.querySelector('signet-overlay');
        host?.remove();
        return host !== null;
      }),
    ).toBe(true);
    const clown = await locateText(page, 'clown', 1);
    await page.mouse.move(clown.x, clown.y);
    const frame = await playerFrame(page, 'clown');
    expect(await waitForPlayback(frame)).toMatchObject({ videoWidth: 640, videoHeight: 480 });
    await page.keyboard.press('Escape');

    // The host removed while a sign shows: pointing at the same word again shows it again.
    await page.mouse.move(clown.x, clown.y + 200);
    await page.mouse.move(clown.x, clown.y);
    await waitForPlayback(await playerFrame(page, 'clown'));
    await page.evaluate(() => document.querySelector('signet-overlay')!.remove());
    await page.mouse.move(clown.x, clown.y + 200);
    await page.mouse.move(clown.x, clown.y);
    expect(await waitForPlayback(await playerFrame(page, 'clown'))).toMatchObject({ videoWidth: 640 });
    await page.keyboard.press('Escape');

    // A framework that owns <html>: it renders its head and body again, dropping anything else.
    await page.evaluate(() => document.documentElement.replaceChildren(document.head, document.body));
    expect(await page.evaluate(() => document.querySelector('signet-overlay'))).toBeNull();
    const cour = await locateText(page, 'cour');
    await page.mouse.move(cour.x, cour.y);
    expect(await waitForPlayback(await playerFrame(page, 'cour'))).toMatchObject({ videoWidth: 640 });
    expect(await page.evaluate(() => document.querySelectorAll('signet-overlay').length)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks and plays again after the page rewrites itself with document.open()', async () => {
    const { page, errors } = await session.open('/fixtures/fr-basic.html');
    await waitForStableHighlights(page, 10);
    await hoverAndPlay(page, 'chapeau', 'chapeau', 1);
    await page.keyboard.press('Escape');
    // document.open() takes out <html> and erases every event listener of the window and document.
    await page.evaluate(() => {
      document.open();
      document.write('<!doctype html><html lang="fr"><body><p>Un lapin mange une fraise dans la cour.</p><p id="later"></p></body></html>');
      document.close();
    });
    expect(await waitForStableHighlights(page, 3)).toEqual(['lapin', 'fraise', 'cour']);
    const rabbit = await locateText(page, 'lapin');
    await page.mouse.move(rabbit.x, rabbit.y);
    expect(await waitForPlayback(await playerFrame(page, 'lapin'))).toMatchObject({ videoWidth: 640 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('goes on with the rest of the page when the background fails one of its lookups', async () => {
    // The next lookup to reach the worker is answered with an error before Signet's own listener
    // answers (the first answer wins), as a worker stopped mid-answer would.
    await session.signet.worker.evaluate(() => {
      type Listener = (message: unknown, sender: unknown, respond: (answer: unknown) => void) => undefined;
      const scope = globalThis as unknown as { chrome: { runtime: { onMessage: { addListener(listener: Listener): void } } } };
      let failed = false;
      scope.chrome.runtime.onMessage.addListener((message, _sender, respond) => {
        if (!failed && (message as { type?: unknown } | null)?.type === 'text.marks') {
          failed = true;
          respond({ ok: false, error: 'Signet could not use the browser’s storage.' });
        }
        return undefined;
      });
    });
    const page = await session.signet.browser.newPage();
    const cdp = await page.createCDPSession();
    const world = await ContentWorld.attach(cdp, `chrome-extension://${session.signet.extensionId}`);
    await page.goto(session.server.url('/fixtures/fr-many-blocks.html'), { waitUntil: 'load' });
    // fr-many-blocks.html: 1,000 paragraphs with "clown" each, so the scan asks three times
    // (the paragraphs in view first, then 800, then the rest); the first question fails.
    const { marks } = await waitFor(() => world.evaluate<{ marks: number } | null>('globalThis.__signetScanned ? { marks: __signetMarks } : null'), 30_000, 100);
    const visible = await page.evaluate(() => [...document.querySelectorAll('#list p')].filter((p) => p.getBoundingClientRect().top < innerHeight).length);
    expect(visible).toBeGreaterThan(5);
    expect(marks).toBe(1000 - visible);
    await cdp.detach();
    await page.close();
  });

  it('registers its marks again after the page empties the highlight registry, at the next scroll or change', async () => {
    // fr-long.html: "chapeau" in its title, then 180 paragraphs, so that the page can scroll.
    const { page, errors } = await session.open('/fixtures/fr-long.html');
    await page.bringToFront();
    expect(await waitFor(async () => ((await paintedTexts(page)).length > 0 ? paintedTexts(page) : null))).toEqual(['chapeau']);

    await page.evaluate(() => CSS.highlights.clear());
    expect(await paintedTexts(page)).toEqual([]);
    await page.evaluate(() => scrollBy(0, 5));
    expect(await waitFor(async () => ((await paintedTexts(page)).length > 0 ? paintedTexts(page) : null))).toEqual(['chapeau']);

    // Its own Highlight under Signet's name, then a change of the page.
    await page.evaluate(() => CSS.highlights.set('signet-word', new Highlight()));
    expect(await paintedTexts(page)).toEqual([]);
    await page.evaluate(() => document.body.append(document.createElement('div')));
    expect(await waitFor(async () => ((await paintedTexts(page)).length > 0 ? paintedTexts(page) : null))).toEqual(['chapeau']);

    // Signet's own Highlight emptied through the registry.
    await page.evaluate(() => (CSS.highlights.get('signet-word') as unknown as Set<AbstractRange>).clear());
    expect(await paintedTexts(page)).toEqual([]);
    await page.evaluate(() => scrollBy(0, -5));
    expect(await waitFor(async () => ((await paintedTexts(page)).length > 0 ? paintedTexts(page) : null))).toEqual(['chapeau']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
