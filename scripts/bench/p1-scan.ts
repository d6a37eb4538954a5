/**
 * P1, the scan: main-thread time Signet spends to scan, match and highlight a page, next to the
 * floor measured in the same page, plus long tasks and the time until the first marks show.
 *
 * One run of one page: a fresh tab opens an empty page of the same origin (so the renderer, and
 * the profiler attached to it, survive the navigation), the CPU profiler starts, the page loads,
 * the bench waits for the content script's "first scan ended" mark (read in Signet's isolated
 * world), then runs the floor in the page and stops the profiler and a trace of the page's
 * tasks. Both figures come from the same profile and trace (CPU time of the tasks, shared out by
 * the samples: tasks.ts), so the profiler's own overhead weighs on both sides of the ratio, and a
 * busy machine, which stretches wall time, does not.
 */
import type { Page, Protocol } from 'puppeteer';
import { waitFor, type SignetBrowser } from '../../tests/e2e/support/browser';
import { ANCHOR_EXPRESSION, bareFloorExpression, floorExpression, PAGE_PROBE, signitExpression } from './in-page';
import { ContentWorld, type Served } from './launch';
import { analyzeProfile } from './profile';
import { round, summarize, type Summary } from './stats';
import { cpuOf, mainThreadTasks, TRACE_CATEGORIES } from './tasks';

export interface ScanRun {
  /**
   * Main-thread CPU time of Signet's content script, from its injection to the end of its first
   * scan: each task's thread time shared out by the profile's samples (tasks.ts).
   */
  signetMs: number;
  /** The same-skips floor's CPU time, the same way (the bench's floor before format 2). */
  floorMs: number;
  /** signetMs / floorMs. */
  ratio: number;
  /** The bare cold floor's CPU time (in-page.ts bareFloorExpression): the headline ratio's denominator. */
  bareMs: number;
  /** signetMs / bareMs: the headline ratio (P1: ≤ 3). */
  bareRatio: number;
  /** The SignIt-style highlighter's CPU time with the same word list; null on a page of no dictionary's language. */
  signitMs: number | null;
  signitMarks: number | null;
  /** <html lang> of the page, primary subtag. */
  lang: string;
  /** The same two from the samples alone (wall time between samples: inflated when the machine is busy). */
  signetSampledMs: number;
  floorSampledMs: number;
  /** The floor timed by performance.now (wall time, its GC included). */
  floorWallMs: number;
  /** Share of Signet's samples that fell inside a traced task (the CPU figures cover only those). */
  taskCoverage: number;
  /** Garbage collection in the whole profile (page load included): not attributable, shown for scale. */
  gcMs: number;
  /** The longest main-thread task at least half of whose samples were Signet's: wall time and CPU time. */
  longestSignetTaskMs: number;
  longestSignetTaskCpuMs: number;
  /** Signet's tasks (as above) over 50 ms of CPU time: the budget is none. */
  signetLongTasks: number;
  /** Long tasks (> 50 ms) the page saw, all causes, by its own PerformanceObserver. */
  longTasks: number;
  /** From navigation start: DOMContentLoaded, load, Signet's first sample, first mark in the viewport, end of scan. */
  domContentLoadedMs: number;
  loadMs: number;
  signetStartMs: number | null;
  firstMarkMs: number | null;
  scanEndMs: number;
  /** Marks the first scan found on the whole page (read in Signet's world). */
  marks: number;
  /** Of those, the marks painted (CSS.highlights): only blocks near the viewport are. */
  painted: number;
  floorNodes: number;
  floorWords: number;
  byLeaf: Record<string, number>;
}

export interface ScanPageResult {
  page: string;
  runs: ScanRun[];
  signetMs: Summary;
  floorMs: Summary;
  floorWallMs: Summary;
  ratio: Summary;
  bareMs: Summary;
  bareRatio: Summary;
  signitMs: Summary | null;
  lang: string;
  longestSignetTaskMs: Summary;
  longestSignetTaskCpuMs: Summary;
  signetLongTasks: Summary;
  longTasks: Summary;
  /** First mark in the viewport, after Signet's first sample (ms). */
  firstMarkAfterStartMs: Summary | null;
  firstMarkMs: Summary | null;
  marks: number;
  painted: number;
  floorWords: number;
  /** Median Signet ms per leaf (file of Signet, or native call it made), largest first. */
  topLeaves: Array<[string, number]>;
}

export interface ScanOptions {
  runs: number;
  /** Profiler sampling interval, µs. */
  intervalUs: number;
  log: (line: string) => void;
  /** Every dictionary word by written language, for the SignIt-style highlighter. */
  signitWords: Record<string, readonly string[]>;
}

export async function measureScan(signet: SignetBrowser, served: Served, pages: readonly string[], options: ScanOptions): Promise<ScanPageResult[]> {
  const runsByPage = new Map<string, ScanRun[]>(pages.map((p) => [p, []]));
  // Run 0 warms up: the background builds its index for each page language on first question,
  // and the browser's caches fill. Rounds go over every page in turn, so a slow spell of the
  // shared machine spreads over all pages instead of hitting one.
  for (let round = 0; round <= options.runs; round++) {
    for (const file of pages) {
      const run = await scanOnce(signet, served, file, options.intervalUs, options.signitWords);
      if (round === 0) continue;
      runsByPage.get(file)!.push(run);
      options.log(
        `  P1 ${file} run ${round}: Signet ${run.signetMs.toFixed(1)} ms, bare floor ${run.bareMs.toFixed(1)} ms (×${run.bareRatio.toFixed(2)}), same-skips floor ${run.floorMs.toFixed(1)} ms (×${run.ratio.toFixed(2)}), SignIt-style ${run.signitMs === null ? '–' : run.signitMs.toFixed(1)} ms, longest task ${run.longestSignetTaskCpuMs.toFixed(1)} ms CPU (${run.longestSignetTaskMs.toFixed(1)} ms wall), ${(run.taskCoverage * 100).toFixed(0)}% in traced tasks, ${run.marks} marks (${run.painted} painted)`,
      );
    }
  }
  return pages.map((page) => summarizePage(page, runsByPage.get(page)!));
}

let nonce = Date.now() % 1e9;

async function scanOnce(signet: SignetBrowser, served: Served, file: string, intervalUs: number, signitWords: Record<string, readonly string[]>): Promise<ScanRun> {
  const page = await signet.browser.newPage();
  try {
    await page.evaluateOnNewDocument(PAGE_PROBE);
    await page.goto(served.blankUrl, { waitUntil: 'load' });
    const cdp = await page.createCDPSession();
    const origin = `chrome-extension://${signet.extensionId}`;
    const world = await ContentWorld.attach(cdp, origin);
    // The empty page's own (tiny) scan must be over before the profile starts.
    await waitFor(() => world.evaluate<number>('globalThis.__signetScanned'), 15_000);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await cdp.send('Profiler.start');
    await page.goto(served.pageUrl(file), { waitUntil: 'load', timeout: 90_000 });
    const scanEndMs = await waitFor(() => world.evaluate<number>('globalThis.__signetScanned'), 90_000, 25);
    const marks = (await world.evaluate<number>('globalThis.__signetMarks')) ?? 0;
    const anchorAt = (await page.evaluate(ANCHOR_EXPRESSION)) as number;
    const floor = (await page.evaluate(floorExpression())) as { ms: number; nodes: number; words: number };
    // Its time is read from the trace (cpuOf 'bareMs' below), by the instrument that times Signet.
    await page.evaluate(bareFloorExpression(String(++nonce)));
    const signit = (await page.evaluate(signitExpression(signitWords, String(++nonce)))) as { ms: number; marks: number } | null;
    const lang = (await page.evaluate(() => (document.documentElement.lang || '').split(/[-_]/)[0]!.toLowerCase())) as string;
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Protocol.Profiler.Profile };
    const trace = JSON.parse(Buffer.from((await page.tracing.stop())!).toString('utf8')) as { traceEvents: [] };
    const facts = analyzeProfile(profile, origin, anchorAt);
    const probe = await readProbe(page);
    const tasks = mainThreadTasks(trace.traceEvents, facts.samples);
    const signets = tasks.filter((t) => t.signetMs >= t.sampledMs / 2);
    const signetMs = cpuOf(tasks, 'signetMs');
    const floorMs = cpuOf(tasks, 'floorMs');
    const bareMs = cpuOf(tasks, 'bareMs');
    const inTasks = tasks.reduce((sum, t) => sum + t.signetMs, 0);
    return {
      signetMs,
      floorMs,
      ratio: signetMs / floorMs,
      bareMs,
      bareRatio: signetMs / bareMs,
      signitMs: signit === null ? null : cpuOf(tasks, 'signitMs'),
      signitMarks: signit?.marks ?? null,
      lang,
      signetSampledMs: facts.signetMs,
      floorSampledMs: facts.floorMs,
      floorWallMs: floor.ms,
      taskCoverage: facts.signetMs > 0 ? inTasks / facts.signetMs : 0,
      gcMs: facts.gcMs,
      longestSignetTaskMs: Math.max(0, ...signets.map((t) => t.durationMs)),
      longestSignetTaskCpuMs: Math.max(0, ...signets.map((t) => t.cpuMs)),
      signetLongTasks: signets.filter((t) => t.cpuMs > 50).length,
      longTasks: probe.longTasks.length,
      domContentLoadedMs: probe.domContentLoadedMs,
      loadMs: probe.loadMs,
      signetStartMs: facts.firstSignetUs === null || facts.toPageMs === null ? null : facts.toPageMs(facts.firstSignetUs),
      firstMarkMs: probe.firstMarkMs,
      scanEndMs,
      marks,
      painted: probe.painted,
      floorNodes: floor.nodes,
      floorWords: floor.words,
      byLeaf: facts.signetByLeaf,
    };
  } finally {
    await page.close();
  }
}

interface ProbeState {
  longTasks: Array<[number, number]>;
  firstMarkMs: number | null;
  painted: number;
  domContentLoadedMs: number;
  loadMs: number;
}

function readProbe(page: Page): Promise<ProbeState> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __signetBench: { longTasks: Array<[number, number]>; firstMarkMs: number | null } }).__signetBench;
    let painted = 0;
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<Range>>) if (name.startsWith('signet-word')) painted += highlight.size;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { longTasks: probe.longTasks, firstMarkMs: probe.firstMarkMs, painted, domContentLoadedMs: nav?.domContentLoadedEventEnd ?? 0, loadMs: nav?.loadEventEnd ?? 0 };
  });
}

function summarizePage(page: string, runs: ScanRun[]): ScanPageResult {
  const pick = (f: (r: ScanRun) => number) => summarize(runs.map(f));
  const marked = runs.filter((r) => r.firstMarkMs !== null && r.signetStartMs !== null);
  const leaves = new Set(runs.flatMap((r) => Object.keys(r.byLeaf)));
  const topLeaves = [...leaves]
    .map((leaf): [string, number] => [leaf, summarize(runs.map((r) => r.byLeaf[leaf] ?? 0)).median])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10);
  return {
    page,
    runs: runs.map((r) => ({ ...r, byLeaf: Object.fromEntries(Object.entries(r.byLeaf).map(([k, v]) => [k, round(v)])) })),
    signetMs: pick((r) => r.signetMs),
    floorMs: pick((r) => r.floorMs),
    floorWallMs: pick((r) => r.floorWallMs),
    ratio: pick((r) => r.ratio),
    bareMs: pick((r) => r.bareMs),
    bareRatio: pick((r) => r.bareRatio),
    signitMs: runs.every((r) => r.signitMs !== null) && runs.length > 0 ? pick((r) => r.signitMs!) : null,
    lang: runs[0]?.lang ?? '',
    longestSignetTaskMs: pick((r) => r.longestSignetTaskMs),
    longestSignetTaskCpuMs: pick((r) => r.longestSignetTaskCpuMs),
    signetLongTasks: pick((r) => r.signetLongTasks),
    longTasks: pick((r) => r.longTasks),
    firstMarkAfterStartMs: marked.length === runs.length && runs.length > 0 ? summarize(marked.map((r) => r.firstMarkMs! - r.signetStartMs!)) : null,
    firstMarkMs: marked.length === runs.length && runs.length > 0 ? summarize(marked.map((r) => r.firstMarkMs!)) : null,
    marks: Math.round(summarize(runs.map((r) => r.marks)).median),
    painted: Math.round(summarize(runs.map((r) => r.painted)).median),
    floorWords: runs[0]?.floorWords ?? 0,
    topLeaves,
  };
}
