import { describe, expect, it } from 'vitest';
import { OVERLAY_GAP, placeOverlay } from '../../src/content/position';

const viewport = { width: 1280, height: 800 };
const size = { width: 320, height: 330 };

describe('placeOverlay: beside the word, inside the viewport', () => {
  it.each([
    // word box                                          expected
    ['room below: under the word, left-aligned', { left: 100, top: 100, width: 60, height: 20 }, { left: 100, top: 120 + OVERLAY_GAP, side: 'below' }],
    ['no room below: flipped above', { left: 100, top: 700, width: 60, height: 20 }, { left: 100, top: 700 - OVERLAY_GAP - 330, side: 'above' }],
    ['near the right edge: clamped left', { left: 1200, top: 100, width: 60, height: 20 }, { left: 1280 - 320 - 4, top: 126, side: 'below' }],
    ['near the left edge: clamped right', { left: -30, top: 100, width: 60, height: 20 }, { left: 4, top: 126, side: 'below' }],
    ['tiny viewport, word in the middle: below wins, clamped', { left: 10, top: 390, width: 60, height: 20 }, { left: 10, top: 416, side: 'below' }],
  ])('%s', (_name, word, expected) => {
    expect(placeOverlay(word, size, viewport)).toEqual(expected);
  });

  it('never leaves the viewport, wherever the word is', () => {
    for (let top = -50; top < 850; top += 37) {
      for (let left = -50; left < 1300; left += 91) {
        const p = placeOverlay({ left, top, width: 50, height: 18 }, size, viewport);
        expect(p.left).toBeGreaterThanOrEqual(4);
        expect(p.left + size.width).toBeLessThanOrEqual(viewport.width - 4);
        expect(p.top).toBeGreaterThanOrEqual(4);
        expect(p.top + size.height).toBeLessThanOrEqual(viewport.height - 4);
      }
    }
  });

  it('does not cover the word when there is room on either side', () => {
    for (let top = 0; top < 780; top += 13) {
      const word = { left: 200, top, width: 50, height: 18 };
      const p = placeOverlay(word, size, viewport);
      const roomBelow = viewport.height - (top + 18 + OVERLAY_GAP) - 4 >= size.height;
      const roomAbove = top - OVERLAY_GAP - 4 >= size.height;
      if (roomBelow || roomAbove) {
        const overlaps = p.top < top + 18 && p.top + size.height > top;
        expect(overlaps).toBe(false);
      }
    }
  });
});
