import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForStableHighlights } from './support/page-helpers';
import { startSession, type Session } from './support/session';

/** Every word of fr-basic.html that has an Elix sign, in page order, as the reader sees it. */
const EXPECTED_FR_BASIC = [
  'chapeau', 'clown', // <h1>
  'clown', 'chapeau', 'cour', 'collège',
  'réseau local', 'réseau', // "<em>réseau</em> local" is the expression, the second "réseau" alone
  'chauve-souris', 'couvercle', 'coffre',
  'à la saint glinglin', 'croissant', 'crêpe',
  'achat', 'chance', // "l’achat": the article is not part of the mark
  'dé', // "De toute façon" is the preposition, not the die
  'CHÂTEAU', 'château',
];

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
      // The parser's own insertions come before this marker; Signet starts after it (document_idle).
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
});
