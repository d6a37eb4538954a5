import type { Settings } from '../common/settings';
import { Highlighter } from './highlighter';
import { watchMutations } from './mutations';
import type { Overlay } from './overlay';
import { RunIndex, type WordCounts } from './run-index';
import { markScanned } from './scan-marker';
import { Scanner } from './scanner';
import { hasReadableText, ShadowRoots } from './scan-roots';
import { blockOf } from './text-runs';
import { createPrefetcher } from './prefetch';
import { readPageWords } from './page-words';
import { Triggers } from './triggers';
import { createWantedReporter } from './wanted';
import { WordLookup } from './word-lookup';

export interface PageLanguage {
  /** <html lang>, "" when the page does not say. */
  lang: string;
  /** What the tokenizer uses: the page's language, else the browser's. */
  locale: string;
  /**
   * Where to read: the whole page, unless given. The welcome page runs Signet on its sample
   * sentences only (content scripts do not run on extension pages), not on its own questions.
   */
  root?: Element;
}

/**
 * Signet at work on a page: the scan and its marks, the mutation watch, the pointer triggers.
 * Started when Signet is on for the page, stopped (everything removed, every listener gone)
 * when it is turned off; a change of sign language starts a fresh one, since every answer of
 * the old one came from other dictionaries.
 */
export class PageSession {
  readonly index = new RunIndex();
  private readonly highlighter = new Highlighter();
  private readonly scanner: Scanner;
  /** The page's open shadow roots, read and watched as the document is (scan-roots.ts). */
  private readonly shadowRoots: ShadowRoots;
  private readonly triggers: Triggers;
  private stopListening: Array<() => void> = [];
  private stopTriggers: () => void = () => undefined;
  /** The document's <html> when the session started, or when it last saw it replaced. */
  private root = document.documentElement;
  /** Where the session reads: the welcome page limits it to its samples; undefined is the whole document. */
  private readonly region: Element | undefined;
  private readonly scope: { lang: string; signLanguage: string | undefined };
  /** How long the first scan took (the page report's and the audit's "scan time"). */
  scanMs: number | null = null;

  constructor(
    private readonly page: PageLanguage,
    /** The reader's sign language for this page (undefined: automatic). */
    readonly signLanguage: string | undefined,
    private readonly overlay: Overlay,
    private readonly settings: () => Settings,
    /** Signs the page's selection as the keyboard command does (see PageController.sign). */
    askAboutSelection: () => void = () => {},
    /** The scan's lookup, when one was made for this scope already (the controller's early question). */
    lookup?: WordLookup,
  ) {
    this.region = page.root;
    const scope = { lang: page.lang, signLanguage };
    this.scope = scope;
    this.scanner = new Scanner(
      this.index,
      this.highlighter,
      lookup ?? new WordLookup(scope),
      () => overlay.element,
      page.locale,
      (el) => this.shadowRoots.met(el),
    );
    this.shadowRoots = new ShadowRoots(this.scanner, (root) => watchMutations(root, this.isOurs, this.onMutations, this.onRemoved));
    this.triggers = new Triggers(
      this.index,
      overlay,
      () => this.settings(),
      createPrefetcher(scope),
      () => {
        // On a page no dictionary covers, a selection is not a question to Signet (the command and the menu still are).
        if (this.scanner.covered) askAboutSelection();
      },
      createWantedReporter(page.lang, page.locale),
      () => this.shadowRoots.roots,
    );
  }

  start(): void {
    this.applyLook();
    const started = performance.now();
    const root = this.region ?? document.body ?? document.documentElement;
    // A frame without text (most frames: ads, embeds) is not scanned until text arrives, so that
    // it asks the background nothing. The top document asked already while it was parsed
    // (controller.ts wakes the background), and its scan's walk finds no text as soon as this
    // check would: checking first cost lemonde-1 a tenth of Signet's time (CPU profile).
    const first = window !== window.top && !hasReadableText(root, this.overlay.element) ? Promise.resolve() : this.scanner.scan(root);
    void first.then(() => {
      this.scanMs = performance.now() - started;
      markScanned(this.index);
    });
    // The document, not its <html>: document.open() puts a new <html> in, which is read then.
    const stopWatching = watchMutations(this.region ?? document, this.isOurs, this.onMutations, this.onRemoved);
    this.stopTriggers = this.triggers.attach();
    this.stopListening = [stopWatching, () => this.stopTriggers(), () => this.shadowRoots.stop()];
    if (__SIGNET_TEST_BUILD__) exposeHeld(this.index, this.highlighter, this.shadowRoots, this.scanner);
  }

  private readonly isOurs = (node: Node) => node === this.overlay.element;

  /** A batch of changes, in the document or in one of its open shadow roots. */
  private readonly onMutations = (targets: Node[]): void => {
    if (!this.region && document.documentElement !== this.root) this.documentReplaced();
    this.highlighter.heal();
    const blocks = new Set<Node>();
    for (const target of targets) blocks.add(blockOf(target) ?? target);
    void this.scanner.rescan([...blocks]);
  };

  /**
   * Content left the page (a single-page app showing another view, a feed dropping old items):
   * what Signet held for it goes at once, and a sign shown for a word of it closes, as it does for
   * a word scrolled away. A live Range whose text was taken out collapses onto the point where it
   * was, so a collapsed anchor is a word gone (a text field's anchor is the element itself).
   */
  private readonly onRemoved = (nodes: readonly Node[]): void => {
    // Only an element taken out can take a block or a shadow host with it (a ticker replacing its
    // text nodes every second costs no pass over the blocks).
    if (nodes.some((node) => node.nodeType === Node.ELEMENT_NODE)) {
      this.scanner.release();
      this.shadowRoots.release();
    }
    const anchor = this.overlay.shownAnchor;
    if (!anchor) return;
    const gone = anchor instanceof Range ? anchor.collapsed || !anchor.startContainer.isConnected : anchor instanceof Node && !anchor.isConnected;
    if (gone) this.overlay.close();
  };

  /**
   * The page called document.open(), which erases every event listener of its window and
   * document, the content script's among them (Chromium 156: no sign opened again until a
   * reload): listen again. The overlay's host went with the old <html>; the next sign makes one.
   */
  private documentReplaced(): void {
    this.root = document.documentElement;
    this.overlay.close();
    this.stopTriggers();
    this.stopTriggers = this.triggers.attach();
    this.highlighter.listenAgain();
  }

  /**
   * The installed dictionaries changed. One that lost words (a source disabled or removed) can
   * only take marks away: the blocks holding marks are read again, not the page. Otherwise (a
   * pack installed, updated or enabled) words never marked may now have a sign, and the page is
   * read again, its marks replaced block by block.
   */
  dictionariesChanged(onlyRemoved: boolean): void {
    if (onlyRemoved) void this.scanner.recheckMarked();
    else {
      void this.scanner.refresh(this.region ?? document.body ?? document.documentElement);
      // A walk does not enter shadow trees: each open root is read again too.
      for (const root of this.shadowRoots.roots) void this.scanner.refresh(root);
    }
  }

  /** Marks shown or hidden, in the chosen style; nothing is scanned again. */
  applyLook(): void {
    const { marks, markStyle } = this.settings();
    this.highlighter.setLook(marks, markStyle);
  }

  stop(): void {
    this.scanner.stop();
    for (const stop of this.stopListening) stop();
    this.stopListening = [];
    this.highlighter.detach();
  }

  /** The page's words read again with the session's dictionaries, for the page report (page-words.ts). */
  readWords(): ReturnType<typeof readPageWords> {
    return readPageWords(document.body ?? document.documentElement, this.overlay.element, this.page.locale, new WordLookup(this.scope));
  }

  counts(): WordCounts & { scanning: boolean; covered: boolean } {
    return { ...this.index.counts(), scanning: this.scanner.busy, covered: this.scanner.covered };
  }
}

/** What exposeHeld reports: each part's own counts, so a count added to a part reaches the test's type. */
export type HeldCounts = { scanning: number } & ReturnType<RunIndex['heldCounts']> & ReturnType<Highlighter['heldCounts']> & ReturnType<ShadowRoots['heldCounts']>;

/**
 * What the session holds, on this content script's own global in the test build only: the
 * browser tests check that a page swapping its content many times (tests/e2e/spa.test.ts) brings
 * it back to what its last view needs.
 */
function exposeHeld(index: RunIndex, highlighter: Highlighter, shadowRoots: ShadowRoots, scanner: Scanner): void {
  (globalThis as { __signetHeld?: () => HeldCounts }).__signetHeld = () => ({
    scanning: scanner.busy ? 1 : 0,
    ...index.heldCounts(),
    ...highlighter.heldCounts(),
    ...shadowRoots.heldCounts(),
  });
}
