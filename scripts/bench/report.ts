/**
 * The bench's results: one JSON document (written to .out/bench.json, format in the README's
 * "Benchmark" section) and the Markdown tables printed from it, each figure beside its budget.
 */
import type { AuditRate } from './p6-audit';
import type { PackInfo } from './launch';
import type { ScanPageResult } from './p1-scan';
import type { HoverRun } from './p2-hover';
import type { MemoryPageResult } from './p3-memory';
import type { SizeResult } from './p4-size';
import type { PhraseRun } from './p7-phrase';
import type { Summary } from './stats';

export const BUDGETS = {
  scanRatio: 1.5,
  signetLongTaskMs: 50,
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
  formatVersion: 1;
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
  /** `npm run audit` on the real pages (absent with --skip-audit). */
  p6?: AuditRate[];
  p7: { runs: PhraseRun[]; firstPlayGapMs: Summary; replayGapMs: Summary };
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
  for (const p of r.p1) {
    list.push({ measure: `P1 scan ${p.page}`, value: `×${p.ratio.median.toFixed(2)} the floor`, budget: `≤ ×${BUDGETS.scanRatio}`, met: p.ratio.median <= BUDGETS.scanRatio });
    const longest = p.longestSignetTaskCpuMs.max;
    list.push({ measure: `P1 Signet long tasks ${p.page}`, value: `${p.signetLongTasks.max} (longest Signet task ${longest.toFixed(1)} ms CPU, ${p.longestSignetTaskMs.max.toFixed(1)} ms wall)`, budget: 'none > 50 ms', met: p.signetLongTasks.max === 0 });
  }
  list.push({ measure: 'P2 hover → first frame, cached', value: `${r.p2.cachedMs.median.toFixed(0)} ms`, budget: `≤ ${BUDGETS.hoverCachedMs} ms`, met: r.p2.cachedMs.median <= BUDGETS.hoverCachedMs });
  for (const m of r.p3.pages) {
    list.push({ measure: `P3 heap added to a tab, ${m.page}`, value: `${m.addedTotalMB.toFixed(2)} MB`, budget: `≤ ${BUDGETS.tabHeapMB} MB`, met: m.addedTotalMB <= BUDGETS.tabHeapMB });
  }
  const cs = r.p4.contentScript.gzip / 1024;
  list.push({ measure: 'P4 content script, gzip', value: `${cs.toFixed(1)} KB`, budget: `≤ ${BUDGETS.contentScriptGzipKB} KB`, met: cs <= BUDGETS.contentScriptGzipKB });
  list.push({ measure: `P5 install (${r.p5.packEntries} entries)`, value: `${r.p5.installMs.median.toFixed(0)} ms`, budget: `≤ ${BUDGETS.installMs} ms`, met: r.p5.installMs.median <= BUDGETS.installMs });
  const u = r.p5.unchangedUpdate;
  list.push('pending' in u
    ? { measure: 'P5 unchanged update', value: `pending: ${u.pending}`, budget: `≤ ${BUDGETS.unchangedUpdateMs} ms`, met: null }
    : { measure: 'P5 unchanged update', value: `${u.ms.median.toFixed(0)} ms`, budget: `≤ ${BUDGETS.unchangedUpdateMs} ms`, met: u.ms.median <= BUDGETS.unchangedUpdateMs });
  const worstGap = Math.max(r.p7.firstPlayGapMs.max, r.p7.replayGapMs.max);
  list.push({ measure: 'P7 phrase, gap between two signs (worst)', value: `${worstGap.toFixed(0)} ms`, budget: `≤ ${BUDGETS.phraseGapMs} ms`, met: worstGap <= BUDGETS.phraseGapMs });
  return list;
}

const ms = (s: Summary | null, digits = 1) => (s ? `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})` : '–');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (met: boolean | null) => (met === null ? 'pending' : met ? 'met' : '**missed**');

export function markdown(r: BenchReport): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`Signet benchmark, ${r.date.slice(0, 10)}: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.chromium}, Node ${m.node} (load average ${m.loadAverage.toFixed(2)} at start). Medians of ${r.options.runs} runs (min–max).`);
  out.push(`Dictionaries: ${r.packs.map((p) => `${p.entries} ${p.lang} entries (${p.kind})`).join(' + ')}.`);
  out.push('');
  out.push('**P1 scan**: main-thread CPU ms (trace + CPU profile); floor = TreeWalker + the tokenizer\'s regex in the same page');
  out.push('');
  out.push('| page | words | marks (painted) | Signet ms | floor ms | ratio | longest Signet task, ms CPU (wall) | Signet tasks > 50 ms | first marks, ms after Signet starts |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const p of r.p1) {
    out.push(`| ${p.page} | ${p.floorWords} | ${p.marks} (${p.painted}) | ${ms(p.signetMs)} | ${ms(p.floorMs)} | ${ms(p.ratio, 2)} | ${p.longestSignetTaskCpuMs.max.toFixed(1)} (${p.longestSignetTaskMs.max.toFixed(1)}) | ${p.signetLongTasks.max} | ${ms(p.firstMarkAfterStartMs, 0)} |`);
  }
  out.push('');
  out.push('Where Signet\'s time goes (sampled ms, medians; "js" = its own code, "x ← file" = a native call it made):');
  out.push('');
  for (const p of r.p1) out.push(`- ${p.page}: ${p.topLeaves.slice(0, 6).map(([leaf, t]) => `${leaf} ${t.toFixed(1)}`).join(', ')}`);
  out.push('');
  out.push('| measure | median (min–max) | budget | |');
  out.push('|---|---:|---:|---|');
  out.push(`| P2 hover → first frame, first play of the video (from 127.0.0.1; fetched once the hover delay has passed) | ${ms(r.p2.uncachedMs, 0)} ms | | |`);
  out.push(`| P2 hover → first frame, cached (the same word again) | ${ms(r.p2.cachedMs, 0)} ms | ≤ ${BUDGETS.hoverCachedMs} ms | ${mark(r.p2.cachedMs.median <= BUDGETS.hoverCachedMs)} |`);
  for (const p of r.p3.pages) {
    out.push(`| P3 heap added to a tab, ${p.page} (${p.marks} marks, ${p.painted} painted): JS + Blink | ${p.addedJsMB.toFixed(2)} + ${p.addedEmbedderMB.toFixed(2)} = ${p.addedTotalMB.toFixed(2)} MB | ≤ ${BUDGETS.tabHeapMB} MB | ${mark(p.addedTotalMB <= BUDGETS.tabHeapMB)} |`);
  }
  out.push(`| P3 background heap, dictionaries loaded (once per browser) | ${r.p3.backgroundHeapMB.toFixed(1)} MB | | |`);
  for (const p of r.p3.pages) {
    out.push(`| Page's own DOM work (200 insert + remove), ${p.page}: with Signet / without | ${ms(p.domWorkMs.withSignet)} / ${ms(p.domWorkMs.without)} ms | | |`);
    out.push(`| Signet after the page appends one paragraph to <body>, ${p.page} | ${ms(p.signetAfterAppendMs)} ms | | |`);
  }
  const cs = r.p4.contentScript;
  out.push(`| P4 content script (${cs.files.length} files), gzip | ${kb(cs.gzip)} (${kb(cs.bytes)} raw) | ≤ ${BUDGETS.contentScriptGzipKB} KB | ${mark(cs.gzip / 1024 <= BUDGETS.contentScriptGzipKB)} |`);
  const ext = r.p4.extension;
  out.push(`| P4 whole extension (${ext.files} files): gzip per file / .zip | ${kb(ext.gzipSum)} / ${kb(ext.zip)} (${kb(ext.bytes)} raw) | | |`);
  out.push(`| P5 install, ${r.p5.packEntries} entries | ${ms(r.p5.installMs, 0)} ms | ≤ ${BUDGETS.installMs} ms | ${mark(r.p5.installMs.median <= BUDGETS.installMs)} |`);
  out.push(`| P5 first lookup after install (index build) | ${ms(r.p5.firstLookupMs, 0)} ms | | |`);
  const u = r.p5.unchangedUpdate;
  out.push('pending' in u
    ? `| P5 update, nothing changed | pending: ${u.pending} | ≤ ${BUDGETS.unchangedUpdateMs} ms | pending |`
    : `| P5 update, nothing changed | ${ms(u.ms, 0)} ms | ≤ ${BUDGETS.unchangedUpdateMs} ms | ${mark(u.ms.median <= BUDGETS.unchangedUpdateMs)} |`);
  for (const a of r.p6 ?? []) {
    out.push(`| P6 audit, ${a.pages} real pages, concurrency ${a.concurrency}: pages per second (pages' part; whole run) | ${a.pagesPerSecond.toFixed(2)} pages/s (${a.pagesS.toFixed(1)} s; ${a.totalS.toFixed(1)} s) | | |`);
  }
  const gap = (s: Summary) => `${s.median.toFixed(0)} ms, worst ${s.max.toFixed(0)} ms`;
  out.push(`| P7 phrase: last frame of a sign → first frame of the next, first play (${r.p7.firstPlayGapMs.runs.length} hand-overs) | ${gap(r.p7.firstPlayGapMs)} | ≤ ${BUDGETS.phraseGapMs} ms | ${mark(r.p7.firstPlayGapMs.max <= BUDGETS.phraseGapMs)} |`);
  out.push(`| P7 phrase: the same, replayed | ${gap(r.p7.replayGapMs)} | ≤ ${BUDGETS.phraseGapMs} ms | ${mark(r.p7.replayGapMs.max <= BUDGETS.phraseGapMs)} |`);
  const missed = r.verdicts.filter((v) => v.met === false);
  out.push('');
  out.push(missed.length === 0 ? 'All budgets met.' : `Budgets missed: ${missed.map((v) => `${v.measure} (${v.value}, budget ${v.budget})`).join('; ')}.`);
  return out.join('\n');
}
