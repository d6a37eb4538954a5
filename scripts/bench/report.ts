/**
 * The bench's results: one JSON document (written to .out/bench.json, format in
 * docs/BENCHMARK.md) and the Markdown tables printed from it, each figure beside its budget.
 */
import type { ColdStartResult } from './p6-cold-start';
import type { ScaleResult } from './p7-scale';
import type { AuditRate } from './p8-audit';
import type { PackInfo } from './launch';
import type { ScanPageResult } from './p1-scan';
import type { HoverRun } from './p2-hover';
import type { MemoryPageResult } from './p3-memory';
import type { SizeResult } from './p4-size';
import type { PhraseRun } from './p9-phrase';
import type { Summary } from './stats';

export const BUDGETS = {
  /** Signet / the bare cold floor, every page with a dictionary (P1). */
  scanRatio: 3,
  /** No task of Signet's over this many ms of CPU (P1). */
  signetTaskMs: 16,
  signetLongTaskMs: 50,
  /** A page no enabled dictionary covers (P1b). */
  uncoveredPageMs: 1,
  coldFirstMarkMs: 150,
  warmFirstMarkMs: 50,
  scaleInstallMs: 10_000,
  scaleColdLookupMs: 100,
  scalePageLookupMs: 20,
  hoverCachedMs: 100,
  tabHeapMB: 3,
  contentScriptGzipKB: 25,
  installMs: 2000,
  unchangedUpdateMs: 50,
  phraseGapMs: 100,
} as const;

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  chromium: string;
  node: string;
  os: string;
  /** 1-minute load average when the bench started: how busy the shared machine already was. */
  loadAverage: number;
}

export interface BenchReport {
  format: 'signet-bench';
  formatVersion: 2;
  date: string;
  durationS: number;
  machine: Machine;
  options: { runs: number; pages: string[]; memoryPages: string[]; hoverRuns: number; samplingIntervalUs: number; quick: boolean };
  packs: Array<Omit<PackInfo, 'dir'>>;
  budgets: typeof BUDGETS;
  p1: ScanPageResult[];
  p2: { runs: HoverRun[]; failedAttempts: string[]; uncachedMs: Summary; cachedMs: Summary };
  p3: { pages: MemoryPageResult[]; backgroundHeapMB: number };
  p4: SizeResult;
  p5: {
    packEntries: number;
    installMs: Summary;
    firstLookupMs: Summary;
    lookupAgainMs: Summary;
    unchangedUpdate: { ms: Summary; outcome: string } | { pending: string };
  };
  p6: ColdStartResult;
  /** Absent with --skip-scale. */
  p7?: ScaleResult & { generatedInS: number };
  /** `npm run audit` on the real pages (absent with --skip-audit). */
  p8?: AuditRate[];
  p9: { runs: PhraseRun[]; failedAttempts: string[]; firstPlayGapMs: Summary; replayGapMs: Summary };
  verdicts: Verdict[];
}

export interface Verdict {
  measure: string;
  value: string;
  budget: string;
  met: boolean | null;
}

export function verdicts(r: Omit<BenchReport, 'verdicts'>): Verdict[] {
  const list: Verdict[] = [];
  const covered = new Set<string>(r.packs.map((p) => p.lang));
  for (const p of r.p1) {
    if (!covered.has(p.lang)) {
      list.push({
        measure: `P1b page no dictionary covers, ${p.page} (${p.lang || 'no lang'})`,
        value: `${p.signetMs.median.toFixed(2)} ms`,
        budget: `≤ ${BUDGETS.uncoveredPageMs} ms`,
        met: p.signetMs.median <= BUDGETS.uncoveredPageMs,
      });
      continue;
    }
    list.push({ measure: `P1 scan ${p.page}`, value: `×${p.bareRatio.median.toFixed(2)} the bare cold floor`, budget: `≤ ×${BUDGETS.scanRatio}`, met: p.bareRatio.median <= BUDGETS.scanRatio });
    if (p.signitMs)
      list.push({
        measure: `P1 scan ${p.page} vs SignIt-style`,
        value: `${p.signetMs.median.toFixed(1)} vs ${p.signitMs.median.toFixed(1)} ms`,
        budget: 'below',
        met: p.signetMs.median < p.signitMs.median,
      });
    const longest = p.longestSignetTaskCpuMs.max;
    list.push({
      measure: `P1 longest Signet task ${p.page}`,
      value: `${longest.toFixed(1)} ms CPU (${p.longestSignetTaskMs.max.toFixed(1)} ms wall)`,
      budget: `≤ ${BUDGETS.signetTaskMs} ms`,
      met: longest <= BUDGETS.signetTaskMs,
    });
  }
  list.push({
    measure: `P6 cold start, ${r.p6.page}: first mark after DOMContentLoaded, worker stopped`,
    value: `${r.p6.coldMs.median.toFixed(0)} ms`,
    budget: `≤ ${BUDGETS.coldFirstMarkMs} ms`,
    met: r.p6.coldMs.median <= BUDGETS.coldFirstMarkMs,
  });
  list.push({
    measure: `P6 warm start, ${r.p6.page}: worker running`,
    value: `${r.p6.warmMs.median.toFixed(0)} ms`,
    budget: `≤ ${BUDGETS.warmFirstMarkMs} ms`,
    met: r.p6.warmMs.median <= BUDGETS.warmFirstMarkMs,
  });
  if (r.p7) {
    const s = r.p7;
    list.push({
      measure: `P7 install, ${s.entries} entries`,
      value: `${(s.installMs / 1000).toFixed(1)} s`,
      budget: `≤ ${BUDGETS.scaleInstallMs / 1000} s`,
      met: s.installMs <= BUDGETS.scaleInstallMs,
    });
    list.push({
      measure: 'P7 cold index load (first lookup after a worker stop, round trip)',
      value: `${s.coldLookupMs.median.toFixed(0)} ms`,
      budget: `≤ ${BUDGETS.scaleColdLookupMs} ms`,
      met: s.coldLookupMs.median <= BUDGETS.scaleColdLookupMs,
    });
    list.push({
      measure: `P7 a page's lookup (${s.pageLookup.words} words of ${s.pageLookup.page}, round trip)`,
      value: `${s.pageLookup.ms.median.toFixed(1)} ms`,
      budget: `≤ ${BUDGETS.scalePageLookupMs} ms`,
      met: s.pageLookup.ms.median <= BUDGETS.scalePageLookupMs,
    });
    for (const m of s.memory)
      list.push({ measure: `P7 heap added to a tab, ${m.page}`, value: `${m.addedTotalMB.toFixed(2)} MB`, budget: `≤ ${BUDGETS.tabHeapMB} MB`, met: m.addedTotalMB <= BUDGETS.tabHeapMB });
  }
  list.push({ measure: 'P2 hover → first frame, cached', value: `${r.p2.cachedMs.median.toFixed(0)} ms`, budget: `≤ ${BUDGETS.hoverCachedMs} ms`, met: r.p2.cachedMs.median <= BUDGETS.hoverCachedMs });
  for (const m of r.p3.pages) {
    list.push({ measure: `P3 heap added to a tab, ${m.page}`, value: `${m.addedTotalMB.toFixed(2)} MB`, budget: `≤ ${BUDGETS.tabHeapMB} MB`, met: m.addedTotalMB <= BUDGETS.tabHeapMB });
  }
  const cs = r.p4.contentScript.gzip / 1024;
  list.push({ measure: 'P4 content script, gzip', value: `${cs.toFixed(1)} KB`, budget: `≤ ${BUDGETS.contentScriptGzipKB} KB`, met: cs <= BUDGETS.contentScriptGzipKB });
  list.push({
    measure: `P5 install (${r.p5.packEntries} entries)`,
    value: `${r.p5.installMs.median.toFixed(0)} ms`,
    budget: `≤ ${BUDGETS.installMs} ms`,
    met: r.p5.installMs.median <= BUDGETS.installMs,
  });
  const u = r.p5.unchangedUpdate;
  list.push(
    'pending' in u
      ? { measure: 'P5 unchanged update', value: `pending: ${u.pending}`, budget: `≤ ${BUDGETS.unchangedUpdateMs} ms`, met: null }
      : { measure: 'P5 unchanged update', value: `${u.ms.median.toFixed(0)} ms`, budget: `≤ ${BUDGETS.unchangedUpdateMs} ms`, met: u.ms.median <= BUDGETS.unchangedUpdateMs },
  );
  const worstGap = Math.max(r.p9.firstPlayGapMs.max, r.p9.replayGapMs.max);
  list.push({ measure: 'P9 phrase, gap between two signs (worst)', value: `${worstGap.toFixed(0)} ms`, budget: `≤ ${BUDGETS.phraseGapMs} ms`, met: worstGap <= BUDGETS.phraseGapMs });
  return list;
}

const ms = (s: Summary | null, digits = 1) => (s ? `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})` : '–');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (met: boolean | null) => (met === null ? 'pending' : met ? 'met' : '**missed**');

export function markdown(r: BenchReport): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(
    `Signet benchmark, ${r.date.slice(0, 10)}: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.chromium}, Node ${m.node} (load average ${m.loadAverage.toFixed(2)} at start). Medians of ${r.options.runs} runs (min–max).`,
  );
  out.push(`Dictionaries: ${r.packs.map((p) => `${p.entries} ${p.lang} entries (${p.kind})`).join(' + ')}.`);
  out.push('');
  out.push(
    '**P1 scan**: main-thread CPU ms (trace + CPU profile). Bare cold floor = a SHOW_TEXT TreeWalker + one Unicode word expression, compiled afresh; same-skips floor = a filtered walk skipping what Signet skips + the letter-run expression the tokenizer runs; SignIt-style = one alternation of the same dictionary words over the innerHTML of p, li, h2, h3, a',
  );
  out.push('');
  out.push(
    '| page | lang | words | marks (painted) | Signet ms | bare floor ms | **Signet / bare** | same-skips floor ms | Signet / same-skips | SignIt-style ms | longest Signet task, ms CPU (wall) | first marks, ms after Signet starts |',
  );
  out.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const p of r.p1) {
    out.push(
      `| ${p.page} | ${p.lang} | ${p.floorWords} | ${p.marks} (${p.painted}) | ${ms(p.signetMs)} | ${ms(p.bareMs)} | ${ms(p.bareRatio, 2)} | ${ms(p.floorMs)} | ${ms(p.ratio, 2)} | ${ms(p.signitMs)} | ${p.longestSignetTaskCpuMs.max.toFixed(1)} (${p.longestSignetTaskMs.max.toFixed(1)}) | ${ms(p.firstMarkAfterStartMs, 0)} |`,
    );
  }
  out.push('');
  out.push('Where Signet\'s time goes (sampled ms, medians; "js" = its own code, "x ← file" = a native call it made):');
  out.push('');
  for (const p of r.p1)
    out.push(
      `- ${p.page}: ${p.topLeaves
        .slice(0, 6)
        .map(([leaf, t]) => `${leaf} ${t.toFixed(1)}`)
        .join(', ')}`,
    );
  out.push('');
  out.push('| measure | median (min–max) | budget | |');
  out.push('|---|---:|---:|---|');
  out.push(`| P2 hover → first frame, first play of the video (from 127.0.0.1; fetched once the hover delay has passed) | ${ms(r.p2.uncachedMs, 0)} ms | | |`);
  out.push(`| P2 hover → first frame, cached (the same word again) | ${ms(r.p2.cachedMs, 0)} ms | ≤ ${BUDGETS.hoverCachedMs} ms | ${mark(r.p2.cachedMs.median <= BUDGETS.hoverCachedMs)} |`);
  for (const p of r.p3.pages) {
    out.push(
      `| P3 heap added to a tab, ${p.page} (${p.marks} marks, ${p.painted} painted): JS + Blink | ${p.addedJsMB.toFixed(2)} + ${p.addedEmbedderMB.toFixed(2)} = ${p.addedTotalMB.toFixed(2)} MB | ≤ ${BUDGETS.tabHeapMB} MB | ${mark(p.addedTotalMB <= BUDGETS.tabHeapMB)} |`,
    );
  }
  out.push(`| P3 background heap, dictionaries loaded (once per browser) | ${r.p3.backgroundHeapMB.toFixed(1)} MB | | |`);
  for (const p of r.p3.pages) {
    out.push(`| Page's own DOM work (200 insert + remove), ${p.page}: with Signet / without | ${ms(p.domWorkMs.withSignet)} / ${ms(p.domWorkMs.without)} ms | | |`);
    out.push(`| Signet after the page appends one paragraph to <body>, ${p.page} | ${ms(p.signetAfterAppendMs)} ms | | |`);
  }
  const cs = r.p4.contentScript;
  out.push(
    `| P4 content script (${cs.files.length} files), gzip | ${kb(cs.gzip)} (${kb(cs.bytes)} raw) | ≤ ${BUDGETS.contentScriptGzipKB} KB | ${mark(cs.gzip / 1024 <= BUDGETS.contentScriptGzipKB)} |`,
  );
  const ext = r.p4.extension;
  out.push(`| P4 whole extension (${ext.files} files): gzip per file / .zip | ${kb(ext.gzipSum)} / ${kb(ext.zip)} (${kb(ext.bytes)} raw) | | |`);
  out.push(`| P5 install, ${r.p5.packEntries} entries | ${ms(r.p5.installMs, 0)} ms | ≤ ${BUDGETS.installMs} ms | ${mark(r.p5.installMs.median <= BUDGETS.installMs)} |`);
  out.push(`| P5 first lookup after install (index build) | ${ms(r.p5.firstLookupMs, 0)} ms | | |`);
  const u = r.p5.unchangedUpdate;
  out.push(
    'pending' in u
      ? `| P5 update, nothing changed | pending: ${u.pending} | ≤ ${BUDGETS.unchangedUpdateMs} ms | pending |`
      : `| P5 update, nothing changed | ${ms(u.ms, 0)} ms | ≤ ${BUDGETS.unchangedUpdateMs} ms | ${mark(u.ms.median <= BUDGETS.unchangedUpdateMs)} |`,
  );
  out.push(
    `| P6 cold start, ${r.p6.page}: first mark in the viewport after DOMContentLoaded, worker stopped | ${ms(r.p6.coldMs, 0)} ms | ≤ ${BUDGETS.coldFirstMarkMs} ms | ${mark(r.p6.coldMs.median <= BUDGETS.coldFirstMarkMs)} |`,
  );
  out.push(`| P6 the same, worker running | ${ms(r.p6.warmMs, 0)} ms | ≤ ${BUDGETS.warmFirstMarkMs} ms | ${mark(r.p6.warmMs.median <= BUDGETS.warmFirstMarkMs)} |`);
  if (r.p7) {
    const s = r.p7;
    out.push(`| P7 install, ${s.entries} entries | ${(s.installMs / 1000).toFixed(1)} s | ≤ ${BUDGETS.scaleInstallMs / 1000} s | ${mark(s.installMs <= BUDGETS.scaleInstallMs)} |`);
    out.push(`| P7 IndexedDB (storage estimate) after the install | ${(s.storageBytes / 2 ** 20).toFixed(1)} MB | | |`);
    out.push(
      `| P7 cold index load: first lookup after a worker stop (round trip) | ${ms(s.coldLookupMs, 0)} ms | ≤ ${BUDGETS.scaleColdLookupMs} ms | ${mark(s.coldLookupMs.median <= BUDGETS.scaleColdLookupMs)} |`,
    );
    out.push(
      `| P7 a page's lookup, ${s.pageLookup.words} words of ${s.pageLookup.page} (round trip) | ${ms(s.pageLookup.ms)} ms | ≤ ${BUDGETS.scalePageLookupMs} ms | ${mark(s.pageLookup.ms.median <= BUDGETS.scalePageLookupMs)} |`,
    );
    for (const m of s.memory) out.push(`| P7 heap added to a tab, ${m.page} | ${m.addedTotalMB.toFixed(2)} MB | ≤ ${BUDGETS.tabHeapMB} MB | ${mark(m.addedTotalMB <= BUDGETS.tabHeapMB)} |`);
  }
  for (const a of r.p8 ?? []) {
    out.push(
      `| P8 audit, ${a.pages} real pages, concurrency ${a.concurrency}: pages per second (pages' part; whole run) | ${a.pagesPerSecond.toFixed(2)} pages/s (${a.pagesS.toFixed(1)} s; ${a.totalS.toFixed(1)} s) | | |`,
    );
  }
  const gap = (s: Summary) => `${s.median.toFixed(0)} ms, worst ${s.max.toFixed(0)} ms`;
  out.push(
    `| P9 phrase: last frame of a sign → first frame of the next, first play (${r.p9.firstPlayGapMs.runs.length} hand-overs) | ${gap(r.p9.firstPlayGapMs)} | ≤ ${BUDGETS.phraseGapMs} ms | ${mark(r.p9.firstPlayGapMs.max <= BUDGETS.phraseGapMs)} |`,
  );
  out.push(`| P9 phrase: the same, replayed | ${gap(r.p9.replayGapMs)} | ≤ ${BUDGETS.phraseGapMs} ms | ${mark(r.p9.replayGapMs.max <= BUDGETS.phraseGapMs)} |`);
  const missed = r.verdicts.filter((v) => v.met === false);
  out.push('');
  out.push(missed.length === 0 ? 'All budgets met.' : `Budgets missed: ${missed.map((v) => `${v.measure} (${v.value}, budget ${v.budget})`).join('; ')}.`);
  return out.join('\n');
}
