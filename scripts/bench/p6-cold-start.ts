/**
 * P6, cold start: the first mark in the viewport after DOMContentLoaded, with the dictionaries
 * installed (two of 30,000 entries by default) and the service worker stopped first, as Chrome
 * stops it after 30 s idle (CDP ServiceWorker.stopAllWorkers, tests/e2e/support/worker.ts), then
 * with the worker running (the same page loaded again at once). Read by the page's own probe
 * (in-page.ts PAGE_PROBE: the first animation frame with a mark in the viewport).
 */
import type { Page } from 'puppeteer';
import { waitFor, type SignetBrowser } from '../../tests/e2e/support/browser';
import { stopWorker } from '../../tests/e2e/support/worker';
import { PAGE_PROBE } from './in-page';
import { summarize, type Summary } from './stats';

export interface ColdStartRun {
  /** First mark in the viewport − DOMContentLoaded end, ms (page clock). */
  coldMs: number;
  warmMs: number;
}

export interface ColdStartResult {
  page: string;
  runs: ColdStartRun[];
  coldMs: Summary;
  warmMs: Summary;
}

/** Loads `url` in a new tab and returns first mark − DOMContentLoaded (ms). */
async function firstMarkAfterDcl(signet: SignetBrowser, url: string): Promise<number> {
  const page: Page = await signet.browser.newPage();
  try {
    await page.evaluateOnNewDocument(PAGE_PROBE);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 90_000 });
    const firstMark = await waitFor(() => page.evaluate(() => (window as unknown as { __signetBench: { firstMarkMs: number | null } }).__signetBench.firstMarkMs), 60_000, 20).catch(() => {
      throw new Error(`P6: no mark showed in the viewport of ${url}`);
    });
    const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
    return firstMark - dcl;
  } finally {
    await page.close();
  }
}

/** Run after every other measure of `signet`: stopping the worker kills `signet.worker`'s handle. */
export async function measureColdStart(signet: SignetBrowser, page: string, url: string, runs: number, log: (line: string) => void): Promise<ColdStartResult> {
  const options = await signet.browser.newPage();
  await options.goto(signet.extensionUrl('src/options/index.html'));
  const results: ColdStartRun[] = [];
  try {
    await stopWorker(options, signet.worker);
    for (let i = 0; i < runs; i++) {
      await stopWorker(options);
      // A stopped worker may take a moment to be reported stopped; the stop itself is synchronous for CDP.
      const coldMs = await firstMarkAfterDcl(signet, url);
      const warmMs = await firstMarkAfterDcl(signet, url);
      results.push({ coldMs, warmMs });
      log(`  P6 ${page} run ${i + 1}: cold ${coldMs.toFixed(0)} ms, warm ${warmMs.toFixed(0)} ms after DOMContentLoaded`);
    }
  } finally {
    await options.close();
  }
  return { page, runs: results, coldMs: summarize(results.map((r) => r.coldMs)), warmMs: summarize(results.map((r) => r.warmMs)) };
}
