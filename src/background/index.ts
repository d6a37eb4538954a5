/**
 * Service worker entry point: builds the background and registers its one message listener.
 * Listeners must be registered synchronously during the worker's first run, or Chrome does not
 * wake the worker for the events they listen to.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { watchSettings } from '../common/settings-storage';
import { listenToCommands } from './commands';
import { listenToLifecycle } from './lifecycle';
import { listenToMenu, setUpMenu } from './menus';
import { createTicketIssuer, createTicketRedeemer } from './player-tickets';
import { createRouter } from './router';
import { createBackground } from './services';
import { notifyTabsOfChanges } from './tab-notify';
import { watchDictionaryLanguages } from './publish-languages';
import { installTestHooks } from './test-hooks';

const background = createBackground({
  indexTag: browser.runtime.getManifest().version,
  mySigns: { extensionBaseUrl: browser.runtime.getURL('') },
  // Any extension API call resets Chrome's 30 s idle timer: long installs call this regularly.
  keepAlive: () => browser.runtime.getPlatformInfo(),
  onError: (what, error) => console.warn(`Signet: ${what} failed:`, error),
  issuePlayerTicket: createTicketIssuer(browser.storage.session),
  redeemPlayerTicket: createTicketRedeemer(browser.storage.session),
});

const route = createRouter({
  handlers: background.handlers,
  extensionBaseUrl: browser.runtime.getURL(''),
  extensionId: browser.runtime.id,
  onError: (type, error) => console.warn(`Signet: ${type} failed:`, error),
});

// Returning the promise is how webextension-polyfill sends an asynchronous answer.
// Who sent it is what the browser says (page URL, tab, extension id), never what the message says.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, { url: sender.url, tab: sender.tab !== undefined, id: sender.id }));

notifyTabsOfChanges(background.store);
const publishLanguages = watchDictionaryLanguages(background.store);
browser.runtime.onInstalled.addListener(() => void publishLanguages());
const lifecycle = listenToLifecycle(background);
listenToCommands();
listenToMenu();
// The menu item follows the master switch (and is created at the first start after install).
watchSettings((settings, changed) => {
  if (changed.has('enabled')) void setUpMenu(settings.enabled).catch((error) => console.warn('Signet: context menu:', error));
});

// Only in the test build: the constant is a literal there, so this call and the module it
// imports are dropped from the published extension.
if (__SIGNET_TEST_BUILD__) installTestHooks(background, lifecycle.installed);
