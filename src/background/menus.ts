/**
 * The context-menu item "Sign “%s”" / "Signer « %s »" on a selection: the browser puts the
 * selected text in place of %s. Clicking it asks the tab's content script to sign the selection
 * (looked up even if it is not a marked word; the player says so when nothing has a sign).
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { t } from '../common/i18n';
import { sendToTab } from '../common/send-tab';

export const SIGN_MENU_ID = 'signet-sign-selection';

let settingUp: Promise<void> = Promise.resolve();

/**
 * (Re)creates the item: menu items outlive the worker, so the old one is removed first instead of
 * tracking whether it exists. Hidden, not removed, while Signet is off: it comes back with the
 * master switch. Calls run one after the other: two interleaved would create the id twice.
 */
export function setUpMenu(visible: boolean): Promise<void> {
  settingUp = settingUp.catch(() => undefined).then(() => recreate(visible));
  return settingUp;
}

async function recreate(visible: boolean): Promise<void> {
  await browser.contextMenus.removeAll();
  await new Promise<void>((resolve, reject) => {
    // create() reports through a callback and runtime.lastError, not a promise.
    browser.contextMenus.create({ id: SIGN_MENU_ID, title: t('menu_sign_selection'), contexts: ['selection'], visible }, () => {
      const error = browser.runtime.lastError;
      if (error) reject(new Error(error.message));
      else resolve();
    });
  });
}

export async function handleMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId !== SIGN_MENU_ID || tab?.id === undefined) return;
  const request = typeof info.selectionText === 'string' ? { text: info.selectionText, fromKeyboard: false } : { fromKeyboard: false };
  // The frame the selection is in (the browser says which); a frame Signet does not run in
  // leaves it to the top frame, which signs the menu's text beside the viewport's corner.
  const frame = info.frameId ?? 0;
  try {
    await sendToTab(tab.id, 'page.sign', request, frame).catch((error: unknown) => {
      if (frame === 0) throw error;
      return sendToTab(tab.id!, 'page.sign', request, 0);
    });
  } catch {
    // The tab has no Signet content script (opened before Signet was installed): nothing to show in.
  }
}

/** Registered synchronously at the worker's start, or Chrome would not wake the worker for it. */
export function listenToMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));
}
