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
  while (el && INLINE.has(el.localName)) el = el.parentElement;
  return el;
}

/** What the walk knows of a text node's parent element: skipped, or the block its text belongs to. */
type ParentFacts = Element | typeof SKIP;
const SKIP = 0;

/**
 * Whether an element between two text nodes separates their words: a <br>, an <img>, a block.
 * Skipped elements do not (a <button> inside a sentence), as when the walk rejected them.
 */
function separates(node: Node, host: Element | null): boolean {
  return node.nodeType === Node.ELEMENT_NODE && !INLINE.has((node as Element).localName) && !isSkippedElement(node as Element, host);
}

/**
 * Whether a separating element lies between `prev` and `next`, two text nodes of one block in
 * document order: the siblings after `prev` up its ancestors, until the one holding `next`, then
 * the siblings before `next` up to there. Mostly one or two siblings (`text <a>link</a> text`).
 */
function separatedBetween(prev: Node, next: Node, block: Element, host: Element | null): boolean {
  for (let a: Node | null = prev; a && a !== block; a = a.parentNode) {
    for (let sibling = a.nextSibling; sibling; sibling = sibling.nextSibling) {
      if (sibling === next || sibling.contains(next)) {
        for (let b: Node | null = next; b && b !== sibling.parentNode; b = b.parentNode) {
          for (let before = b.previousSibling; before && before !== a; before = before.previousSibling) if (separates(before, host)) return true;
          if (b === sibling) break;
        }
        return false;
      }
      if (separates(sibling, host)) return true;
    }
  }
  return false;
}

/**
 * An element that has an open shadow root, or a custom element (its name has a hyphen) that may
 * attach one later (scan-roots.ts waits for those).
 */
export function mayHostShadowRoot(el: Element): boolean {
  return el.shadowRoot !== null || el.localName.includes('-');
}

/**
 * Walks `root` and calls `onRun` for every run of text, in document order. The walk is
 * resumable: `deadline()` is checked every few nodes, and when it returns true the walker
 * returns a continuation to call later (so a 1.6 MB page does not block the main thread).
 *
 * The walker shows text nodes only and has no filter: a JS acceptNode called for every element
 * and text node (wikipedia-2: 30,000 elements) was most of the walk's cost, the browser calling
 * into script once per node. Whether a text node is read is decided by its parent element instead,
 * judged once per parent and kept: an element is skipped when it, or an ancestor below `root`,
 * is (isSkippedElement). The text inside a skipped element (a <script>'s source) is still visited,
 * one node per element mostly, and dropped at once. Runs end where the block changes, or at an
 * element that is not inline (a <br>, an <img>) right before or after a text node.
 */
export function createRunCollector(root: Node, host: Element | null, onRun: (run: TextRun) => void, onShadowHost?: (el: Element) => void) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  // A walk never enters a shadow tree, and a host often has no light text of its own: when asked,
  // the elements are walked once too (no filter, so no call into script per node) and the hosts it
  // passes are told (scan-roots.ts reads their open roots, and watches custom elements that may
  // attach one later). Measured in Chromium 156: 1.7 ms on wikipedia-2 (30,000 elements), 0.2 ms on
  // lemonde-1, medians of 7, against a bare floor of 14 and 2 ms.
  const hostWalker = onShadowHost ? document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT) : null;
  let hostsDone = hostWalker === null;
  const facts = new Map<Element, ParentFacts>();
  const rootElement = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : null;
  // A walker yields what is below its root, never the root: a component the page adds as a block
  // of its own is the root of its rescan (mutations.ts), and its shadow root was never read
  // (fr-spa.html: a view rendering a component into <main>).
  if (onShadowHost && rootElement && mayHostShadowRoot(rootElement)) onShadowHost(rootElement);

  /** Skipped, else the block; judged for `el` and the ancestors on the way up that were not known yet. */
  const judge = (el: Element): ParentFacts => {
    const known = facts.get(el);
    if (known !== undefined) return known;
    let verdict: ParentFacts;
    if (isSkippedElement(el, host)) verdict = SKIP;
    else {
      // Above the root is not ours to judge (isInSkippedElement did, once per scanned root).
      const parent = el === rootElement ? null : el.parentElement;
      const above = parent ? judge(parent) : null;
      if (above === SKIP) verdict = SKIP;
      else if (!INLINE.has(el.localName) || above === null) verdict = INLINE.has(el.localName) ? (blockOf(el) ?? el) : el;
      else verdict = above;
    }
    facts.set(el, verdict);
    return verdict;
  };

  let current: TextRun | null = null;
  let lastText: Text | null = null;

  const flush = () => {
    // Only runs with some non-space character: most text nodes of a page are the indentation
    // between its tags. Runs of punctuation alone get no tokens and cost nothing more.
    if (current && HAS_INK_RE.test(current.text)) onRun(current);
    current = null;
  };

  /** Returns true when the whole tree was walked. */
  return function step(deadline: () => boolean): boolean {
    let count = 0;
    if (!hostsDone && hostWalker && onShadowHost) {
      for (let el = hostWalker.nextNode() as Element | null; el; el = hostWalker.nextNode() as Element | null) {
        if (mayHostShadowRoot(el)) onShadowHost(el);
        if ((++count & 255) === 0 && deadline()) return false;
      }
      hostsDone = true;
    }
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const parent = text.parentElement;
      const block = parent ? judge(parent) : SKIP;
      if (block === SKIP) continue;
      if (current && (current.block !== block || (lastText !== null && separatedBetween(lastText, text, block, host)))) flush();
      if (!current) current = { nodes: [], starts: [], text: '', block };
      current.starts.push(current.text.length);
      current.nodes.push(text);
      current.text += text.data;
      lastText = text;
      if ((++count & 63) === 0 && deadline()) return false;
    }
    flush();
    return true;
  };
}
