/**
 * P3, memory: the heap Signet adds to a tab.
 *
 * The content script's isolated world lives in the page's own V8 isolate, so no counter reports
 * it alone, and performance.measureUserAgentSpecificMemory needs a cross-origin-isolated page.
 * So: the same page in two browsers launched the same way, one with Signet (and its large
 * dictionaries installed) and one without, garbage collected twice, then the isolate's heap read
 * with Runtime.getHeapUsage: V8's JS heap (`usedSize`) and Blink's garbage-collected heap
 * (`embedderHeapUsedSize`, where the Range objects of the marks and the Highlight live). The
 * difference of the medians is Signet's share. Tabs are opened one at a time, each in a fresh
 * renderer, and the two browsers take turns so that a slow spell hits both. The same loads then
 * time the page's own DOM work and Signet's reaction to it (page-work.ts).
 */
import type { Browser, Page } from 'puppeteer';
import type { SignetBrowser } from '../../tests/e2e/support/browser';
import { signetMsAfterAppend, timeDomWork } from './page-work';
import { round, sleep, summarize, type Summary } from './stats';

export interface HeapSample {
  jsBytes: number;
  embedderBytes: number;
  /** The page's own burst of DOM work (page-work.ts), ms. */
  domWorkMs: number;
}

export interface MemoryPageResult {
  page: string;
  withSignet: { jsMB: Summary; embedderMB: Summary };
  without: { jsMB: Summary; embedderMB: Summary };
  /** Differences of the medians, in MiB (2^20 bytes, as DevTools counts). */
  addedJsMB: number;
  addedEmbedderMB: number;
  addedTotalMB: number;
  /** Marks on the whole page, and those painted (near the viewport). */
  marks: number;
  painted: number;
  /** The page's own DOM work with and without Signet (page-work.ts), ms. */
  domWorkMs: { withSignet: Summary; without: Summary };
  /** Signet's main-thread time after the page appended one paragraph to <body>, ms. */
  signetAfterAppendMs: Summary;
}

const MB = 1024 * 1024;
/** After load (and, with Signet, after its scan), time for late scripts and timers to settle. */
const SETTLE_MS = 1000;

interface Load extends HeapSample {
  marks: number;
  painted: number;
  signetAfterAppendMs: number;
}

/** One load: heap after GC, then the page's DOM work, then (with Signet) its reaction to an append. */
async function measureLoad(browser: Browser, url: string, ready: (page: Page) => Promise<number>, extensionOrigin: string | null): Promise<Load> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 90_000 });
    const marks = await ready(page);
    await sleep(SETTLE_MS);
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    const painted = await page.evaluate(() => {
      let n = 0;
      for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) if (name.startsWith('signet-word')) n += h.size;
      return n;
    });
    const domWorkMs = await timeDomWork(page);
    const signetAfterAppendMs = extensionOrigin ? await signetMsAfterAppend(page, cdp, extensionOrigin) : 0;
    return { jsBytes: usage.usedSize, embedderBytes: usage.embedderHeapUsedSize ?? 0, domWorkMs, marks, painted, signetAfterAppendMs };
  } finally {
    await page.close();
  }
}

export async function measureMemory(
  signet: SignetBrowser,
  plain: Browser,
  urls: ReadonlyArray<[string, string]>,
  runs: number,
  /** Resolves once Signet's first scan ended, with the marks it found. */
  waitScanned: (page: Page) => Promise<number>,
  log: (line: string) => void,
): Promise<MemoryPageResult[]> {
  const results: MemoryPageResult[] = [];
  for (const [file, url] of urls) {
    const withSignet: Load[] = [];
    const without: Load[] = [];
    const origin = `chrome-extension://${signet.extensionId}`;
    for (let run = 0; run < runs; run++) {
      const a = await measureLoad(signet.browser, url, waitScanned, origin);
      const b = await measureLoad(plain, url, async () => 0, null);
      withSignet.push(a);
      without.push(b);
      log(
        `  P3 ${file} run ${run + 1}: JS ${(a.jsBytes / MB).toFixed(2)} vs ${(b.jsBytes / MB).toFixed(2)} MB, Blink ${(a.embedderBytes / MB).toFixed(2)} vs ${(b.embedderBytes / MB).toFixed(2)} MB; page DOM work ${a.domWorkMs.toFixed(1)} vs ${b.domWorkMs.toFixed(1)} ms; Signet after an append ${a.signetAfterAppendMs.toFixed(1)} ms`,
      );
    }
    const mb = (list: Load[], key: 'jsBytes' | 'embedderBytes') => summarize(list.map((s) => s[key] / MB));
    const w = { jsMB: mb(withSignet, 'jsBytes'), embedderMB: mb(withSignet, 'embedderBytes') };
    const wo = { jsMB: mb(without, 'jsBytes'), embedderMB: mb(without, 'embedderBytes') };
    const addedJsMB = w.jsMB.median - wo.jsMB.median;
    const addedEmbedderMB = w.embedderMB.median - wo.embedderMB.median;
    results.push({
      page: file,
      withSignet: w,
      without: wo,
      addedJsMB: round(addedJsMB),
      addedEmbedderMB: round(addedEmbedderMB),
      addedTotalMB: round(addedJsMB + addedEmbedderMB),
      marks: summarize(withSignet.map((s) => s.marks)).median,
      painted: summarize(withSignet.map((s) => s.painted)).median,
      domWorkMs: { withSignet: summarize(withSignet.map((s) => s.domWorkMs)), without: summarize(without.map((s) => s.domWorkMs)) },
      signetAfterAppendMs: summarize(withSignet.map((s) => s.signetAfterAppendMs)),
    });
  }
  return results;
}

/** The background's heap with the dictionaries loaded (one per browser, not per tab): for scale. */
export async function backgroundHeapMB(signet: SignetBrowser): Promise<number> {
  const cdp = signet.worker.client;
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return round(usage.usedSize / MB);
}
