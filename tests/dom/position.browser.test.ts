/**
 * Where the player lands on screen (src/content/position.ts through the overlay), measured in a
 * real page: a word at each edge and corner of the viewport, then viewports too small for the
 * player. The frame's box is read back from the layout, scaling included, so what is checked is
 * what the reader sees: the word never covered, the player inside the window.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { BUBBLE_SIZE, Overlay, VIDEO_WIDTHS } from '../../src/content/overlay';
import { FLOOR_VIDEO_WIDTH } from '../../src/content/position';
import { mount } from './support/page';

const WIDTH = 1000;
const HEIGHT = 700;

let overlay: Overlay | null = null;
let frames: HTMLIFrameElement[] = [];
beforeEach(() => {
  frames = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    // The closed root's frame, as the page could never reach it.
    queueMicrotask(() => frames.push(root.querySelector('iframe')!));
    return root;
  });
});
afterEach(() => {
  overlay?.destroy();
  overlay = null;
  vi.restoreAllMocks();
});
afterAll(async () => {
  await page.viewport(WIDTH, HEIGHT);
});

type Where = { left?: number; right?: number; top?: number; bottom?: number; centre?: 'x' | 'y' | 'xy' };

/** A word fixed at a place of the viewport, its sign shown; the word's box and the frame's, as laid out. */
async function placed(where: Where, options: { keys?: string[]; size?: 'small' | 'medium' | 'large' } = {}) {
  const css = Object.entries(where)
    .filter(([k]) => k !== 'centre')
    .map(([k, v]) => `${k}: ${v}px`);
  if (where.centre?.includes('x')) css.push('left: 50%', 'translate: -50% 0');
  if (where.centre?.includes('y')) css.push('top: 50%', 'translate: ' + (where.centre === 'xy' ? '-50% -50%' : '0 -50%'));
  const root = mount(`<span style="position: fixed; white-space: nowrap; ${css.join('; ')}">chapeau</span>`);
  const text = root.querySelector('span')!.firstChild as Text;
  const range = document.createRange();
  range.selectNodeContents(text);
  overlay = new Overlay('fr');
  if (options.size) overlay.setSize(options.size);
  overlay.show({ keys: options.keys ?? ['chapeau'], written: 'chapeau', anchor: range, fromKeyboard: false });
  await Promise.resolve();
  return { word: range.getBoundingClientRect(), frame: frames.at(-1)!.getBoundingClientRect() };
}

function sideOf(word: DOMRect, frame: DOMRect): string {
  if (frame.top >= word.bottom) return 'below';
  if (frame.bottom <= word.top) return 'above';
  if (frame.left >= word.right) return 'right';
  if (frame.right <= word.left) return 'left';
  return 'over';
}

function inside(frame: DOMRect, width: number, height: number): boolean {
  return frame.left >= 0 && frame.top >= 0 && frame.right <= width + 0.5 && frame.bottom <= height + 0.5;
}

describe('a word at each edge of a 1000×700 viewport, the medium player', () => {
  beforeEach(async () => {
    await page.viewport(WIDTH, HEIGHT);
  });

  it.each<[string, Where, string]>([
    ['top-left corner', { left: 0, top: 0 }, 'below'],
    ['top edge', { top: 0, centre: 'x' }, 'below'],
    ['top-right corner', { right: 0, top: 0 }, 'below'],
    ['left edge, halfway down', { left: 0, centre: 'y' }, 'right'],
    ['a third across, a third down', { left: 300, top: 230 }, 'right'],
    ['right edge, halfway down', { right: 0, centre: 'y' }, 'left'],
    ['bottom-left corner', { left: 0, bottom: 0 }, 'above'],
    ['bottom edge', { bottom: 0, centre: 'x' }, 'above'],
    ['bottom-right corner', { right: 0, bottom: 0 }, 'above'],
  ])('%s: %s the word, full size, inside the viewport', async (_name, where, side) => {
    const { word, frame } = await placed(where);
    expect(sideOf(word, frame)).toBe(side);
    expect(frame.width).toBe(VIDEO_WIDTHS.medium);
    expect(inside(frame, WIDTH, HEIGHT)).toBe(true);
  });

  it('the same word with the small player: it fits below, so below', async () => {
    const { word, frame } = await placed({ left: 300, top: 230 }, { size: 'small' });
    expect(frame.width).toBe(VIDEO_WIDTHS.small);
    expect(sideOf(word, frame)).toBe('below');
  });

  it('the centre, where no side has room for the full player: the roomiest side, made smaller', async () => {
    const { word, frame } = await placed({ centre: 'xy' });
    expect(['right', 'left']).toContain(sideOf(word, frame));
    expect(frame.width).toBeLessThan(VIDEO_WIDTHS.medium);
    expect(frame.width).toBeGreaterThan(VIDEO_WIDTHS.medium * 0.8);
    expect(inside(frame, WIDTH, HEIGHT)).toBe(true);
  });

  it('enlarged: most of the room beside the word, never over it', async () => {
    const { word, frame } = await placed({ left: 0, top: 0 }, { size: 'large' });
    expect(sideOf(word, frame)).not.toBe('over');
    expect(frame.width).toBeGreaterThan(VIDEO_WIDTHS.medium);
    expect(inside(frame, WIDTH, HEIGHT)).toBe(true);
  });

  it.each<[string, Where]>([
    ['top-left corner', { left: 0, top: 0 }],
    ['bottom-right corner', { right: 0, bottom: 0 }],
    ['centre', { centre: 'xy' }],
  ])('a word without a sign, %s: the small bubble beside it', async (_name, where) => {
    const { word, frame } = await placed(where, { keys: [] });
    expect([frame.width, frame.height]).toEqual([BUBBLE_SIZE.width, BUBBLE_SIZE.height]);
    expect(sideOf(word, frame)).not.toBe('over');
    expect(inside(frame, WIDTH, HEIGHT)).toBe(true);
  });
});

describe('small viewports', () => {
  it.each<[string, number, number, Where]>([
    ['a phone held upright, word at the top', 360, 640, { left: 10, top: 10 }],
    ['a phone held upright, word at the bottom', 360, 640, { left: 10, bottom: 10 }],
    ['a phone held sideways, word at the centre', 640, 360, { centre: 'xy' }],
    ['a small window at 200 % zoom, word in a corner', 450, 330, { right: 0, bottom: 0 }],
  ])('%s (%i×%i): smaller, still beside the word, inside the window', async (_name, width, height, where) => {
    await page.viewport(width, height);
    const { word, frame } = await placed(where);
    expect(frame.width).toBeLessThan(VIDEO_WIDTHS.medium);
    expect(frame.width).toBeGreaterThanOrEqual(FLOOR_VIDEO_WIDTH);
    expect(sideOf(word, frame)).not.toBe('over');
    expect(inside(frame, width, height)).toBe(true);
  });

  it('a viewport too small for even the smallest player (120×120): over the word, but inside the window', async () => {
    await page.viewport(120, 120);
    const { frame } = await placed({ centre: 'xy' });
    // The floor frame is taller than the window: scaled down to fit whole, controls included.
    expect(frame.width).toBeLessThan(FLOOR_VIDEO_WIDTH);
    expect(frame.height).toBeGreaterThan(100);
    expect(inside(frame, 120, 120)).toBe(true);
  });
});
