import type { MarkStyle } from '../common/settings';

/**
 * Marks words that have a sign with the CSS Custom Highlight API: the page's DOM is never
 * wrapped or rewritten (the way span-wrapping highlighters break pages' scripts and layout).
 * The look comes from highlight.css, injected by the manifest as the extension's own sheet.
 *
 * Each mark style is its own highlight name, styled by its own ::highlight() rule: switching
 * style or hiding the marks only changes which name the one Highlight is registered under, so
 * it costs nothing however many words the page has, and showing them again needs no rescan.
 */
export const HIGHLIGHT_NAMES: Readonly<Record<MarkStyle, string>> = {
  both: 'signet-word',
  underline: 'signet-word-underline',
  background: 'signet-word-background',
};

export class Highlighter {
  private highlight: Highlight | null = null;
  private registeredAs: string | null = null;
  private visible = true;
  private style: MarkStyle = 'both';
  private detached = false;

  add(ranges: readonly AbstractRange[]): void {
    if (ranges.length === 0 || this.detached) return;
    if (!this.highlight) {
      if (typeof Highlight === 'undefined' || !CSS.highlights) return; // Older engines: no marks, signs still play.
      this.highlight = new Highlight();
      this.register();
    }
    for (const range of ranges) this.highlight.add(range);
  }

  remove(ranges: readonly AbstractRange[]): void {
    if (!this.highlight) return;
    for (const range of ranges) this.highlight.delete(range);
  }

  /** Shows or hides the marks, in the given style; the ranges are kept either way. */
  setLook(visible: boolean, style: MarkStyle): void {
    this.visible = visible;
    this.style = style;
    this.register();
  }

  /** Removes every mark for good (Signet turned off on this page). */
  detach(): void {
    this.detached = true;
    this.highlight?.clear();
    this.visible = false;
    this.register();
    this.highlight = null;
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
