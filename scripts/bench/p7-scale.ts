/**
 * P7, scale: one dictionary of 200,000 entries (scripts/make-large-pack.ts --lang mixed: French
 * and English lemmas, then two-word expressions of them), in a fresh browser: its install, the
 * IndexedDB space it takes, a page's lookup once the index is loaded, the heap a tab gains, and
 * the first lookup after the worker was stopped (worker start + index load).
 */
import type { Browser, Page } from 'puppeteer';
import type { SignetBrowser } from '../../tests/e2e/support/browser';
import { contentWorldOf } from '../../tests/e2e/support/content-world';
import { stopWorker } from '../../tests/e2e/support/worker';
import type { Served } from './launch';
import { measureMemory, type MemoryPageResult } from './p3-memory';
import { timeFirstLookup, timeInstall } from './p5-dictionary';
import { summarize, type Summary } from './stats';

export interface ScaleResult {
  entries: number;
  installMs: number;
  /** navigator.storage.estimate().usage of the extension after the install (IndexedDB mostly). */
  storageBytes: number;
  /** The page's unique words, asked in one words.lookup from a content script's world, round trip (worker time is less). */
  pageLookup: { page: string; words: number; ms: Summary };
  /** First words.lookup after the worker was stopped, round trip: worker start and index load. */
  coldLookupMs: Summary;
  memory: MemoryPageResult[];
}

export async function measureScale(
  signet: SignetBrowser,
  plain: Browser,
  served: Served,
  _entries: number,
  page: string,
  runs: number,
  waitScanned: (page: Page) => Promise<number>,
  log: (line: string) => void,
): Promise<ScaleResult> {
  const install = await timeInstall(signet, served.packUrls[0]!);
  log(`  P7 install of ${install.entries} entries: ${install.installMs.toFixed(0)} ms`);
  const storageBytes = await signet.worker.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const pageLookup = await timePageLookup(signet, served.pageUrl(page), runs);
  log(`  P7 lookup of ${pageLookup.words} words of ${page}: ${pageLookup.ms.median.toFixed(1)} ms`);
  const memory = await measureMemory(signet, plain, [[page, served.pageUrl(page)]], runs, waitScanned, log);
  const options = await signet.browser.newPage();
  await options.goto(signet.extensionUrl('src/options/index.html'));
  const cold: number[] = [];
  try {
    await stopWorker(options, signet.worker);
    for (let i = 0; i < runs; i++) {
      await stopWorker(options);
      cold.push((await timeFirstLookup(signet, 'fr', served.blankUrl)).firstMs);
      log(`  P7 cold lookup run ${i + 1}: ${cold.at(-1)!.toFixed(0)} ms`);
    }
  } finally {
    await options.close();
  }
  return { entries: install.entries, installMs: install.installMs, storageBytes, pageLookup: { page, ...pageLookup }, coldLookupMs: summarize(cold), memory };
}

/** The page's unique words (letters, lower-cased), asked as the content script asks, once the index is warm. */
async function timePageLookup(signet: SignetBrowser, url: string, runs: number): Promise<{ words: number; ms: Summary }> {
  const tab = await signet.browser.newPage();
  try {
    await tab.goto(url, { waitUntil: 'load', timeout: 90_000 });
    const { world, detach } = await contentWorldOf(tab, signet.extensionId);
    try {
      const timed = await world.evaluate<{ words: number; ms: number[] } | { error: string }>(`(async () => {
        const words = [...new Set((document.body.innerText.match(/[\\p{L}]+/gu) ?? []).map((w) => w.toLowerCase()))];
        const request = { words: words.join('\\n'), lang: (document.documentElement.lang || 'fr').split('-')[0] };
        const ms = [];
        try {
          for (let i = 0; i <= ${runs}; i++) {
            const started = performance.now();
            const result = await chrome.runtime.sendMessage({ type: 'words.lookup', request });
            if (!result || !result.ok) throw new Error('words.lookup failed: ' + (result && result.error));
            if (i > 0) ms.push(performance.now() - started);
          }
        } catch (error) {
          return { error: String(error) };
        }
        return { words: words.length, ms };
      })()`);
      if (!timed || 'error' in timed) throw new Error(timed?.error ?? 'words.lookup did not answer');
      return { words: timed.words, ms: summarize(timed.ms) };
    } finally {
      await detach();
    }
  } finally {
    await tab.close();
  }
}
