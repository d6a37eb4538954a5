/**
 * Where the player goes next to a word, and how large it can be there. The rule, from readers
 * at 200 % zoom and in small windows (a 320×330 player put on top of « civile »): the player
 * never covers the word. It goes below, above, right or left of it, the first side where it fits
 * at the reader's size; when none fits, on the side with the most room, made smaller, down to a
 * floor that still shows the signer's face; only when not even that fits anywhere (a viewport
 * under ~130 CSS px) does it overlap, clamped inside the viewport. Pure, so it is unit-tested.
 *
 * Sizes are widths of the video: the frame is the 4:3 video plus a fixed strip for the title,
 * controls and credit (PLAYER_CHROME). Under MIN_LAYOUT_WIDTH the player takes its compact
 * layout (src/player/player.css): a lower strip (COMPACT_CHROME) of 24 px buttons, the speed in
 * one button. The frame used to be laid out at 320 px and scaled down there: at 200 % zoom in a
 * 640×450 window (fr-placement.html) that made it 0.41–0.65 of its size, buttons 12–19 CSS px.
 * Only under FLOOR_VIDEO_WIDTH, where not even the compact rows fit, is the frame scaled.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Side = 'below' | 'above' | 'right' | 'left';

export interface Placement {
  left: number;
  top: number;
  /** The frame's box on screen (after any scaling). */
  width: number;
  height: number;
  side: Side;
}

export const OVERLAY_GAP = 6;
const MARGIN = 4;
/** Title row, controls row and credit line under the video, in CSS px (src/player/player.css). */
export const PLAYER_CHROME = 96;
/** Narrower than this the player's rows no longer fit: it takes its compact layout (frameLayout). */
export const MIN_LAYOUT_WIDTH = 320;
/** The compact layout's title row, controls row and credit line (player.css, max-width: 319.98px). */
export const COMPACT_CHROME = 76;
/**
 * The smallest video shown rather than covering the word: 96×72 CSS px, where the Elix signers'
 * faces are ~17 px tall (34 device px at 200 % zoom), still readable as a face. The compact rows
 * fit down to this width (player.css hides the replay and speed buttons there).
 */
export const FLOOR_VIDEO_WIDTH = 96;

/** Height of the frame's own layout for a video `width` wide (at least the floor). */
function laidOutHeight(width: number): number {
  // The iframe gets a whole number of px: the player's layout (its media query) sees that width.
  const laidOut = Math.round(width);
  return Math.round(laidOut * 0.75 + (laidOut >= MIN_LAYOUT_WIDTH ? PLAYER_CHROME : COMPACT_CHROME));
}

/** Height on screen of a frame whose video is `width` wide. */
export function frameHeight(width: number): number {
  if (width >= FLOOR_VIDEO_WIDTH) return laidOutHeight(width);
  return (width / FLOOR_VIDEO_WIDTH) * laidOutHeight(FLOOR_VIDEO_WIDTH);
}

/** The widest video whose frame fits in `room`. */
function widthFitting(room: { width: number; height: number }): number {
  const full = MIN_LAYOUT_WIDTH * 0.75 + PLAYER_CHROME;
  const floor = laidOutHeight(FLOOR_VIDEO_WIDTH);
  let byHeight: number;
  if (room.height >= full) byHeight = (room.height - PLAYER_CHROME) / 0.75;
  // Compact, just under the full layout's width (the compact strip is lower than the full one).
  else if (room.height >= floor) byHeight = Math.min((room.height - COMPACT_CHROME) / 0.75, MIN_LAYOUT_WIDTH - 1);
  else byHeight = (room.height * FLOOR_VIDEO_WIDTH) / floor;
  return Math.max(0, Math.min(room.width, byHeight));
}

/** The iframe's own size and scale for a video `width` wide: laid out at its real size, and scaled only under the floor. */
export function frameLayout(width: number): { width: number; height: number; scale: number } {
  const laidOut = Math.max(width, FLOOR_VIDEO_WIDTH);
  return { width: Math.round(laidOut), height: laidOutHeight(laidOut), scale: Math.min(1, width / FLOOR_VIDEO_WIDTH) };
}

/**
 * `word`: the word's box; `wanted`: the video width the reader chose; `viewport`: what the reader
 * sees, in the same coordinates (the visual viewport, so a pinch zoom counts).
 */
export function placeOverlay(word: Box, wanted: number, viewport: Box): Placement {
  const fits = roomsAround(word, viewport).map((room) => ({ side: room.side, width: Math.min(wanted, widthFitting(room)) }));
  const best = fits.find((fit) => fit.width >= wanted - 0.5) ?? fits.reduce((a, b) => (b.width > a.width ? b : a));
  // The floor's compact frame is 148 px tall: a viewport lower than that (120×120) cut its
  // controls off (tests/dom/position.browser.test.ts). There it is scaled down to fit whole.
  const whole = widthFitting({ width: viewport.width - 2 * MARGIN, height: viewport.height - 2 * MARGIN });
  const width = Math.min(Math.max(best.width, Math.min(FLOOR_VIDEO_WIDTH, wanted)), whole);
  return placeOnSide(word, { width, height: frameHeight(width) }, best.side, viewport);
}

/**
 * A box of a fixed size (the "no sign" bubble) beside the word: the first side where it fits,
 * else the side with the most room, clamped inside the viewport.
 */
export function placeFixed(word: Box, size: { width: number; height: number }, viewport: Box): Placement {
  const rooms = roomsAround(word, viewport);
  const room = rooms.find((r) => r.width >= size.width && r.height >= size.height) ?? rooms.reduce((a, b) => (area(b, size) > area(a, size) ? b : a));
  return placeOnSide(word, size, room.side, viewport);
}

function area(room: { width: number; height: number }, size: { width: number; height: number }): number {
  return Math.max(0, Math.min(room.width, size.width)) * Math.max(0, Math.min(room.height, size.height));
}

/** The free room on each side of the word, inside the viewport's margins, in the order tried. */
function roomsAround(word: Box, viewport: Box): Array<{ side: Side; width: number; height: number }> {
  const vLeft = viewport.left + MARGIN;
  const vTop = viewport.top + MARGIN;
  const vRight = viewport.left + viewport.width - MARGIN;
  const vBottom = viewport.top + viewport.height - MARGIN;
  return [
    { side: 'below', width: vRight - vLeft, height: vBottom - (word.top + word.height + OVERLAY_GAP) },
    { side: 'above', width: vRight - vLeft, height: word.top - OVERLAY_GAP - vTop },
    { side: 'right', width: vRight - (word.left + word.width + OVERLAY_GAP), height: vBottom - vTop },
    { side: 'left', width: word.left - OVERLAY_GAP - vLeft, height: vBottom - vTop },
  ];
}

function placeOnSide(word: Box, size: { width: number; height: number }, side: Side, viewport: Box): Placement {
  const { width, height } = size;
  const vLeft = viewport.left + MARGIN;
  const vTop = viewport.top + MARGIN;
  const vRight = viewport.left + viewport.width - MARGIN;
  const vBottom = viewport.top + viewport.height - MARGIN;
  const wordRight = word.left + word.width;
  const wordBottom = word.top + word.height;
  const clampX = (x: number) => clamp(x, vLeft, vRight - width);
  const clampY = (y: number) => clamp(y, vTop, vBottom - height);
  const middle = word.top + word.height / 2 - height / 2;
  switch (side) {
    case 'below':
      return { left: clampX(word.left), top: clampY(wordBottom + OVERLAY_GAP), width, height, side: 'below' };
    case 'above':
      return { left: clampX(word.left), top: clampY(word.top - OVERLAY_GAP - height), width, height, side: 'above' };
    case 'right':
      return { left: clampX(wordRight + OVERLAY_GAP), top: clampY(middle), width, height, side: 'right' };
    case 'left':
      return { left: clampX(word.left - OVERLAY_GAP - width), top: clampY(middle), width, height, side: 'left' };
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
