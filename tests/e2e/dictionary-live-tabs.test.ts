import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPackThroughOptions, waitFor } from './support/browser';
import { spyOnLookups, type LookupSpy } from './support/lookup-spy';
import { highlightedTexts, waitForStableHighlights } from './support/page-helpers';
import { startSession, type Session } from './support/session';

/** fr-basic.html's words with an Elix sign (see highlight.test.ts). */
const FR_BASIC_MARKS = 19;

/** Waits until the page's marks, read top to bottom, are `expected` in number. */
function marksReach(page: Page, expected: number): Promise<string[]> {
  return waitFor(async () => {
    const texts = await highlightedTexts(page);
    return texts.length === expected ? texts : null;
  }, 15_000, 100);
}

/**
 * Tabs already open hear about dictionary changes made in the options page: no reload. The
 * reader installs the Elix pack, turns it off and on, then removes it, with a French page open.
 */
describe('dictionary changes reach the tabs already open', () => {
  let session: Session;
  let options: Page;
  let spy: LookupSpy;
  beforeAll(async () => {
    session = await startSession({ install: false });
    spy = await spyOnLookups(session.signet.worker);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('marks a French page opened before its pack was installed, without a reload', async () => {
    const { page, errors } = await session.open('/fixtures/fr-basic.html');
    const english = await session.open('/pages/wikipedia.html'); // lang="en": no French pack answers it
    // No dictionary yet: the page is not read at all.
    await new Promise((r) => setTimeout(r, 500));
    expect(await highlightedTexts(page)).toEqual([]);
    expect(await spy.words()).toEqual([]);

    options = await installPackThroughOptions(session.signet, session.packUrl);
    const marked = await waitForStableHighlights(page, FR_BASIC_MARKS);
    expect(marked).toHaveLength(FR_BASIC_MARKS);
    expect(marked.slice(0, 6)).toEqual(['chapeau', 'clown', 'clown', 'chapeau', 'cour', 'collège']);
    // Only the French page read its words: the English one was not concerned.
    const asked = await spy.words();
    expect(asked).toContain('chapeau');
    expect(asked).not.toContain('wikipedia');
    expect(await highlightedTexts(english.page)).toEqual([]);
    expect(errors).toEqual([]);
    await english.page.close();
    await page.close();
  });

  it('takes the marks away when the pack is turned off, gives them back when it is on, and takes them for good when it is removed', async () => {
    const { page, errors } = await session.open('/fixtures/fr-basic.html');
    const before = await waitForStableHighlights(page, FR_BASIC_MARKS);

    await options.bringToFront();
    await options.click('[data-testid="source"] input[role="switch"]');
    await waitFor(() => options.$('[data-testid="source"][data-enabled="false"]'));
    expect(await marksReach(page, 0)).toEqual([]);

    await options.bringToFront();
    await options.click('[data-testid="source"] input[role="switch"]');
    await waitFor(() => options.$('[data-testid="source"][data-enabled="true"]'));
    expect(await marksReach(page, before.length)).toEqual(before);

    await options.bringToFront();
    await options.click('[data-testid="source"] button[data-action="remove"]');
    await waitFor(async () => (await options.$$('[data-testid="source"]')).length === 0);
    expect(await marksReach(page, 0)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
