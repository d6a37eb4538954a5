import { blockOf } from './text-runs';

/** A selection's text as the reader reads it, and the way back from its offsets to the page. */
export interface PhraseText {
  text: string;
  /** The page's range of text[start, end), or null when the text has no place on the page (a text field, the menu's text). */
  rangeOf(start: number, end: number): Range | null;
}

interface Piece {
  node: Text;
  /** Where the piece starts in `text`, and in its node. */
  at: number;
  from: number;
  length: number;
}

const HIDDEN_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/**
 * The text of a page range, node by node; a space between blocks (two paragraphs selected
 * together must not glue their last and first words), none inside a line (an <em> inside a word
 * or an expression stays joined).
 */
export function rangeText(range: Range): PhraseText {
  const pieces: Piece[] = [];
  let text = '';
  let lastBlock: Element | null = null;
  const root = range.commonAncestorContainer;
  const walker = document.createTreeWalker(root.nodeType === Node.TEXT_NODE ? (root.parentNode ?? root) : root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node) || HIDDEN_TEXT.has(node.parentElement?.localName ?? '')) continue;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.length;
    if (to <= from) continue;
    const block = blockOf(node);
    if (pieces.length > 0 && block !== lastBlock) text += ' ';
    lastBlock = block;
    pieces.push({ node, at: text.length, from, length: to - from });
    text += node.data.slice(from, to);
  }
  return {
    text,
    rangeOf(start, end) {
      const first = pieces.find((p) => start >= p.at && start < p.at + p.length);
      const last = pieces.findLast((p) => end > p.at && end <= p.at + p.length);
      if (!first || !last) return null;
      const result = document.createRange();
      result.setStart(first.node, first.from + start - first.at);
      result.setEnd(last.node, last.from + end - last.at);
      return result;
    },
  };
}

/** Text with no place on the page. */
export function plainText(text: string): PhraseText {
  return { text, rangeOf: () => null };
}
