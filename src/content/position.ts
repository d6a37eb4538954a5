/**
 * Where to put the overlay next to a word: below it if it fits, else above, else on the side
 * with more room; always clamped inside the viewport. Pure, so it is unit-tested.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

export const OVERLAY_GAP = 6;
const MARGIN = 4;

export function placeOverlay(word: Box, size: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const below = word.top + word.height + OVERLAY_GAP;
  const above = word.top - OVERLAY_GAP - size.height;
  const roomBelow = viewport.height - below - MARGIN;
  const roomAbove = word.top - OVERLAY_GAP - MARGIN;
  const side = roomBelow >= size.height || roomBelow >= roomAbove ? 'below' : 'above';
  const top = clamp(side === 'below' ? below : above, MARGIN, viewport.height - size.height - MARGIN);
  const left = clamp(word.left, MARGIN, viewport.width - size.width - MARGIN);
  return { left, top, side };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
