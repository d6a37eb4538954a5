import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPackThroughOptions, waitFor } from './support/browser';
import { ELIX_CREDIT } from './support/elix-pack';
import { spyOnLookups, type LookupSpy } from './support/lookup-spy';
import { highlightedTexts, waitForStableHighlights } from './support/page-helpers';
import { startRouteServer } from './support/route-server';
import { startSession, type Session } from './support/session';

/** fr-basic.html's words with an Elix sign (see highlight.test.ts). */
const FR_BASIC_MARKS = 19;

/** Waits until the page's marks, read top to bottom, are `expected` in number. */
function marksReach(page: Page, expected: number): Promise<string[]> {
  return waitFor(
    async () => {
      const texts = await highlightedTexts(page);
      return texts.length === expected ? texts : null;
    },
    15_000,
    100,
  );
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

  it('keeps every mark painted while a second pack is installed and removed, adding and taking away only its words', async () => {
    await (await installPackThroughOptions(session.signet, session.packUrl)).close();
    const { page, errors } = await session.open('/fixtures/fr-basic.html');
    await page.bringToFront();
    const before = await waitForStableHighlights(page, FR_BASIC_MARKS);
    // The page counts the painted marks at every frame from now on (fr-basic fits in one screen:
    // all its marks are painted).
    await page.evaluate(() => {
      const scope = window as unknown as { __fewest: number };
      scope.__fewest = Infinity;
      const sample = () => {
        const size = (CSS.highlights.get('signet-word') as unknown as Set<unknown> | undefined)?.size ?? 0;
        scope.__fewest = Math.min(scope.__fewest, size);
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    const extra = await startRouteServer();
    try {
      const video = session.server.url('/pack/videos/chapeau.webm');
      const packUrl = extra.serve('/extra/pack.json', {
        format: 'signet-pack',
        formatVersion: 1,
        id: 'lsf-extra',
        name: 'LSF extra',
        version: '1.0.0',
        signLanguage: 'fsl',
        spokenLanguage: 'fr',
        licence: 'CC-BY-SA-4.0',
        attribution: ELIX_CREDIT,
        entries: [{ id: 'panne', forms: ['panne'], videos: [{ url: video, type: 'video/webm', width: 640, height: 480, duration: 3.8 }] }],
      });
      const extraOptions = await installPackThroughOptions(session.signet, packUrl);
      await page.bringToFront();
      const after = await marksReach(page, before.length + 1);
      expect(after.filter((word) => word !== 'panne')).toEqual(before);
      expect(after).toContain('panne'); // "le réseau local de l’école est en panne"
      const fewest = () => page.evaluate(() => (window as unknown as { __fewest: number }).__fewest);
      expect(await fewest()).toBe(before.length);

      // Removing it again: "panne" goes, and the Elix marks of its paragraph stay painted throughout.
      await page.evaluate(() => ((window as unknown as { __fewest: number }).__fewest = Infinity));
      await extraOptions.bringToFront();
      await extraOptions.click('[data-source-id="lsf-extra"] button[data-action="remove"]');
      await waitFor(() => extraOptions.$('[data-source-id="lsf-extra"]').then((item) => item === null));
      await page.bringToFront();
      expect(await marksReach(page, before.length)).toEqual(before);
      expect(await fewest()).toBe(before.length);
      await extraOptions.close();
    } finally {
      await extra.close();
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
