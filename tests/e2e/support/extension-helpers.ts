import type { Page } from 'puppeteer';
import type { Settings } from '../../../src/common/settings';
import { encodePatch } from '../../../src/common/settings-codec';
import { waitFor, type SignetBrowser } from './browser';

/** The few extension APIs the tests call inside the service worker (functions sent there by evaluate). */
declare const chrome: {
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
  storage: { sync: { set(items: object): Promise<void>; remove(keys: string[]): Promise<void>; get(keys: null): Promise<Record<string, unknown>> } };
};

/**
 * The browser's id of the tab showing `page` (what the popup, commands and menus address). The
 * extension has no "tabs" permission, so tabs' URLs are hidden from it: the page is brought to
 * the front and the active tab is asked for instead.
 */
export async function tabIdOf(signet: SignetBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return waitFor(
    () =>
      signet.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      }),
    5_000,
  );
}

/**
 * Opens the toolbar popup's page in a tab, about the tab `tabId`. Puppeteer cannot click the
 * toolbar button, and in a tab of its own the popup's "active tab" would be itself: the popup
 * takes ?tab=<id> for this (see src/popup/usePage.ts).
 */
export async function openPopup(signet: SignetBrowser, tabId: number): Promise<Page> {
  const popup = await signet.browser.newPage();
  await popup.setViewport({ width: 400, height: 600 });
  await popup.goto(signet.extensionUrl(`src/popup/index.html?tab=${tabId}`));
  await popup.waitForSelector('.popup');
  return popup;
}

/** Writes settings straight into storage.sync, in Signet's storage format, as another window of the popup would. */
export async function writeSettings(signet: SignetBrowser, patch: Partial<Settings>): Promise<void> {
  const { set, remove } = encodePatch(patch);
  await signet.worker.evaluate(
    async (values, stale) => {
      await chrome.storage.sync.set(values);
      if (stale.length > 0) await chrome.storage.sync.remove(stale);
    },
    set,
    remove,
  );
}

/** The settings as stored in storage.sync (absent keys: defaults, see src/common/settings.ts). */
export async function readSettings(signet: SignetBrowser): Promise<Partial<Settings>> {
  return signet.worker.evaluate(() => chrome.storage.sync.get(null)) as Promise<Partial<Settings>>;
}

/** Names of Signet's highlights registered on the page, with their range counts. */
export function signetHighlights(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const found: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('signet-')) found[name] = highlight.size;
    });
    return found;
  });
}
