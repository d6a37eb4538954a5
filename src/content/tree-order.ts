/**
 * Reading order across shadow trees. compareDocumentPosition calls two nodes of different trees
 * "disconnected" (an order that is the engine's choice), and Range.comparePoint throws for a
 * node of another tree, so Previous/Next over marks in web components (scan-roots.ts) needs its
 * own rule: a shadow root's text is read where its host stands.
 */

/** The node, then the host of each shadow root around it, outwards. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.push(root.host);
  return chain;
}

/** Negative when `a` comes before `b` in reading order, positive after, 0 for the same node. */
export function composedOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  if (a.getRootNode() === b.getRootNode()) return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  for (let i = 0; i < chainA.length; i++) {
    const x = chainA[i]!;
    const j = chainB.findIndex((y) => y.getRootNode() === x.getRootNode());
    if (j < 0) continue;
    const y = chainB[j]!;
    // One is the host of the other's tree: the host comes first, its shadow content right after.
    if (x === y) return i - j;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return 0;
}
