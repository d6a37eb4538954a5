import { describe, expect, it } from 'vitest';
import { FLOOR_VIDEO_WIDTH, OVERLAY_GAP, frameHeight, frameLayout, placeOverlay, type Box } from '../../src/content/position';

const viewport: Box = { left: 0, top: 0, width: 1280, height: 800 };
const WANTED = 512;
const HEIGHT = frameHeight(WANTED);

function intersects(a: Box, b: { left: number; top: number; width: number; height: number }): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

describe('placeOverlay: beside the word, never on it', () => {
  it.each([
    // word box                                          expected
    ['room below: under the word, left-aligned', { left: 100, top: 100, width: 60, height: 20 }, { left: 100, top: 120 + OVERLAY_GAP, side: 'below' }],
    ['no room below: flipped above', { left: 100, top: 700, width: 60, height: 20 }, { left: 100, top: 700 - OVERLAY_GAP - HEIGHT, side: 'above' }],
    ['near the right edge: clamped left', { left: 1200, top: 100, width: 60, height: 20 }, { left: 1280 - WANTED - 4, top: 126, side: 'below' }],
    ['near the left edge: clamped right', { left: -30, top: 100, width: 60, height: 20 }, { left: 4, top: 126, side: 'below' }],
    ['middle of the page, no room above or below: beside, on the right', { left: 200, top: 390, width: 60, height: 20 }, { left: 266, side: 'right' }],
    ['middle of the page, near the right edge: beside, on the left', { left: 1000, top: 390, width: 60, height: 20 }, { left: 1000 - OVERLAY_GAP - WANTED, side: 'left' }],
  ])('%s', (_name, word, expected) => {
    expect(placeOverlay(word, WANTED, viewport)).toMatchObject({ ...expected, width: WANTED });
  });

  it('keeps the reader size where it fits, inside the viewport, without covering the word', () => {
    for (let top = -10; top < 790; top += 37) {
      for (let left = 0; left < 1230; left += 91) {
        const word = { left, top, width: 50, height: 18 };
        const p = placeOverlay(word, WANTED, viewport);
        expect(p.width).toBe(WANTED);
        expect(p.left).toBeGreaterThanOrEqual(4);
        expect(p.left + p.width).toBeLessThanOrEqual(viewport.width - 4);
        expect(p.top).toBeGreaterThanOrEqual(4);
        expect(p.top + p.height).toBeLessThanOrEqual(viewport.height - 4 + 0.5);
        expect(intersects(p, word)).toBe(false);
      }
    }
  });

  it('in a small viewport (640×450 at 200 % zoom) shrinks rather than covers, down to the floor', () => {
    const small: Box = { left: 0, top: 0, width: 320, height: 225 };
    for (let top = 0; top < 210; top += 7) {
      for (let left = 0; left < 280; left += 11) {
        const word = { left, top, width: 40, height: 14 };
        const p = placeOverlay(word, WANTED, small);
        expect(p.width).toBeGreaterThanOrEqual(FLOOR_VIDEO_WIDTH);
        expect(p.width).toBeLessThan(WANTED);
        expect(intersects(p, word)).toBe(false);
        expect(p.left).toBeGreaterThanOrEqual(4);
        expect(p.top + p.height).toBeLessThanOrEqual(225 - 4 + 0.5);
      }
    }
  });

  it('follows a visual viewport moved by a pinch zoom', () => {
    const pinched: Box = { left: 300, top: 200, width: 640, height: 400 };
    const word = { left: 400, top: 250, width: 50, height: 18 };
    const p = placeOverlay(word, WANTED, pinched);
    expect(p.left).toBeGreaterThanOrEqual(304);
    expect(p.top).toBeGreaterThanOrEqual(204);
    expect(p.left + p.width).toBeLessThanOrEqual(936);
    expect(intersects(p, word)).toBe(false);
  });

  it('lays the frame out at its real size, compact under 320 px, and scales it only below the floor', () => {
    expect(frameLayout(440)).toEqual({ width: 440, height: 440 * 0.75 + 96, scale: 1 });
    expect(frameLayout(320)).toEqual({ width: 320, height: 336, scale: 1 });
    // Compact: the strip under the video is 76 px, the frame is not scaled.
    expect(frameLayout(160)).toEqual({ width: 160, height: 196, scale: 1 });
    expect(frameHeight(160)).toBe(196);
    const tiny = frameLayout(48);
    expect(tiny.width).toBe(FLOOR_VIDEO_WIDTH);
    expect(tiny.scale).toBe(0.5);
    expect(tiny.height * tiny.scale).toBeCloseTo(frameHeight(48));
  });

  it('gives a short room a compact player as wide as its height allows', () => {
    // 217 px of height beside the word: 4:3 video plus the 76 px compact strip.
    const viewport: Box = { left: 0, top: 0, width: 320, height: 225 };
    const word: Box = { left: 120, top: 100, width: 70, height: 24 };
    const p = placeOverlay(word, 512, viewport);
    expect(intersects(p, word)).toBe(false);
    expect(p.height).toBeLessThanOrEqual(225 - 8);
    expect(p.width).toBeGreaterThanOrEqual(120);
    expect(p.height).toBe(frameHeight(p.width));
  });
});
