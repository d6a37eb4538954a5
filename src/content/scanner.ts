import type { RunMarks } from '../core/run-marks';
import type { Highlighter } from './highlighter';
import type { RunIndex } from './run-index';
import { deadlineIn, SLICE_MS, yieldToPage } from './slicing';
import { createRunCollector, isInSkippedElement, type TextRun } from './text-runs';
import type { WordLookup } from './word-lookup';

/** Runs per question to the background: a first read asks about the viewport's runs, then about the rest in messages of at most this many runs (guardian-1 and lemonde-1, 1,900 and 2,200 words: two messages). */
const RUNS_PER_LOOKUP = 800;

/**
 * Blocks come in document order, which is mostly reading order: once this many in a row lie
 * below the viewport, the rest are taken to be below it too and are not measured. Measuring every
 * block cost 10 ms on wikipedia-2 (2,900 runs); the order only decides what is marked first.
 */
const BELOW_IN_A_ROW = 48;

/**
 * Page text → the background's marks (core/run-marks.ts) → highlights, in slices, the text visible
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
    /** Told of every element with a shadow root, or a custom element's name, met by a walk (scan-roots.ts). */
    private readonly onShadowHost?: (el: Element) => void,
  ) {}

  /** False once the background said no dictionary answers for this page (nothing is read). */
  get covered(): boolean {
    return !this.uncovered;
  }

  /** True while a scan is queued or running (the popup's count may still grow). */
  get busy(): boolean {
    return this.queued > 0;
  }

  /** Resolves once every scan queued so far has ended (scan-roots.ts reads the shadow roots a walk met in one batch after it). */
  settled(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  /** Scans `root` (after any scan already queued). */
  scan(root: Node): Promise<void> {
    return this.enqueue(() => this.run([root], null, true));
  }

  /**
   * Forgets what was scanned under `roots` and scans them again (their text changed). All the
   * roots of one batch of mutations are read together and ask the background once.
   */
  rescan(roots: readonly Node[]): Promise<void> {
    return this.enqueue(() => this.readAgain(roots));
  }

  /**
   * The dictionaries changed and may answer more words (a pack installed, updated or enabled):
   * `root` is read again, and each block's marks are replaced by its new ones in the same task
   * (no moment without marks); blocks no longer read lose theirs at the end.
   */
  refresh(root: Node): Promise<void> {
    return this.enqueue(async () => {
      this.lookup.reset();
      const replacing = this.index.blocksWithin([root]);
      await this.run([root], replacing, true);
      if (!this.stopped) this.highlighter.remove(this.index.takeBlocks(replacing));
    });
  }

  /**
   * The dictionaries changed by losing words only (a source disabled or removed): only the
   * blocks that hold marks are read again, the rest of the page is not walked.
   */
  recheckMarked(): Promise<void> {
    return this.enqueue(async () => {
      this.lookup.reset();
      // Taken when its turn comes: a scan still running meanwhile adds marks of its own. The
      // text did not change, so the marks that stay are replaced without a moment unpainted.
      const roots = outermost(this.index.markedBlocks());
      if (roots.length === 0) return;
      const replacing = this.index.blocksWithin(roots);
      await this.run(roots, replacing, false);
      if (!this.stopped) this.highlighter.remove(this.index.takeBlocks(replacing));
    });
  }

  /**
   * The page took blocks out: their records and marks go now, not at the next rescan (a page that
   * only removes, or a single-page app between two views, would keep them meanwhile). Outside the
   * queue: a scan running meanwhile skips the runs of blocks no longer in the page.
   */
  release(): void {
    if (this.stopped) return;
    this.highlighter.remove(this.index.takeDisconnected());
  }

  private async readAgain(roots: readonly Node[]): Promise<void> {
    const live = outermost(roots.filter((root) => root.isConnected));
    if (live.length === 0 || this.stopped) return;
    this.highlighter.remove(this.index.takeWithin(live));
    await this.run(live, null, false);
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

  /**
   * `replacing`: blocks whose old records give way to their new ones as they come (refresh).
   * `wholeRead`: a first read or a refresh, whose visible runs go first; a mutation rescan's few
   * blocks are not measured (the page has just changed them: measuring would force its layout).
   */
  private async run(roots: readonly Node[], replacing: Set<Element> | null, wholeRead: boolean): Promise<void> {
    // Asked while the text is read, not before: after a worker start the answer waits for the
    // worker's start and its index load (lemonde-1: 60–80 ms), which the page's walk now overlaps.
    // Where no dictionary answers the walk was for nothing, but the controller already leaves
    // pages of languages no dictionary has unread (nytimes-5): that is a sign-language mismatch.
    const covered = this.lookup.covers();
    const runs: TextRun[] = [];
    for (const root of roots) {
      if (!root.isConnected || isInSkippedElement(root, this.host())) continue;
      await this.collect(root, runs);
    }
    this.uncovered = !(await covered);
    if (this.uncovered) return;
    // The runs showing now are asked about first, and their marks painted without
    // waiting for the nearness observer's first report (a frame later): the first marks on
    // lemonde-1 came 15–20 ms sooner, for one more message to the background.
    const [visible, rest] = wholeRead || runs.length > RUNS_PER_LOOKUP ? await this.partitionVisible(runs) : [[], runs];
    for (const [group, showing] of [
      [visible, true],
      [rest, false],
    ] as const) {
      for (let i = 0; i < group.length && !this.stopped; i += RUNS_PER_LOOKUP) {
        await this.process(group.slice(i, i + RUNS_PER_LOOKUP), replacing, showing);
      }
    }
  }

  private async collect(root: Node, runs: TextRun[]): Promise<void> {
    const step = createRunCollector(root, this.host(), (run) => runs.push(run), this.onShadowHost);
    while (!step(deadlineIn(SLICE_MS))) await yieldToPage();
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

  /**
   * `showing`: the runs' blocks are in the viewport now (partitionVisible). The background reads
   * the runs' words and answers with their marks (core/run-marks.ts): nothing is tokenized here.
   */
  private async process(runs: TextRun[], replacing: Set<Element> | null, showing: boolean): Promise<void> {
    let answers: RunMarks[];
    try {
      answers = await this.lookup.markRuns(
        runs.map((run) => run.text),
        this.locale,
      );
    } catch (error) {
      // One failed question costs its own runs only: the scan goes on with the next ones (the
      // next mutation rescan asks again). In a refresh, these blocks keep the marks they had.
      if (!isExtensionAlive()) throw error;
      if (replacing) for (const run of runs) replacing.delete(run.block);
      return;
    }
    let deadline = deadlineIn(SLICE_MS);
    for (let i = 0; i < runs.length && !this.stopped; i++) {
      const run = runs[i]!;
      if (!run.block.isConnected) continue;
      // A block read again in a refresh: its old marks go once its new ones are painted, while
      // the highlighter still counts the block as near the viewport (unobserved in between, it
      // would wait for the next intersection report, a frame without marks).
      const old = replacing?.delete(run.block) ? this.index.takeBlocks([run.block]) : null;
      const { words, matches } = answers[i]!;
      const record = this.index.add(run, words, matches);
      if (record) this.highlighter.add(record, showing);
      if (old) this.highlighter.remove(old);
      if (deadline()) {
        await yieldToPage();
        deadline = deadlineIn(SLICE_MS);
      }
    }
  }
}

/** The roots that no other root contains: reading a root reads everything under it. */
function outermost(roots: readonly Node[]): Node[] {
  if (roots.length < 2) return [...roots];
  const set = new Set(roots);
  return [...set].filter((root) => {
    for (let up = root.parentNode; up; up = up.parentNode) if (set.has(up)) return false;
    return true;
  });
}

function isExtensionAlive(): boolean {
  // chrome.runtime.id disappears from a content script whose extension was reloaded or removed.
  return Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id);
}
