/**
 * Marks words that have a sign with the CSS Custom Highlight API: the page's DOM is never
 * wrapped or rewritten (the way span-wrapping highlighters break pages' scripts and layout).
 * The look comes from highlight.css, injected by the manifest as the extension's own sheet.
 */
export const HIGHLIGHT_NAME = 'signet-word';

export class Highlighter {
  private highlight: Highlight | null = null;

  add(ranges: readonly Range[]): void {
    if (ranges.length === 0) return;
    if (!this.highlight) {
      if (typeof Highlight === 'undefined' || !CSS.highlights) return; // Older engines: no marks, signs still play.
      this.highlight = new Highlight();
      CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
    }
    for (const range of ranges) this.highlight.add(range);
  }

  remove(ranges: readonly Range[]): void {
    if (!this.highlight) return;
    for (const range of ranges) this.highlight.delete(range);
  }

  clear(): void {
    this.highlight?.clear();
  }
}
