/**
 * Service worker entry point: builds the background and registers its one message listener.
 * Listeners must be registered synchronously during the worker's first run, or Chrome does not
 * wake the worker for the events they listen to.
 */
import browser, { type Menus, type Runtime } from 'webextension-polyfill';
import type { SourceSummary } from '../common/messages';
import { watchSettings } from '../common/settings-storage';
import { handleCommand, listenToCommands } from './commands';
import { dictionaryTestHooks, listenToLifecycle, type DictionaryTestHooks } from './lifecycle';
import { handleMenuClick, listenToMenu, setUpMenu } from './menus';
import { createRouter } from './router';
import { createBackground } from './services';
import { tellTabsDictionaryChanged } from './tabs-notify';

const background = createBackground({
  mySigns: { extensionBaseUrl: browser.runtime.getURL(''), notifyTabs: tellTabsDictionaryChanged },
  // Any extension API call resets Chrome's 30 s idle timer: long installs call this regularly.
  keepAlive: () => browser.runtime.getPlatformInfo(),
  onError: (what, error) => console.warn(`Signet: ${what} failed:`, error),
});

const route = createRouter({
  handlers: background.handlers,
  extensionBaseUrl: browser.runtime.getURL(''),
  onError: (type, error) => console.warn(`Signet: ${type} failed:`, error),
});

// Returning the promise is how webextension-polyfill sends an asynchronous answer.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, { url: sender.url }));

const lifecycle = listenToLifecycle(background);
listenToCommands();
listenToMenu();
// The menu item follows the master switch (and is created at the first start after install).
watchSettings((settings, changed) => {
  if (changed.has('enabled')) void setUpMenu(settings.enabled).catch((error) => console.warn('Signet: context menu:', error));
});

declare global {
  /** Set once the listeners are registered; end-to-end tests wait for it before talking to the worker. */
  var __signetReady: boolean | undefined;
  /**
   * For end-to-end tests and demos only, which drive the worker from outside (puppeteer's
   * worker.evaluate) and have no extension page to send messages from. Extension code never uses it.
   */
  var __signet:
    | (DictionaryTestHooks & {
        installPackFromUrl(url: string): Promise<SourceSummary>;
        listSources(): Promise<SourceSummary[]>;
        /**
         * Runs what the browser runs for a keyboard command in this tab. Puppeteer's key presses go
         * to the page, not to the browser's shortcut handling, so tests cannot press the shortcut.
         */
        runCommand(command: string, tabId: number): Promise<void>;
        /** Runs what the browser runs for a context-menu click; no automation API can click that menu. */
        clickMenu(info: Menus.OnClickData, tabId: number): Promise<void>;
      })
    | undefined;
}

globalThis.__signet = {
  ...dictionaryTestHooks(background, lifecycle.installed),
  installPackFromUrl: background.installPackFromUrl,
  listSources: background.listSources,
  runCommand: async (command, tabId) => handleCommand(command, await browser.tabs.get(tabId)),
  clickMenu: async (info, tabId) => handleMenuClick(info, await browser.tabs.get(tabId)),
};
globalThis.__signetReady = true;
