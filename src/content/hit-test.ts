/**
 * The text position under the pointer, found on demand (words are never pre-wrapped in
 * elements). caretPositionFromPoint is the standard (Chromium 128+, Firefox);
 * caretRangeFromPoint is the older WebKit/Chromium name.
 */
export interface TextPoint {
  node: Text;
  /** Index of the character under the point. */
  offset: number;
}

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

/**
 * `shadowRoots`: the open roots whose text may be under the point. Without them the caret stops
 * at a shadow tree's host (Chromium 156, Firefox): the position is inside a shadow tree only for
 * a root named here (nested roots too, each named), so a closed root is never looked into.
 */
export function textPointAt(x: number, y: number, shadowRoots: readonly ShadowRoot[] = []): TextPoint | null {
  const doc = document as unknown as CaretDocument;
  let node: Node | null = null;
  let offset = 0;
  if (doc.caretPositionFromPoint) {
    const position = shadowRoots.length > 0 ? doc.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] }) : doc.caretPositionFromPoint(x, y);
    if (position) ({ offsetNode: node, offset } = position);
  } else if (doc.caretRangeFromPoint) {
    const range = doc.caretRangeFromPoint(x, y);
    if (range) ({ startContainer: node, startOffset: offset } = range);
  }
  if (!node || node.nodeType !== Node.TEXT_NODE) return null;
  const text = node as Text;
  // The caret snaps to the nearest boundary even when the pointer is in a margin or past the end
  // of a line: accept the position only if the point lies inside the character's own box, on
  // either side of the caret.
  for (const candidate of [offset, offset - 1]) {
    if (candidate >= 0 && candidate < text.length && charBoxContains(text, candidate, x, y)) {
      return { node: text, offset: candidate };
    }
  }
  return null;
}

const probe = typeof document !== 'undefined' ? document.createRange() : null;

function charBoxContains(text: Text, offset: number, x: number, y: number): boolean {
  if (!probe) return false;
  probe.setStart(text, offset);
  probe.setEnd(text, offset + 1);
  for (const rect of probe.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/**
 * Where the words of a selection start: its start point, moved past leading spaces (a
 * double-click or a sloppy drag often selects the space before the word). Null when the
 * selection does not start in a text node.
 */
export function selectionStart(range: AbstractRange): TextPoint | null {
  if (range.startContainer.nodeType !== Node.TEXT_NODE) return null;
  const node = range.startContainer as Text;
  const lead = /^\s*/.exec(node.data.slice(range.startOffset))![0].length;
  return { node, offset: Math.min(range.startOffset + lead, node.length - 1) };
}
