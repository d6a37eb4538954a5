/**
 * The sites turned off, in Chromium's real storage.sync and its quotas (8,192 bytes per item,
 * 102,400 in all): a reader's list of 400 sites saves and loads, and a list that storage holds
 * but Signet cannot read (written by another version, broken in a sync) is never replaced by the
 * one site being toggled.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { waitFor } from './support/browser';
import { openPopup, tabIdOf, writeSettings } from './support/extension-helpers';
import { startSession, type Session } from './support/session';

declare const chrome: {
  storage: { sync: { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void>; getBytesInUse(keys: null): Promise<number> } };
};

/** 399 host names of a realistic length (14–33 characters), all different. */
const SITES = Array.from({ length: 399 }, (_, i) => `${['news', 'blog', 'www2', 'shop'][i % 4]}-${i}.${['lemonde.fr', 'example.org', 'universite-de-paris.fr'][i % 3]}`);

describe('sites turned off in storage.sync', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await startSession();
    page = (await session.open('/fixtures/fr-basic.html')).page;
  });
  afterAll(async () => session?.close());
  afterEach(async () => session.signet.worker.evaluate(() => chrome.storage.sync.clear()));

  const stored = () => session.signet.worker.evaluate(() => chrome.storage.sync.get(null));

  async function toggleSiteInPopup(): Promise<Page> {
    const popup = await openPopup(session.signet, await tabIdOf(session.signet, page));
    await popup.waitForSelector('#site-enabled');
    await popup.click('#site-enabled');
    return popup;
  }

  it('saves and loads 400 sites: the 400th added from the popup, all listed in the options page', async () => {
    await writeSettings(session.signet, { disabledSites: SITES });
    const popup = await toggleSiteInPopup();
    await waitFor(() => popup.$eval('[data-testid="page-count"]', (el) => el.textContent === 'Signet is off on this site.'), 5_000);
    expect(await popup.$('[role="alert"]')).toBeNull();
    await popup.close();

    // What Chromium holds: every item under its 8 KB quota, all of them far from the 100 KB one.
    const items = await stored();
    for (const [key, value] of Object.entries(items)) expect(key.length + JSON.stringify(value).length).toBeLessThan(8_192);
    expect(await session.signet.worker.evaluate(() => chrome.storage.sync.getBytesInUse(null))).toBeLessThan(51_200);

    const options = await session.signet.browser.newPage();
    await options.goto(session.signet.extensionUrl('src/options/index.html'));
    await options.waitForSelector('.sites .site');
    const listed = await options.$$eval('.sites .site-name', (names) => names.map((n) => n.textContent));
    expect(listed).toHaveLength(400);
    expect(listed).toEqual([...SITES, '127.0.0.1']);

    // Turned on again from the options page: 399, and the page is marked again.
    await options.click('.sites .site:last-child button');
    await waitFor(async () => (await options.$$('.sites .site')).length === 399, 5_000);
    await options.close();
  });

  it('never writes over a list it cannot read: the toggle is refused with a message, the stored list kept', async () => {
    const unreadable = { disabledSites: 'lemonde.fr bbc.co.uk' };
    await session.signet.worker.evaluate((items) => chrome.storage.sync.set(items), unreadable);
    const popup = await toggleSiteInPopup();
    const alert = await waitFor(() => popup.$eval('[role="alert"]', (el) => el.textContent ?? '').catch(() => ''), 5_000);
    expect(alert).toBe(
      'This change could not be saved: the list stored by the browser (perhaps synced from another version of Signet) could not be read, so Signet leaves it as it is rather than replace it. “Restore the default settings” in the options starts again from an empty list.',
    );
    expect(await stored()).toEqual(unreadable);
    // The switch shows what is stored again: Signet still on here.
    expect(await popup.$eval('#site-enabled', (el) => (el as HTMLInputElement).checked)).toBe(true);
    await popup.close();
  });
});
