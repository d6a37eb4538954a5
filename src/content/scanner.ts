import { findMatches } from '../core/match';
import { tokenize, type Token } from '../core/text/tokenize';
import type { Highlighter } from './highlighter';
import type { RunIndex } from './run-index';
import { deadlineIn, SLICE_MS, yieldToPage } from './slicing';
import { createRunCollector, type TextRun } from './text-runs';
import type { WordLookup } from './word-lookup';

/** Runs tokenized before one question to the background: one message per few thousand words (guardian-1 and lemonde-1, 1,900 and 2,200 words, ask once). */
const RUNS_PER_LOOKUP = 800;

/**
 * Blocks come in document order, which is mostly reading order: once this many in a row lie
 * below the viewport, the rest are taken to be below it too and are not measured. Measuring every
 * block cost 10 ms on wikipedia-2 (2,900 runs); the order only decides what is marked first.
 */
const BELOW_IN_A_ROW = 48;

/**
 * Page text → tokens → background lookup → matches → highlights, in slices, the text visible
 * in the viewport first. Scans are queued so a mutation rescan never interleaves with another.
 */
export class Scanner {
  private queue: Promise<void> = Promise.resolve();
  private stopped = false;
  private queued = 0;
  private uncovered = false;

  constructor(
    private readonly index: RunIndex,
    private readonly highlighter: Highlighter,
    private readonly lookup: WordLookup,
    private readonly host: () => Element | null,
    private readonly locale: string,
  ) {}

  /** False once the background said no dictionary answers for this page (nothing is read). */
  get covered(): boolean {
    return !this.uncovered;
  }

  /** True while a scan is queued or running (the popup's count may still grow). */
  get busy(): boolean {
    return this.queued > 0;
  }

  /** Scans `root` (after any scan already queued). */
  scan(root: Node): Promise<void> {
    return this.enqueue(() => this.run(root));
  }

  /** Forgets what was scanned under `roots` and scans them again (their text changed). */
  rescan(roots: readonly Node[]): Promise<void> {
    return this.enqueue(async () => {
      for (const root of roots) {
        if (!root.isConnected || this.stopped) continue;
        this.highlighter.remove(this.index.takeWithin(root));
        await this.run(root);
      }
    });
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.queued++;
    this.queue = this.queue
      .then(work)
      .catch(this.onError)
      .finally(() => {
        if (--this.queued === 0) this.lookup.forget();
      });
    return this.queue;
  }

  /** Signet was turned off on this page, or the extension was reloaded or removed (its messages fail from now on): go quiet. */
  stop(): void {
    this.stopped = true;
  }

  private onError = (): void => {
    // Nothing is logged: the page's console belongs to the page. A failed scan is retried by
    // the next mutation rescan, unless the extension itself is gone (reloaded or removed).
    if (!isExtensionAlive()) this.stop();
  };

  private async run(root: Node): Promise<void> {
    this.uncovered = !(await this.lookup.covers());
    if (this.uncovered) return;
    const runs = await this.collect(root);
    // A page that fits in one question asks once, and is not measured to put its visible runs
    // first: a second message cost more (about 0.8 ms of the page's main thread, guardian-1)
    // than the few milliseconds the first marks would gain.
    const groups = runs.length <= RUNS_PER_LOOKUP ? [runs] : await this.partitionVisible(runs);
    for (const group of groups) {
      for (let i = 0; i < group.length && !this.stopped; i += RUNS_PER_LOOKUP) {
        await this.process(group.slice(i, i + RUNS_PER_LOOKUP));
      }
    }
  }

  private async collect(root: Node): Promise<TextRun[]> {
    const runs: TextRun[] = [];
    const step = createRunCollector(root, this.host(), (run) => runs.push(run));
    while (!step(deadlineIn(SLICE_MS))) await yieldToPage();
    return runs;
  }

  /** Splits runs into those whose block shows in the viewport now, and the others. */
  private async partitionVisible(runs: TextRun[]): Promise<[TextRun[], TextRun[]]> {
    const visible: TextRun[] = [];
    const rest: TextRun[] = [];
    const height = innerHeight;
    const width = innerWidth;
    let deadline = deadlineIn(SLICE_MS);
    let belowInARow = 0;
    let i = 0;
    for (; i < runs.length && belowInARow < BELOW_IN_A_ROW; i++) {
      const run = runs[i]!;
      const rect = run.block.getBoundingClientRect();
      const shows = rect.bottom > 0 && rect.top < height && rect.right > 0 && rect.left < width && rect.height > 0;
      (shows ? visible : rest).push(run);
      // Hidden blocks (no box: all zeros) neither count nor break the streak.
      if (shows) belowInARow = 0;
      else if (rect.top >= height) belowInARow++;
      if ((i & 127) === 127 && deadline()) {
        await yieldToPage();
        deadline = deadlineIn(SLICE_MS);
      }
    }
    for (; i < runs.length; i++) rest.push(runs[i]!);
    return [visible, rest];
  }

  private async process(runs: TextRun[]): Promise<void> {
    const tokenLists: Token[][] = [];
    let deadline = deadlineIn(SLICE_MS);
    for (const run of runs) {
      tokenLists.push(tokenize(run.text, this.locale));
      if (deadline()) {
        await yieldToPage();
        deadline = deadlineIn(SLICE_MS);
      }
    }
    await this.lookup.learn(tokenLists);
    deadline = deadlineIn(SLICE_MS);
    for (let i = 0; i < runs.length && !this.stopped; i++) {
      const run = runs[i]!;
      if (!run.block.isConnected) continue;
      const tokens = tokenLists[i]!;
      const record = this.index.add(run, tokens.length, findMatches(tokens, this.lookup.info));
      if (record) this.highlighter.add(record);
      if (deadline()) {
        await yieldToPage();
        deadline = deadlineIn(SLICE_MS);
      }
    }
  }
}

function isExtensionAlive(): boolean {
  // chrome.runtime.id disappears from a content script whose extension was reloaded or removed.
  return Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id);
}
