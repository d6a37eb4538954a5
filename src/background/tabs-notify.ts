import browser from 'webextension-polyfill';
import { sendToTab } from '../common/send-tab';

/**
 * Tells every open tab that the dictionaries changed, so marks follow at once without a reload.
 * Tabs without Signet's content script (browser pages, tabs opened before install) do not answer;
 * that is expected and ignored. Needs no "tabs" permission: ids are enough to send a message.
 */
export async function tellTabsDictionaryChanged(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : sendToTab(tab.id, 'dictionary.changed', {}).catch(() => undefined))));
}
