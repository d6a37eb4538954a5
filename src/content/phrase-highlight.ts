/** The highlight's name; its look is in highlight.css. */
export const PHRASE_HIGHLIGHT = 'signet-phrase';

/**
 * The word of a phrase being signed, highlighted on the page with its own CSS Custom Highlight
 * (the page's DOM untouched, the marks' highlights left as they are), so the reader's eyes can
 * go from the sign to the text and back, as sign.mt's deaf testers asked. Gone when the player
 * closes or moves to another request.
 */
export class PhraseHighlight {
  private shown = false;

  show(range: Range | null): void {
    if (!range) {
      this.clear();
      return;
    }
    const highlight = new Highlight(range);
    highlight.priority = 1; // Above the marks, which the word may also have.
    CSS.highlights.set(PHRASE_HIGHLIGHT, highlight);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    CSS.highlights.delete(PHRASE_HIGHLIGHT);
    this.shown = false;
  }
}
