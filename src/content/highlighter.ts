import type { MarkStyle } from '../common/settings';
import { rangeForOffsets, type RunRecord } from './run-index';

/**
 * Marks words that have a sign with the CSS Custom Highlight API: the page's DOM is never
 * wrapped or rewritten (the way span-wrapping highlighters break pages' scripts and layout).
 * The look comes from highlight.css, injected by the manifest as the extension's own sheet.
 *
 * Each mark style is its own highlight name, styled by its own ::highlight() rule: switching
 * style or hiding the marks only changes which name the one Highlight is registered under, so
 * it costs nothing however many words the page has, and showing them again needs no rescan.
 *
 * Only blocks near the viewport are painted (an IntersectionObserver, one screen of margin above
 * and below): Blink keeps painting data for every registered range, and wikipedia-2's 4,335
 * marks cost the tab 5.5 MB of Blink memory, where a screenful costs a few hundred kilobytes.
 * The ranges are made when a block comes near and dropped when it leaves.
 */
export const HIGHLIGHT_NAMES: Readonly<Record<MarkStyle, string>> = {
  both: 'signet-word',
  underline: 'signet-word-underline',
  background: 'signet-word-background',
};

/** Capture: a scroll inside any scrolling element of the page counts too. */
const SCROLL_OPTIONS = { capture: true, passive: true } as const;

/** Painted ahead of the viewport, so that scrolling shows marks already there. */
const NEAR_MARGIN = '100% 0px';

export class Highlighter {
  private highlight: Highlight | null = null;
  private registeredAs: string | null = null;
  private visible = true;
  private style: MarkStyle = 'both';
  private detached = false;
  private observer: IntersectionObserver | null = null;
  /** Blocks with marks, observed; and those near the viewport now. */
  private readonly recordsByBlock = new Map<Element, RunRecord[]>();
  private readonly near = new Set<Element>();
  /** Ranges put in the Highlight, to notice when the page took some out. */
  private painted = 0;
  private healQueued = false;

  /**
   * A scanned run with matches: painted now if its block is near the viewport, else when it comes
   * near. `showing`: the caller has just measured the block in the viewport, so it is painted
   * without waiting for the observer's first report, which puts it right if the page moved.
   */
  add(record: RunRecord, showing = false): void {
    if (this.detached || !this.ensureHighlight()) return;
    const records = this.recordsByBlock.get(record.block);
    if (records) records.push(record);
    else {
      this.recordsByBlock.set(record.block, [record]);
      this.observer!.observe(record.block);
      if (showing) this.near.add(record.block);
    }
    if (this.near.has(record.block)) this.paint(record);
  }

  /** Records taken out of the index (their text changed or left the page): unpainted and forgotten. */
  remove(records: readonly RunRecord[]): void {
    for (const record of records) {
      this.unpaint(record);
      const list = this.recordsByBlock.get(record.block);
      if (!list) continue;
      const at = list.indexOf(record);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) {
        this.recordsByBlock.delete(record.block);
        this.near.delete(record.block);
        this.observer?.unobserve(record.block);
      }
    }
  }

  /** What the highlighter holds (blocks observed, ranges painted, the Highlight's size), for the test build's memory check. */
  heldCounts(): { observed: number; near: number; ranges: number; inHighlight: number } {
    return { observed: this.recordsByBlock.size, near: this.near.size, ranges: this.painted, inHighlight: this.highlight?.size ?? 0 };
  }

  /** Shows or hides the marks, in the given style; the ranges are kept either way. */
  setLook(visible: boolean, style: MarkStyle): void {
    this.visible = visible;
    this.style = style;
    this.register();
  }

  /**
   * The highlight registry is the document's: the page's scripts can empty it
   * (`CSS.highlights.clear()`), put their own Highlight under Signet's name, or take ranges out
   * of Signet's, and the marks never came back. Called at every
   * change of the page and at scroll, this registers the marks again and puts back what was taken
   * out: two lookups when nothing happened.
   */
  heal(): void {
    const highlight = this.highlight;
    if (!highlight || this.detached) return;
    if (this.registeredAs && CSS.highlights.get(this.registeredAs) !== highlight) CSS.highlights.set(this.registeredAs, highlight);
    if (highlight.size >= this.painted) return;
    for (const block of this.near) {
      for (const record of this.recordsByBlock.get(block) ?? []) for (const range of record.ranges ?? []) highlight.add(range);
    }
  }

  /** The page's document.open() erased the scroll listener: listen again. */
  listenAgain(): void {
    if (!this.highlight || this.detached) return;
    removeEventListener('scroll', this.onScroll, SCROLL_OPTIONS);
    addEventListener('scroll', this.onScroll, SCROLL_OPTIONS);
  }

  /** Removes every mark for good (Signet turned off on this page). */
  detach(): void {
    this.detached = true;
    removeEventListener('scroll', this.onScroll, SCROLL_OPTIONS);
    this.observer?.disconnect();
    this.recordsByBlock.clear();
    this.near.clear();
    this.highlight?.clear();
    this.visible = false;
    this.register();
    this.highlight = null;
  }

  private ensureHighlight(): boolean {
    if (this.highlight) return true;
    // Older engines: no marks, signs still play.
    if (typeof Highlight === 'undefined' || !CSS.highlights || typeof IntersectionObserver === 'undefined') return false;
    this.highlight = new Highlight();
    this.observer = new IntersectionObserver(this.onNearness, { rootMargin: NEAR_MARGIN });
    addEventListener('scroll', this.onScroll, SCROLL_OPTIONS);
    this.register();
    return true;
  }

  /** At most one check per frame, however many scroll events (of the page or of any scroller in it). */
  private onScroll = (): void => {
    if (this.healQueued) return;
    this.healQueued = true;
    requestAnimationFrame(() => {
      this.healQueued = false;
      this.heal();
    });
  };

  private onNearness = (entries: IntersectionObserverEntry[]): void => {
    for (const { target, isIntersecting } of entries) {
      const records = this.recordsByBlock.get(target);
      if (!records) continue;
      if (isIntersecting) this.near.add(target);
      else this.near.delete(target);
      for (const record of records) {
        if (isIntersecting) this.paint(record);
        else this.unpaint(record);
      }
    }
  };

  private paint(record: RunRecord): void {
    if (record.ranges || !this.highlight) return;
    try {
      record.ranges = record.matches.map((m) => rangeForOffsets(record, m.start, m.end));
    } catch {
      return; // Its text changed since it was read: the mutation rescan redoes it.
    }
    for (const range of record.ranges) this.highlight.add(range);
    this.painted += record.ranges.length;
  }

  private unpaint(record: RunRecord): void {
    if (!record.ranges) return;
    if (this.highlight) for (const range of record.ranges) this.highlight.delete(range);
    this.painted -= record.ranges.length;
    record.ranges = null;
  }

  private register(): void {
    if (!this.highlight) return;
    const wanted = this.visible ? HIGHLIGHT_NAMES[this.style] : null;
    if (wanted === this.registeredAs) return;
    // Only our own entry is removed: the page may register highlights of its own.
    if (this.registeredAs && CSS.highlights.get(this.registeredAs) === this.highlight) CSS.highlights.delete(this.registeredAs);
    if (wanted) CSS.highlights.set(wanted, this.highlight);
    this.registeredAs = wanted;
  }
}
