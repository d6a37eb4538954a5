/**
 * `npm run bench`: what Signet costs on real pages, measured in Chromium, against its budgets.
 *
 *   npm run bench -- [--runs 5] [--pages wikipedia-2.html,lemonde-1.html] [--quick]
 *                    [--entries 30000] [--pack large|elix] [--interval 100] [--out .out/bench.json]
 *                    [--skip-audit] [--scale-entries 200000] [--skip-scale] [--cold-page lemonde-1.html]
 *                    [--memory-pages lemonde-1.html,wikipedia-2.html]
 *
 * P1 scan (CPU profile of the page + a trace of its tasks) against the bare cold floor, the
 * same-skips floor and a SignIt-style highlighter with the same words; P1b a page no dictionary
 * covers; P2 hover to first video frame; P3 heap added to a tab; P4 gzip sizes; P5 install and
 * update of a large pack; P6 cold start (first mark after DOMContentLoaded, worker stopped and
 * running); P7 scale (a 200,000-entry dictionary); P8 pages per second of `npm run audit` on
 * every real page (one tab, then two at once); P9 the gap between two signs of a phrase. Prints
 * Markdown tables and writes the JSON document described in docs/BENCHMARK.md.
 * Expects fresh builds in dist/ and dist-test/ (the npm script builds both first).
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'puppeteer';
import { waitFor, type SignetBrowser } from '../tests/e2e/support/browser';
import { DIST_DIR, PAGES_DIR, REPO_ROOT, TEST_DIST_DIR } from '../tests/e2e/support/paths';
import { ContentWorld, launchPlain, launchSignetFrom, outDir, packForms, prepareLargePack, preparePacks, serve, snapshotDist } from './bench/launch';
import { measureScan } from './bench/p1-scan';
import { measureHover, type HoverRun } from './bench/p2-hover';
import { backgroundHeapMB, measureMemory } from './bench/p3-memory';
import { measureSize } from './bench/p4-size';
import { measureColdStart } from './bench/p6-cold-start';
import { measureScale } from './bench/p7-scale';
import { measureAuditRate } from './bench/p8-audit';
import { timeFirstLookup, timeInstall, timeUnchangedUpdate } from './bench/p5-dictionary';
import { measurePhrase, type PhraseRun } from './bench/p9-phrase';
import { BUDGETS, markdown, verdicts, type BenchReport } from './bench/report';
import { summarize } from './bench/stats';

const DEFAULT_PAGES = ['wikipedia-2.html', 'guardian-1.html', 'yahoo-2.html', 'lemonde-1.html', 'liberation-1.html', 'nytimes-5.html'];
const HOVER_PAGE = 'fr-basic.html';
const PHRASE_PAGE = 'fr-phrase.html';

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    pages: { type: 'string' },
    quick: { type: 'boolean', default: false },
    entries: { type: 'string', default: '30000' },
    pack: { type: 'string', default: 'large' },
    interval: { type: 'string', default: '100' },
    out: { type: 'string' },
    'skip-audit': { type: 'boolean', default: false },
    'scale-entries': { type: 'string', default: '200000' },
    'skip-scale': { type: 'boolean', default: false },
    'cold-page': { type: 'string', default: 'lemonde-1.html' },
    'memory-pages': { type: 'string' },
  },
});
const quick = values.quick!;
const runs = Number(values.runs ?? (quick ? 2 : 5));
const pages = values.pages
  ? values.pages
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
  : quick
    ? ['wikipedia-2.html', 'lemonde-1.html', 'nytimes-5.html']
    : DEFAULT_PAGES;
const memoryPages = values['memory-pages']
  ? values['memory-pages']
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
  : quick
    ? ['lemonde-1.html']
    : ['lemonde-1.html', 'wikipedia-2.html'];
const hoverRuns = quick ? 2 : Math.min(runs, 5);
const phraseRuns = quick ? 1 : 2;
const intervalUs = Number(values.interval);
const log = (line: string) => console.log(line);

/** Resolves once Signet's first scan of the page has ended (read in its isolated world), with the marks it found. */
function scannedWaiter(signet: SignetBrowser): (page: Page) => Promise<number> {
  return async (page) => {
    const cdp = await page.createCDPSession();
    try {
      const world = await ContentWorld.attach(cdp, `chrome-extension://${signet.extensionId}`);
      await waitFor(() => world.evaluate<number>('globalThis.__signetScanned'), 60_000, 25).catch(() => {
        throw new Error("Signet's scan never ended (or src/content/session.ts no longer sets __signetScanned after its first scan)");
      });
      return (await world.evaluate<number>('globalThis.__signetMarks')) ?? 0;
    } finally {
      await cdp.detach();
    }
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadAverage = loadavg()[0]!;
  log(`Preparing dictionaries (${values.pack === 'elix' ? 'Elix sample' : `${values.entries} entries per language`})…`);
  const packs = preparePacks(values.pack === 'elix' ? 'elix-sample' : 'large', Number(values.entries));
  const served = await serve(packs);
  const frIndex = Math.max(
    0,
    packs.findIndex((p) => p.lang === 'fr'),
  );

  for (const dir of [DIST_DIR, TEST_DIST_DIR]) {
    if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run \`npm run bench\` (it builds first).`);
  }
  // Sizes are the published extension's; the runs drive the test build, whose worker hooks
  // (install, timing) and scan markers the measures read, and which is otherwise the same code.
  log('P4 size of dist/…');
  const p4 = measureSize(snapshotDist(DIST_DIR, 'bench-dist'));
  const extensionDir = snapshotDist(TEST_DIST_DIR, 'bench-dist-test');

  const installs: number[] = [];
  const firstLookups: number[] = [];
  const lookupsAgain: number[] = [];
  let frSourceId = '';
  /** A fresh profile with the packs installed: every install and first lookup is one P5 sample. */
  const freshSignet = async (which: readonly number[]): Promise<SignetBrowser> => {
    const signet = await launchSignetFrom(extensionDir);
    // A first start does first-install work of its own (a default live source, unreachable here):
    // let it end before timing installs.
    await signet.worker.evaluate(() => (globalThis as unknown as { __signet: { installed?(): Promise<void> } }).__signet.installed?.());
    for (const i of which) {
      const timing = await timeInstall(signet, served.packUrls[i]!);
      if (i === frIndex) {
        installs.push(timing.installMs);
        frSourceId = timing.id;
      }
    }
    const lookup = await timeFirstLookup(signet, 'fr', served.blankUrl);
    firstLookups.push(lookup.firstMs);
    lookupsAgain.push(lookup.againMs);
    return signet;
  };

  log('Main browser: installing every pack…');
  const signet = await freshSignet(packs.map((_, i) => i));
  const waitScanned = scannedWaiter(signet);
  const plain = await launchPlain();
  const chromium = (await signet.browser.version()).replace('/', ' ');
  // Closed as soon as their part is done, so they do not share the two cores with P2's browsers.
  const closeMain = once(async () => {
    await signet.close().catch(() => undefined);
    await plain.close().catch(() => undefined);
  });
  let report: BenchReport;
  try {
    log(`P1 scan: ${pages.join(', ')}, ${runs} runs (+1 warm-up)…`);
    const signitWords: Record<string, string[]> = {};
    for (const pack of packs) (signitWords[pack.lang] ??= []).push(...packForms(pack.dir));
    const p1 = await measureScan(signet, served, pages, { runs, intervalUs, log, signitWords });

    log('P3 memory…');
    const p3pages = await measureMemory(
      signet,
      plain.browser,
      memoryPages.map((p) => [p, served.pageUrl(p)] as [string, string]),
      runs,
      waitScanned,
      log,
    );
    const bgHeap = await backgroundHeapMB(signet);

    log('P5 update that finds no change…');
    const updates: number[] = [];
    let updateOutcome = '';
    let pending: string | null = null;
    const sourceId = frSourceId;
    for (let i = 0; i < runs && pending === null; i++) {
      const u = await timeUnchangedUpdate(signet, sourceId, served);
      if ('pending' in u) pending = u.pending;
      else {
        updates.push(u.unchangedMs);
        updateOutcome = u.outcome;
      }
    }

    log(`P6 cold start: ${values['cold-page']}, worker stopped then running…`);
    const p6 = await measureColdStart(signet, values['cold-page']!, served.pageUrl(values['cold-page']!), runs, log);

    await closeMain();

    let p7: (Awaited<ReturnType<typeof measureScale>> & { generatedInS: number }) | undefined;
    if (!values['skip-scale']) {
      const scaleEntries = Number(values['scale-entries']);
      log(`P7 scale: generating or reusing a ${scaleEntries}-entry pack…`);
      const large = prepareLargePack('mixed', scaleEntries);
      const scaleServed = await serve([large]);
      const fresh = await launchSignetFrom(extensionDir);
      const scalePlain = await launchPlain();
      try {
        await fresh.worker.evaluate(() => (globalThis as unknown as { __signet: { installed?(): Promise<void> } }).__signet.installed?.());
        p7 = { ...(await measureScale(fresh, scalePlain.browser, scaleServed, scaleEntries, values['cold-page']!, Math.min(runs, 3), scannedWaiter(fresh), log)), generatedInS: large.generatedInS };
      } finally {
        await fresh.close().catch(() => undefined);
        await scalePlain.close().catch(() => undefined);
        await scaleServed.close();
      }
    }

    log(`P2 hover: ${hoverRuns} fresh browsers…`);
    const hovers: HoverRun[] = [];
    const failures: string[] = [];
    // One failed run (a browser that did not start cleanly on the loaded machine) is run again,
    // in another fresh browser, and said in the report; a second failure stops the bench.
    for (let i = 0; hovers.length < hoverRuns; i++) {
      const fresh = await freshSignet([frIndex]);
      try {
        const run = await measureHover(fresh, served.fixtureUrl(HOVER_PAGE), scannedWaiter(fresh));
        hovers.push(run);
        const from = (src: string) => (src.startsWith('blob:') ? 'from the cache' : 'from 127.0.0.1');
        log(
          `  P2 run ${hovers.length}: uncached ${run.uncached.toFirstFrameMs.toFixed(0)} ms (${from(run.uncached.src)}), cached ${run.cached.toFirstFrameMs.toFixed(0)} ms (${from(run.cached.src)})`,
        );
      } catch (error) {
        failures.push(String(error).split('\n')[0]!);
        log(`  P2 attempt ${i + 1} failed: ${failures.at(-1)}`);
        if (failures.length >= 2) throw error;
      } finally {
        await fresh.close();
      }
    }

    let p8: Awaited<ReturnType<typeof measureAuditRate>> | undefined;
    if (!values['skip-audit']) {
      log('P8 audit: every real page, concurrency 1 and 2…');
      const realPages = readdirSync(PAGES_DIR)
        .filter((f) => f.endsWith('.html'))
        .sort();
      p8 = await measureAuditRate(
        extensionDir,
        realPages.map((f) => served.pageUrl(f)),
        served.packUrls,
        [1, 2],
        log,
      );
    }

    log(`P9 phrase: ${phraseRuns} fresh browser(s)…`);
    const phrases: PhraseRun[] = [];
    const phraseFailures: string[] = [];
    // As P2: one failed run (the player not open within its wait on the loaded machine) is run
    // again in another fresh browser and said in the report; a second failure stops the bench.
    for (let i = 0; phrases.length < phraseRuns; i++) {
      const fresh = await freshSignet([frIndex]);
      try {
        const run = await measurePhrase(fresh, served.fixtureUrl(PHRASE_PAGE), scannedWaiter(fresh));
        phrases.push(run);
        log(`  P9 run ${phrases.length}: gaps ${run.firstPlayGapsMs.map((g) => g.toFixed(0)).join(', ')} ms; replayed ${run.replayGapsMs.map((g) => g.toFixed(0)).join(', ')} ms`);
      } catch (error) {
        phraseFailures.push(String(error).split('\n')[0]!);
        log(`  P9 attempt ${i + 1} failed: ${phraseFailures.at(-1)}`);
        if (phraseFailures.length >= 2) throw error;
      } finally {
        await fresh.close();
      }
    }

    const base: Omit<BenchReport, 'verdicts'> = {
      format: 'signet-bench',
      formatVersion: 2,
      date: new Date().toISOString(),
      durationS: Math.round((Date.now() - started) / 1000),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? '?', memoryGiB: Math.round(totalmem() / 2 ** 30), chromium, node: process.versions.node, os: type(), loadAverage },
      options: { runs, pages, memoryPages, hoverRuns, samplingIntervalUs: intervalUs, quick },
      packs: packs.map(({ dir: _dir, ...rest }) => rest),
      budgets: BUDGETS,
      p1,
      p2: { runs: hovers, failedAttempts: failures, uncachedMs: summarize(hovers.map((h) => h.uncached.toFirstFrameMs)), cachedMs: summarize(hovers.map((h) => h.cached.toFirstFrameMs)) },
      p3: { pages: p3pages, backgroundHeapMB: bgHeap },
      p4,
      p6,
      ...(p7 ? { p7 } : {}),
      p9: {
        runs: phrases,
        failedAttempts: phraseFailures,
        firstPlayGapMs: summarize(phrases.flatMap((p) => p.firstPlayGapsMs)),
        replayGapMs: summarize(phrases.flatMap((p) => p.replayGapsMs)),
      },
      p5: {
        packEntries: packs[frIndex]!.entries,
        installMs: summarize(installs),
        firstLookupMs: summarize(firstLookups),
        lookupAgainMs: summarize(lookupsAgain),
        unchangedUpdate: pending !== null ? { pending } : { ms: summarize(updates), outcome: updateOutcome },
      },
      ...(p8 ? { p8 } : {}),
    };
    report = { ...base, verdicts: verdicts(base) };
  } finally {
    await closeMain();
    await served.close();
  }

  const file = values.out ? resolve(REPO_ROOT, values.out) : resolve(outDir(), 'bench.json');
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  log('');
  log(markdown(report));
  log('');
  log(`Written to ${file} in ${report.durationS} s.`);
}

function once(action: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | null = null;
  return () => (done ??= action());
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
