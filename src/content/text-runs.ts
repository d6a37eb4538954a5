/**
 * Collects the page's text as runs: consecutive text nodes of one block, so that an expression
 * split across inline elements (`<em>réseau</em> local`) is tokenized as one string. The DOM
 * is only read, never changed.
 */
export interface TextRun {
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
  /** The nearest non-inline ancestor shared by the nodes. */
  block: Element;
}

/** Elements whose text is not prose for a reader, or belongs to form controls the user is typing in. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO',
  'MATH', 'HEAD', 'TITLE',
]);

/** Elements that flow inside a line: text on both sides of them belongs to the same run. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS',
  'LABEL', 'MARK', 'Q', 'RUBY', 'RB', 'RT', 'RP', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP',
  'TIME', 'TT', 'U', 'WBR', 'NOBR', 'BIG', 'ACRONYM', 'STRIKE',
]);

export function isSkippedElement(el: Element, host: Element | null): boolean {
  if (el === host) return true;
  if (SKIPPED.has(el.tagName)) return true;
  // Editable regions are the user's own text (mail composers, comment boxes): leave them alone.
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** The nearest ancestor (or the element itself) that is not an inline element. */
export function blockOf(node: Node): Element | null {
  if (node.nodeType === Node.ELEMENT_NODE && !INLINE.has((node as Element).tagName)) return node as Element;
  let el = node.parentElement;
  while (el && INLINE.has(el.tagName)) el = el.parentElement;
  return el;
}

/**
 * Walks `root` and calls `onRun` for every run of text, in document order. The walk is
 * resumable: `deadline()` is checked every few nodes, and when it returns true the walker
 * returns a continuation to call later (so a 1.6 MB page does not block the main thread).
 */
export function createRunCollector(root: Node, host: Element | null, onRun: (run: TextRun) => void) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE && isSkippedElement(node as Element, host)) {
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  let current: TextRun | null = null;

  const flush = () => {
    if (current && /[\p{L}\p{N}]/u.test(current.text)) onRun(current);
    current = null;
  };

  /** Returns true when the whole tree was walked. */
  return function step(deadline: () => boolean): boolean {
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node as Text;
        const block = blockOf(text);
        if (!block) continue;
        if (current && current.block !== block) flush();
        if (!current) current = { nodes: [], starts: [], text: '', block };
        current.starts.push(current.text.length);
        current.nodes.push(text);
        current.text += text.data;
      } else if (!INLINE.has((node as Element).tagName)) {
        // A block (or <br>, <img>…) between two text nodes separates their words.
        flush();
      }
      if ((++count & 63) === 0 && deadline()) return false;
    }
    flush();
    return true;
  };
}
