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

/*
 * Tag names as localName, lower case: Element.tagName upper-cases the name into a new string on
 * every call, and the walk reads one or two per element (wikipedia-2 has 30,000 elements).
 */

/**
 * Elements whose text is not prose for a reader, or belongs to form controls the user is typing
 * in. SVG too: its text nodes are a drawing's labels placed by coordinates (chart axes, icon
 * <title>s, a <style> of its own), not sentences, and its <title>/<desc> are never shown.
 */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'var', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'math', 'svg', 'head', 'title',
]);

/** Elements that flow inside a line: text on both sides of them belongs to the same run. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'label', 'mark', 'q', 'ruby', 'rb', 'rt', 'rp', 's', 'small', 'span', 'strong', 'sub', 'sup',
  'time', 'tt', 'u', 'wbr', 'nobr', 'big', 'acronym', 'strike',
]);

/** Any character but white space; not a Unicode-property class, whose first use compiles large tables. */
const HAS_INK_RE = /\S/;

export function isSkippedElement(el: Element, host: Element | null): boolean {
  if (el === host) return true;
  if (SKIPPED.has(el.localName)) return true;
  // Editable regions are the user's own text (mail composers, comment boxes): leave them alone.
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * Whether `node` lies in something the scan never reads: a skipped element, an editable region
 * or Signet's host, at any level above it, or a document in design mode. The walk below rejects
 * these as it meets them, but it never judges its own root nor the root's ancestors: a rescan
 * starts at the block that changed, and text typed into a contenteditable (a <p> inside the
 * editor), or a <pre> or <style> the page adds later, was read, sent to the background and
 * marked. One walk up per scanned root, not per element: every scan and rescan asks this first.
 */
export function isInSkippedElement(node: Node, host: Element | null): boolean {
  if (document.designMode === 'on') return true;
  for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el, host)) return true;
  }
  return false;
}

/** The nearest ancestor (or the element itself) that is not an inline element. */
export function blockOf(node: Node): Element | null {
  if (node.nodeType === Node.ELEMENT_NODE && !INLINE.has((node as Element).localName)) return node as Element;
  let el = node.parentElement;
  while (el && INLINE.has(el.localName)) {
    // Inline elements straight under a shadow root (a component's <span>): the outermost one is
    // the block, or its text would belong to no block and never be read (scan-roots.ts).
    if (!el.parentElement && el.parentNode instanceof ShadowRoot) return el;
    el = el.parentElement;
  }
  return el;
}

/**
 * Walks `root` and calls `onRun` for every run of text, in document order. The walk is
 * resumable: `deadline()` is checked every few nodes, and when it returns true the walker
 * returns a continuation to call later (so a 1.6 MB page does not block the main thread).
 */
export function createRunCollector(root: Node, host: Element | null, onRun: (run: TextRun) => void, onShadowHost?: (el: Element) => void) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (isSkippedElement(node as Element, host)) return NodeFilter.FILTER_REJECT;
        // A walk never enters a shadow tree: the hosts it passes are told (scan-roots.ts reads
        // their open roots, and watches custom elements that may attach one later).
        if (onShadowHost && ((node as Element).shadowRoot || (node as Element).localName.includes('-'))) onShadowHost(node as Element);
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  let current: TextRun | null = null;
  // Consecutive text nodes mostly share a parent: its block is looked up once.
  let lastParent: Node | null = null;
  let lastBlock: Element | null = null;

  const flush = () => {
    // Only runs with some non-space character: most text nodes of a page are the indentation
    // between its tags. Runs of punctuation alone get no tokens and cost nothing more.
    if (current && HAS_INK_RE.test(current.text)) onRun(current);
    current = null;
  };

  /** Returns true when the whole tree was walked. */
  return function step(deadline: () => boolean): boolean {
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node as Text;
        const parent = text.parentNode;
        if (parent !== lastParent) {
          lastParent = parent;
          lastBlock = blockOf(text);
        }
        const block = lastBlock;
        if (!block) continue;
        if (current && current.block !== block) flush();
        if (!current) current = { nodes: [], starts: [], text: '', block };
        current.starts.push(current.text.length);
        current.nodes.push(text);
        current.text += text.data;
      } else if (!INLINE.has((node as Element).localName)) {
        // A block (or <br>, <img>…) between two text nodes separates their words.
        flush();
      }
      if ((++count & 63) === 0 && deadline()) return false;
    }
    flush();
    return true;
  };
}
