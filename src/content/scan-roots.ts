/**
 * The open shadow roots of the page, read and watched like the document itself. A TreeWalker
 * never enters a shadow tree, so text a web component renders in its shadow root (a design
 * system's cards, a comment widget) was never marked: the walks report the hosts they pass
 * (text-runs.ts), and each open root found is read and gets a MutationObserver of its own (an
 * observer of the document hears nothing of what happens inside a shadow tree). Roots inside
 * roots are found by the walk of their outer root in turn.
 *
 * Closed roots are left alone: `element.shadowRoot` is null for them, on purpose of their
 * author, and Signet's own overlay host is one of them (so it is never read either).
 *
 * A root attached after the element was walked makes no mutation at all (attachShadow fires no
 * MutationObserver record, and hooking the page's attachShadow would mean running a script in the
 * page's own world, which the page could see and break). Almost every such root belongs to a
 * custom element upgraded or rendered late (a lazy framework): so custom elements met without a
 * root are looked at again a few times, at growing intervals, a bounded number of them. Anything
 * the page adds later is walked by the mutation rescan, which reports its hosts the same way.
 */
import type { Scanner } from './scanner';
import { HAS_INK_RE, mayHostShadowRoot, nodeAfterSubtree, skippedUnder } from './text-runs';

/** After a custom element without a root is met, it is looked at again this long after, then after each next delay. */
const RECHECK_DELAYS_MS = [250, 750, 2_000, 5_000];
/** At most this many custom elements waiting for a root: a page of thousands of light-DOM custom elements (GitHub) costs no more. */
const MAX_CANDIDATES = 500;

export class ShadowRoots {
  /** Open roots read, and the function that stops watching each. */
  private readonly watched = new Map<ShadowRoot, () => void>();
  /** Roots found and not yet read: read together, one question to the background per batch. */
  private pending: ShadowRoot[] = [];
  private flushQueued = false;
  /** Custom elements without a root yet, and how many times each was looked at. */
  private readonly candidates = new Map<Element, number>();
  private recheckTimer: ReturnType<typeof setTimeout> | undefined;
  private recheckStep = 0;
  private stopped = false;

  constructor(
    private readonly scanner: Scanner,
    /** Starts watching one root's mutations; returns what stops it. */
    private readonly watch: (root: ShadowRoot) => () => void,
  ) {}

  /** The open roots read so far, still in the page: hit-testing must name them (hit-test.ts). */
  get roots(): ShadowRoot[] {
    const live: ShadowRoot[] = [];
    for (const root of this.watched.keys()) if (root.isConnected) live.push(root);
    return live;
  }

  /** An element a walk passed that has an open root, or is a custom element (text-runs.ts). */
  met = (el: Element): void => {
    if (this.stopped) return;
    const root = el.shadowRoot;
    if (root) this.adopt(root);
    else if (!this.candidates.has(el) && this.candidates.size < MAX_CANDIDATES) {
      this.candidates.set(el, 0);
      this.scheduleRecheck();
    }
  };

  stop(): void {
    this.stopped = true;
    clearTimeout(this.recheckTimer);
    for (const stop of this.watched.values()) stop();
    this.watched.clear();
    this.candidates.clear();
    this.pending = [];
  }

  /**
   * Content left the page: the roots inside it stop being watched at once (each observer and the
   * entry here kept the whole removed tree alive), and the custom elements in it are no longer
   * waited for.
   */
  release(): void {
    if (this.stopped) return;
    this.forgetDisconnected();
    this.pending = this.pending.filter((r) => r.isConnected);
    for (const el of this.candidates.keys()) if (!el.isConnected) this.candidates.delete(el);
  }

  /** What is held (roots watched, custom elements waited for), for the test build's memory check. */
  heldCounts(): { shadowRoots: number; candidates: number } {
    return { shadowRoots: this.watched.size, candidates: this.candidates.size };
  }

  private adopt(root: ShadowRoot): void {
    // Met again (its outer block read again): its observer is still there, its text was read.
    if (this.watched.has(root)) return;
    this.watched.set(root, this.watch(root));
    this.pending.push(root);
    if (this.flushQueued) return;
    this.flushQueued = true;
    // After the walk that met it: all the roots it met are read in one batch.
    void this.scanner.settled().then(() => {
      this.flushQueued = false;
      this.forgetDisconnected();
      const roots = this.pending.filter((r) => r.isConnected);
      this.pending = [];
      if (roots.length > 0 && !this.stopped) void this.scanner.rescan(roots);
    });
  }

  /**
   * Roots whose host left the page stop being watched (their blocks' records are released as they
   * leave); put back later, the walk of the block it comes back in finds it again.
   */
  private forgetDisconnected(): void {
    for (const [root, stop] of this.watched) {
      if (root.isConnected) continue;
      stop();
      this.watched.delete(root);
    }
  }

  private scheduleRecheck(): void {
    if (this.recheckTimer !== undefined) return;
    const delay = RECHECK_DELAYS_MS[Math.min(this.recheckStep, RECHECK_DELAYS_MS.length - 1)]!;
    this.recheckTimer = setTimeout(this.recheck, delay);
  }

  private recheck = (): void => {
    this.recheckTimer = undefined;
    this.recheckStep++;
    for (const [el, checks] of this.candidates) {
      const root = el.shadowRoot;
      if (root) this.adopt(root);
      if (root || !el.isConnected || checks + 1 >= RECHECK_DELAYS_MS.length) this.candidates.delete(el);
      else this.candidates.set(el, checks + 1);
    }
    if (this.candidates.size > 0 && !this.stopped) this.scheduleRecheck();
    else this.recheckStep = 0;
  };
}

/**
 * Whether `root` holds any text a scan would read, found by walking only until the first such
 * text node. Signet runs in every frame of a tab (manifest.json all_frames), and most frames are
 * ads, trackers, video embeds and widgets with no prose at all: such a frame costs this short
 * walk and asks the background nothing (not even whether a dictionary covers it), until the
 * mutation watch sees text arrive.
 */
export function hasReadableText(root: Node, host: Element | null): boolean {
  // Walked as createRunCollector walks: no acceptNode filter (a call into script per node), the
  // skipped subtrees jumped over.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const skipped = skippedUnder(root, host);
  for (let node = walker.nextNode(); node; ) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (HAS_INK_RE.test((node as Text).data)) return true;
    } else if (skipped(node as Element, (node as Element).localName)) {
      node = nodeAfterSubtree(walker);
      continue;
    } else if (mayHostShadowRoot(node as Element)) {
      // A host's open shadow root may hold the text (a page that is one web component).
      return true;
    }
    node = walker.nextNode();
  }
  return false;
}
