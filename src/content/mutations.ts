import { blockOf } from './text-runs';

/**
 * Watches the page for text that appears or changes later (infinite scroll, SPAs, live
 * tickers) and reports what to rescan, batched: a page that mutates every frame costs one
 * rescan per batch, not one per mutation.
 */
const QUIET_MS = 250;
const MAX_WAIT_MS = 1000;

/** Elements that split a line without holding text: adding or removing one changes its block's runs. */
const BREAKS = new Set(['br', 'hr', 'img']);

/**
 * `onRemoved` hears, in the observer's own callback (not after the batch's quiet time), the nodes
 * taken out of the page: what Signet holds for them (runs, marks, a shadow root's observer) is
 * released at once, and a sign shown for one of their words closes.
 */
export function watchMutations(root: Node, isOurs: (node: Node) => boolean, onChanged: (roots: Node[]) => void, onRemoved?: (nodes: Node[]) => void) {
  let pending = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;

  const flush = () => {
    timer = undefined;
    const targets = pending;
    pending = new Set();
    // Keep only outermost targets: rescanning a parent covers its children. Walking up from each
    // target keeps this linear in the batch, where comparing every pair grew with its square.
    const roots = [...targets].filter((t) => t.isConnected && !hasAncestorIn(t, targets));
    if (roots.length > 0) onChanged(roots);
  };

  const observer = new MutationObserver((records) => {
    const removed: Node[] = [];
    for (const record of records) {
      for (const changed of changedRoots(record, isOurs)) pending.add(changed);
      // Moved rather than removed (taken out and put back in the same task): still in the page.
      for (const node of record.removedNodes) if (!node.isConnected && !isOurs(node)) removed.push(node);
    }
    if (removed.length > 0) onRemoved?.(removed);
    if (pending.size === 0) return;
    const now = performance.now();
    if (timer === undefined) firstAt = now;
    else clearTimeout(timer);
    timer = setTimeout(flush, now - firstAt > MAX_WAIT_MS ? 0 : QUIET_MS);
  });
  // contenteditable too: a region made editable loses its marks (the reader's own text is never
  // read), and made read-only again is read.
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributeFilter: ['contenteditable'] });
  return () => observer.disconnect();
}

/**
 * What one mutation asks to read again. Text changed, or text or inline elements added or
 * removed: the target, whose block's runs changed. A block-level element added: that element
 * alone, since the runs around it are unchanged; one removed: nothing to read, its runs were
 * released as it left (watchMutations' onRemoved). Rescanning the
 * target's whole block instead made every <div> a page appends to <body> (tooltips, ads, feeds)
 * rescan the entire page: 128 ms of Signet's time on wikipedia-2 for one appended paragraph.
 */
function changedRoots(record: MutationRecord, isOurs: (node: Node) => boolean): Node[] {
  if (record.type === 'characterData') {
    // Only text is read: a comment's data (frameworks keep markers in them) changes nothing.
    const parent = record.target.nodeType === Node.TEXT_NODE ? record.target.parentNode : null;
    return parent && parent.nodeType === Node.ELEMENT_NODE && !isOurs(parent) ? [parent] : [];
  }
  if (isOurs(record.target)) return [];
  if (record.type === 'attributes') return [record.target];
  const roots: Node[] = [];
  let textChanged = false;
  for (const node of record.addedNodes) {
    if (isOurs(node)) continue;
    if (isTextBlock(node)) roots.push(node);
    else textChanged = true;
  }
  for (const node of record.removedNodes) {
    if (!isOurs(node) && !isTextBlock(node)) textChanged = true;
  }
  // The document itself holds no text: only a new <html> (document.open) is read there.
  if (textChanged && record.target.nodeType === Node.ELEMENT_NODE) roots.push(record.target);
  return roots;
}

/** A block-level element other than a line break: its text forms runs of its own. */
function isTextBlock(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && blockOf(node) === node && !BREAKS.has((node as Element).localName);
}

function hasAncestorIn(node: Node, set: ReadonlySet<Node>): boolean {
  for (let up = node.parentNode; up; up = up.parentNode) if (set.has(up)) return true;
  return false;
}
