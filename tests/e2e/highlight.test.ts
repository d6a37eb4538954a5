import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR } from './support/paths';
import type { Page } from 'puppeteer';
import { waitFor } from './support/browser';
import { highlightedTexts, locateText, paintedTexts, tealPixelsIn, waitForStableHighlights } from './support/page-helpers';
import { startSession, type Session } from './support/session';

/** Every word of fr-basic.html that has an Elix sign, in page order, as the reader sees it. */
const EXPECTED_FR_BASIC = [
  'chapeau',
  'clown', // <h1>
  'clown',
  'chapeau',
  'cour',
  'collège',
  'réseau local',
  'réseau', // "<em>réseau</em> local" is the expression, the second "réseau" alone
  'chauve-souris',
  'couvercle',
  'coffre',
  'à la saint glinglin',
  'croissant',
  'crêpe',
  'achat',
  'chance', // "l’achat": the article is not part of the mark
  'dé', // "De toute façon" is the preposition, not the die
  'CHÂTEAU',
  'château',
];

/** Pixels of the marks' teal (#0f8b8d underline) in a screenshot of the word `text`. */
async function tealPixelsUnder(page: Page, text: string): Promise<number> {
  return tealPixelsIn(page, await locateText(page, text));
}

describe('marking the words that have a sign', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('marks exactly the expected words of a French page, and nothing in form fields or code', async () => {
    const { page, errors } = await session.open('/fixtures/fr-basic.html');
    const texts = await waitForStableHighlights(page, EXPECTED_FR_BASIC.length);
    expect(texts).toEqual(EXPECTED_FR_BASIC);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the marks: a teal underline under a marked word, in an inline element too, and none under other words', async () => {
    const { page } = await session.open('/fixtures/fr-basic.html');
    await waitForStableHighlights(page, EXPECTED_FR_BASIC.length);
    expect(await tealPixelsUnder(page, 'collège')).toBeGreaterThan(10);
    expect(await tealPixelsUnder(page, 'réseau local')).toBeGreaterThan(10); // "<em>réseau</em> local"
    expect(await tealPixelsUnder(page, 'perdu')).toBe(0);
    await page.close();
  });

  it('marks text the page adds later (MutationObserver), without a reload', async () => {
    const { page } = await session.open('/fixtures/fr-basic.html');
    await waitForStableHighlights(page, EXPECTED_FR_BASIC.length);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Un lapin mange une fraise.';
      document.getElementById('later')!.append(p);
    });
    const texts = await waitForStableHighlights(page, EXPECTED_FR_BASIC.length + 2);
    expect(texts).toEqual([...EXPECTED_FR_BASIC, 'lapin', 'fraise']);
    // Text that changes is re-read: the old marks go, the new ones come.
    await page.evaluate(() => {
      document.querySelector('#later p')!.textContent = 'Un nuage passe.';
    });
    const after = await waitForStableHighlights(page, EXPECTED_FR_BASIC.length + 1);
    expect(after).toEqual([...EXPECTED_FR_BASIC, 'nuage']);
    await page.close();
  });

  it('paints the marks near the viewport only, and those further down as the reader scrolls to them', async () => {
    // fr-long.html: "chapeau" in its title, 180 paragraphs without a signed word, "clown" at the end.
    const { page, errors } = await session.open('/fixtures/fr-long.html');
    expect(await waitFor(async () => ((await paintedTexts(page)).length > 0 ? paintedTexts(page) : null))).toEqual(['chapeau']);
    await page.evaluate(() => document.getElementById('bottom')!.scrollIntoView({ block: 'center' }));
    await waitFor(async () => (await paintedTexts(page)).includes('clown'));
    // The title is screens away now: its mark is no longer held by the page.
    expect(await waitFor(async () => ((await paintedTexts(page)).length === 1 ? paintedTexts(page) : null))).toEqual(['clown']);
    await page.evaluate(() => scrollTo(0, 0));
    await waitFor(async () => (await paintedTexts(page)).includes('chapeau'));
    expect(await highlightedTexts(page)).toEqual(['chapeau', 'clown']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('changes nothing in the page’s DOM but one host element, and logs no error', async () => {
    const page = await session.signet.browser.newPage();
    // Installed before any script of the page or of Signet runs.
    await page.evaluateOnNewDocument(() => {
      const seen: string[] = [];
      (window as unknown as { __mutations: string[] }).__mutations = seen;
      const record = (records: MutationRecord[]) => {
        for (const r of records) {
          const name = (n: Node) => (n.nodeType === 1 ? (n as Element).tagName.toLowerCase() : n.nodeName);
          if (r.type === 'childList') {
            r.addedNodes.forEach((n) => seen.push(`added ${name(n)} to ${name(r.target)}`));
            r.removedNodes.forEach((n) => seen.push(`removed ${name(n)} from ${name(r.target)}`));
          } else {
            seen.push(`${r.type} ${r.attributeName ?? ''} on ${name(r.target)}`);
          }
        }
      };
      const observer = new MutationObserver(record);
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      // The parser's own insertions come before this marker; Signet reads the page from DOMContentLoaded on (its listener, added at document_start, runs after this one).
      // Records are delivered in a later microtask, so drain the parser's pending ones first.
      document.addEventListener('DOMContentLoaded', () => {
        record(observer.takeRecords());
        seen.push('--parsed--');
      });
    });
    const { collectSignetErrors } = await import('./support/browser');
    const errors = collectSignetErrors(page, session.signet.extensionId);
    await page.goto(session.server.url('/fixtures/fr-basic.html'), { waitUntil: 'load' });
    await waitForStableHighlights(page, EXPECTED_FR_BASIC.length);
    const { locateText, playerFrame, waitForPlayback } = await import('./support/page-helpers');
    const word = await locateText(page, 'chapeau', 1);
    await page.mouse.move(word.x, word.y);
    await waitForPlayback(await playerFrame(page, 'chapeau'));
    await page.keyboard.press('Escape');
    const all = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    expect(all).toContain('--parsed--');
    const after = all.slice(all.indexOf('--parsed--') + 1);
    const outsideHost = after.filter((m) => !m.startsWith('added signet-overlay to html') && !/ on signet-overlay$/.test(m));
    expect(after).toContain('added signet-overlay to html');
    expect(outsideHost).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets the page fetch nothing at Signet’s fixed address, not even the player page (a site cannot detect Signet by them)', async () => {
    const { page } = await session.open('/fixtures/fr-basic.html');
    await waitForStableHighlights(page, EXPECTED_FR_BASIC.length);
    const built = JSON.parse(readFileSync(resolve(DIST_DIR, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> };
    const scripts = [
      ...built.content_scripts.flatMap((script) => script.js),
      ...readdirSync(resolve(DIST_DIR, 'assets'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => `assets/${f}`),
    ];
    const fetched = await page.evaluate(
      async (base, files) =>
        Promise.all(
          files.map((file) =>
            fetch(base + file).then(
              (r) => `${file} ${r.status}`,
              () => `${file} blocked`,
            ),
          ),
        ),
      `chrome-extension://${session.signet.extensionId}/`,
      [...scripts, 'src/player/index.html'],
    );
    // The player is web-accessible only at a per-session address (use_dynamic_url), which only
    // Signet's own frame is given.
    expect(fetched).toEqual([...scripts.map((file) => `${file} blocked`), 'src/player/index.html blocked']);
    await page.close();
  });
});
