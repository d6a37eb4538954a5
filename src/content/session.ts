import type { Settings } from '../common/settings';
import { Highlighter } from './highlighter';
import { watchMutations } from './mutations';
import type { Overlay } from './overlay';
import { RunIndex, type WordCounts } from './run-index';
import { Scanner } from './scanner';
import { blockOf } from './text-runs';
import { createPrefetcher } from './prefetch';
import { Triggers } from './triggers';
import { createWantedReporter } from './wanted';
import { WordLookup } from './word-lookup';

export interface PageLanguage {
  /** <html lang>, "" when the page does not say. */
  lang: string;
  /** What the tokenizer uses: the page's language, else the browser's. */
  locale: string;
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
  private readonly triggers: Triggers;
  private stopListening: Array<() => void> = [];

  constructor(
    page: PageLanguage,
    /** The reader's sign language for this page (undefined: automatic). */
    readonly signLanguage: string | undefined,
    private readonly overlay: Overlay,
    private readonly settings: () => Settings,
  ) {
    const scope = { lang: page.lang, signLanguage };
    this.scanner = new Scanner(this.index, this.highlighter, new WordLookup(scope), () => overlay.element, page.locale);
    this.triggers = new Triggers(this.index, overlay, () => this.settings(), createPrefetcher(scope), createWantedReporter(page.lang, page.locale));
  }

  start(): void {
    this.applyLook();
    void this.scanner.scan(document.body ?? document.documentElement).then(() => markScanned(this.index.markCount));
    const isOurs = (node: Node) => node === this.overlay.element;
    const stopWatching = watchMutations(document.documentElement, isOurs, (targets) => {
      const blocks = new Set<Node>();
      for (const target of targets) blocks.add(blockOf(target) ?? target);
      void this.scanner.rescan([...blocks]);
    });
    this.stopListening = [stopWatching, this.triggers.attach()];
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

  counts(): WordCounts & { scanning: boolean; covered: boolean } {
    return { ...this.index.counts(), scanning: this.scanner.busy, covered: this.scanner.covered };
  }
}

/**
 * When the first scan ended, and how many marks it found, as numbers on this content script's
 * own global: `npm run bench` reads them through DevTools to know when to stop timing (only the
 * marks near the viewport are painted, so the page's highlights do not tell the whole count). An
 * isolated world's globals are out of the page's sight, and nothing is written to the page's DOM
 * or console.
 */
function markScanned(marks: number): void {
  const scope = globalThis as { __signetScanned?: number; __signetMarks?: number };
  scope.__signetMarks = marks;
  scope.__signetScanned = performance.now();
}
