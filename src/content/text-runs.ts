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
export const SKIPPED_TAGS: readonly string[] = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'math',
  'svg',
  'head',
  'title',
];
const SKIPPED = new Set(SKIPPED_TAGS);

/** Elements that flow inside a line: text on both sides of them belongs to the same run. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  'ruby',
  'rb',
  'rt',
  'rp',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'wbr',
  'nobr',
  'big',
  'acronym',
  'strike',
]);

/** Any character but white space; not a Unicode-property class, whose first use compiles large tables. */
export const HAS_INK_RE = /\S/;

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
  while (el && INLINE.has(el.localName)) el = el.parentElement;
  return el;
}

/**
 * The only elements besides custom ones that may have a shadow root (attachShadow throws for any
 * other, declarative roots likewise): the walk asks the browser for `shadowRoot` only on these,
 * not on every <a>, <li> or <td> (wikipedia-2: 9,900 elements).
 */
export const SHADOW_CAPABLE_TAGS: readonly string[] = ['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span'];
const SHADOW_CAPABLE = new Set(SHADOW_CAPABLE_TAGS);

/**
 * An element that has an open shadow root, or a custom element (its name has a hyphen) that may
 * attach one later (scan-roots.ts waits for those).
 */
export function mayHostShadowRoot(el: Element): boolean {
  const name = el.localName;
  if (name.includes('-')) return true;
  return SHADOW_CAPABLE.has(name) && el.shadowRoot !== null;
}

/**
 * The node after the walker's current node and everything under it, in document order and under
 * the walker's root (null at the end): how a walk without a filter leaves a skipped subtree out.
 */
export function nodeAfterSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}

/**
 * isSkippedElement for the elements of one walk under `root` (`name`: the element's localName,
 * which the walk reads anyway): the editable regions are found by the browser's selector engine
 * in one call, the same rule as isSkippedElement's, rather than by an attribute read per element
 * (wikipedia-2: 9,900 elements).
 */
export function skippedUnder(root: Node, host: Element | null): (el: Element, name: string) => boolean {
  const editable = new Set<Element>();
  if ('querySelectorAll' in root) {
    for (const el of (root as ParentNode).querySelectorAll('[contenteditable]')) if (el.getAttribute('contenteditable') !== 'false') editable.add(el);
  }
  if (editable.size === 0) return (el, name) => SKIPPED.has(name) || el === host;
  return (el, name) => SKIPPED.has(name) || el === host || editable.has(el);
}

/**
 * Walks `root` and calls `onRun` for every run of text, in document order. The walk is
 * resumable: `deadline()` is checked every few nodes, and when it returns true the walker
 * returns a continuation to call later (so a 1.6 MB page does not block the main thread).
 *
 * The walk goes by firstChild and nextSibling itself, carrying each element's block down to its
 * children, rather than asking a TreeWalker: TreeWalker.nextNode was the largest native cost of a
 * page's scan, and each text node then had to ask for its parent and climb to its block (on
 * wikipedia-2, 24,000 nodes: nextNode, parentElement and the climbs were 40% of Signet's time in
 * a CPU profile, Chromium 156). A skipped element's subtree is never entered, so what is under a
 * <script> or an editor is never visited. An element that is not inline (a <br>, an <img>, a
 * block) ends the run before it; a run also ends where the text's block changes. Elements that
 * may host a shadow root are reported on the way (scan-roots.ts reads them).
 */
export function createRunCollector(root: Node, host: Element | null, onRun: (run: TextRun) => void, onShadowHost?: (el: Element) => void) {
  const skipped = skippedUnder(root, host);
  const rootElement = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : null;
  // Nothing above the root is walked: a component the page adds as a block of its own is the
  // root of its rescan (mutations.ts), and its shadow root was never read (fr-spa.html: a view
  // rendering a component into <main>).
  if (onShadowHost && rootElement && mayHostShadowRoot(rootElement)) onShadowHost(rootElement);

  let current: TextRun | null = null;
  /** A non-inline element was passed since the last text node: the next text starts a new run. */
  let separated = false;
  /**
   * The element whose children the walk is in, and the block of its text: its nearest non-inline
   * ancestor, itself included, as blockOf gives (null where there is none: under a shadow root or
   * a fragment, the text's block is then its parent, as blockOf(parent) ?? parent).
   */
  let parent: Element | null = rootElement;
  let block: Element | null = rootElement ? blockOf(rootElement) : null;
  /** The parent and block of each level above `parent`, to go back up without asking the DOM. */
  const above: Array<Element | null> = [];
  let node: Node | null = root.firstChild;

  const flush = () => {
    // Only runs with some non-space character: most text nodes of a page are the indentation
    // between its tags. Runs of punctuation alone get no tokens and cost nothing more.
    if (current && HAS_INK_RE.test(current.text)) onRun(current);
    current = null;
  };

  /** The node after `from` and its subtree, going up as far as needed, or null at the root's end. */
  const after = (from: Node): Node | null => {
    for (let at: Node | null = from; at && at !== root; ) {
      const next = at.nextSibling;
      if (next) return next;
      at = at.parentNode;
      if (at === null || at === root) return null;
      // Back up one level. A node the page moved during a pause of the walk leads elsewhere:
      // the levels are then asked of the DOM (the mutation rescan reads that part again anyway).
      if (at === parent && above.length > 0) {
        block = above.pop()!;
        parent = above.pop()!;
      } else {
        above.length = 0;
        parent = at.nodeType === Node.ELEMENT_NODE ? (at as Element).parentElement : null;
        block = parent ? blockOf(parent) : null;
      }
    }
    return null;
  };

  /** Returns true when the whole tree was walked. */
  return function step(deadline: () => boolean): boolean {
    let count = 0;
    while (node) {
      if ((++count & 127) === 0 && deadline()) return false;
      const type = node.nodeType;
      if (type === Node.ELEMENT_NODE) {
        const el = node as Element;
        const name = el.localName;
        if (skipped(el, name)) {
          node = after(el);
          continue;
        }
        if (onShadowHost && mayHostShadowRoot(el)) onShadowHost(el);
        const inline = INLINE.has(name);
        if (!inline) separated = true;
        const first = el.firstChild;
        if (first) {
          above.push(parent, block);
          parent = el;
          if (!inline) block = el;
          node = first;
        } else node = after(el);
        continue;
      }
      if (type === Node.TEXT_NODE && parent !== null) {
        // Text right under a shadow root or a fragment belongs to no element: not read.
        const text = node as Text;
        const textBlock = block ?? parent;
        if (current && (separated || current.block !== textBlock)) flush();
        separated = false;
        if (!current) current = { nodes: [], starts: [], text: '', block: textBlock };
        current.starts.push(current.text.length);
        current.nodes.push(text);
        current.text += text.data;
      }
      node = after(node);
    }
    flush();
    return true;
  };
}
