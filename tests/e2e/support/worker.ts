import type { Browser, Page, WebWorker } from 'puppeteer';
import { waitFor } from './browser';

/**
 * Stops the extension's service worker as the browser does when it is idle (or short of memory):
 * CDP ServiceWorker.stopAllWorkers, sent from one of the extension's own pages, which shares its
 * storage partition. The worker starts again at the next event (a page's message, an alarm).
 * A DevTools session attached to the worker (puppeteer's WebWorker handle) would hold the next
 * start waiting for its debugger, so the handle's session is detached first: it is dead
 * afterwards anyway; use currentWorker().
 */
export async function stopWorker(extensionPage: Page, worker?: WebWorker): Promise<void> {
  await worker?.client.detach().catch(() => undefined);
  const cdp = await extensionPage.createCDPSession();
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The running worker, once its script has registered its listeners. */
export async function currentWorker(browser: Browser): Promise<WebWorker> {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 });
  const worker = (await target.worker())!;
  await waitFor(() => worker.evaluate(() => globalThis.__signetReady === true), 15_000);
  return worker;
}
