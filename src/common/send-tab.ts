import browser from 'webextension-polyfill';
import type { Result, TabMessageMap, TabMessageType } from './messages';

/**
 * Sends one typed request to the content script of a tab's top frame and unwraps its Result.
 * Throws when the tab has no Signet content script (browser pages, the web store, tabs opened
 * before Signet was installed) or when the content script answered an error.
 */
export async function sendToTab<T extends TabMessageType>(
  tabId: number,
  type: T,
  request: TabMessageMap[T]['request'],
): Promise<TabMessageMap[T]['response']> {
  const result = (await browser.tabs.sendMessage(tabId, { type, request }, { frameId: 0 })) as Result<TabMessageMap[T]['response']> | undefined;
  if (!result) throw new Error('Signet does not run on this page.');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
