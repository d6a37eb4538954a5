import browser from 'webextension-polyfill';
import type { Result, TabMessageMap, TabMessageType } from './messages';

/**
 * Which of a tab's frames a message is for. Signet runs in every frame (manifest.json
 * all_frames), each frame its own content script with its own marks and player: a number is one
 * frame (0, the top one: the popup's count and page report are the top document's); 'focused'
 * the frame the reader is in (the keyboard commands), else the top one.
 */
export type TabFrame = number | 'focused';

/** Set on a message for the focused frame: the other frames leave it unanswered (src/content/extension-messages.ts). */
export const FOCUSED_ONLY = 'focusedOnly';

/**
 * Sends one typed request to the content script of one frame of a tab and unwraps its Result.
 * Throws when the frame has no Signet content script (browser pages, the web store, tabs opened
 * before Signet was installed) or when the content script answered an error.
 */
export async function sendToTab<T extends TabMessageType>(tabId: number, type: T, request: TabMessageMap[T]['request'], frame: TabFrame = 0): Promise<TabMessageMap[T]['response']> {
  let result: Result<TabMessageMap[T]['response']> | undefined;
  if (frame === 'focused') {
    // To every frame at once; only the one holding focus answers. None does when focus is in a
    // frame Signet does not run in, or outside the page: the top frame then.
    result = (await browser.tabs.sendMessage(tabId, { type, request, [FOCUSED_ONLY]: true }).catch(() => undefined)) as typeof result;
    if (!result) return sendToTab(tabId, type, request, 0);
  } else {
    result = (await browser.tabs.sendMessage(tabId, { type, request }, { frameId: frame })) as typeof result;
  }
  if (!result) throw new Error('Signet does not run on this page.');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Tells every frame of a tab, answers ignored (tabs without Signet refuse: nothing to do there). */
export function broadcastToTab<T extends TabMessageType>(tabId: number, type: T, request: TabMessageMap[T]['request']): void {
  // Without a frameId, tabs.sendMessage reaches the content script of every frame of the tab.
  void browser.tabs.sendMessage(tabId, { type, request }).catch(() => undefined);
}
