import type { Match } from '../core/match';
import type { MatchHit, RunIndex, RunRecord } from './run-index';
import { composedOrder } from './tree-order';

/**
 * The next or previous marked word in reading order, from a point of the page: what the reader
 * watches one sign after the other with the keyboard (or the popup's buttons), without a mouse.
 * The index keeps its runs in scan order (visible text first), so they are put in document order
 * here, at each step: a few thousand marks sort in a few milliseconds, once per key press.
 * Without a point (nothing shown yet), the first word below the top of the viewport is "next"
 * and the last one above its bottom "previous".
 */
export function markBeside(index: RunIndex, from: AbstractRange | null, direction: 1 | -1): MatchHit | null {
  const records = index.records().sort(byDocumentOrder);
  const ordered: Array<{ record: RunRecord; match: Match }> = [];
  for (const record of records) for (const match of record.matches) ordered.push({ record, match });
  const at = from ? pointRange(from) : null;
  const sequence = direction === 1 ? ordered : ordered.reverse();
  for (const { record, match } of sequence) {
    const hit = index.hitFor(record, match);
    if (!hit) continue;
    if (at ? isBeyond(at, hit.range, direction) : inReadingView(hit.range, direction)) return hit;
  }
  return null;
}

function byDocumentOrder(a: RunRecord, b: RunRecord): number {
  return composedOrder(a.nodes[0]!, b.nodes[0]!);
}

function pointRange(from: AbstractRange): Range {
  const range = document.createRange();
  range.setStart(from.startContainer, from.startOffset);
  return range;
}

/** Whether the mark starts after (direction 1) or before (-1) the point. */
function isBeyond(point: Range, mark: Range, direction: 1 | -1): boolean {
  // A mark in another tree (a shadow root, scan-roots.ts): comparePoint would throw.
  const side =
    point.startContainer.getRootNode() === mark.startContainer.getRootNode() ? point.comparePoint(mark.startContainer, mark.startOffset) : composedOrder(mark.startContainer, point.startContainer);
  return direction === 1 ? side > 0 : side < 0;
}

function inReadingView(mark: Range, direction: 1 | -1): boolean {
  const rect = mark.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  return direction === 1 ? rect.bottom > 0 : rect.top < innerHeight;
}

/** Brings a mark into view when it is not (fully) there: to the middle, so its sign fits beside it. */
export function scrollIntoReadingView(mark: Range): void {
  const inView = () => {
    const rect = mark.getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= innerHeight;
  };
  if (inView()) return;
  // At once, not smoothly (whatever the page's scroll-behavior): the player is placed next.
  scrollBy({ top: mark.getBoundingClientRect().top - innerHeight / 2, behavior: 'instant' });
  // A word inside a scrolling box of the page: that box scrolls too.
  if (!inView()) mark.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
}
