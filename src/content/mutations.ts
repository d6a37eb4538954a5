/**
 * Watches the page for text that appears or changes later (infinite scroll, SPAs, live
 * tickers) and reports the blocks to rescan, batched: a page that mutates every frame costs
 * one rescan per batch, not one per mutation.
 */
const QUIET_MS = 250;
const MAX_WAIT_MS = 1000;

export function watchMutations(root: Node, isOurs: (node: Node) => boolean, onChanged: (roots: Node[]) => void) {
  let pending = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;

  const flush = () => {
    timer = undefined;
    const targets = [...pending];
    pending = new Set();
    // Keep only outermost targets: rescanning a parent covers its children.
    const roots = targets.filter((t) => t.isConnected && !targets.some((o) => o !== t && o.contains(t)));
    if (roots.length > 0) onChanged(roots);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.type === 'characterData' ? record.target.parentNode : record.target;
      if (!target || isOurs(target)) continue;
      if (record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(isOurs)) continue;
      pending.add(target);
    }
    if (pending.size === 0) return;
    const now = performance.now();
    if (timer === undefined) firstAt = now;
    else clearTimeout(timer);
    timer = setTimeout(flush, now - firstAt > MAX_WAIT_MS ? 0 : QUIET_MS);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
