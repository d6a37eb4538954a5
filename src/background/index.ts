/**
 * Service worker entry point: builds the background and registers its one message listener.
 * Listeners must be registered synchronously during the worker's first run, or Chrome does not
 * wake the worker for the events they listen to.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { SourceSummary } from '../common/messages';
import { createRouter } from './router';
import { createBackground } from './services';

const background = createBackground();

const route = createRouter({
  handlers: background.handlers,
  extensionBaseUrl: browser.runtime.getURL(''),
  onError: (type, error) => console.warn(`Signet: ${type} failed:`, error),
});

// Returning the promise is how webextension-polyfill sends an asynchronous answer.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, { url: sender.url }));

declare global {
  /** Set once the listeners are registered; end-to-end tests wait for it before talking to the worker. */
  var __signetReady: boolean | undefined;
  /**
   * For end-to-end tests and demos only, which drive the worker from outside (puppeteer's
   * worker.evaluate) and have no extension page to send messages from. Extension code never uses it.
   */
  var __signet: { installPackFromUrl(url: string): Promise<SourceSummary>; listSources(): Promise<SourceSummary[]> } | undefined;
}

globalThis.__signet = { installPackFromUrl: background.installPackFromUrl, listSources: background.listSources };
globalThis.__signetReady = true;
