/**
 * The check of the camera's picture before the first take: is it large enough, fluid enough,
 * and lit enough for hands to be read? Computed from frames' pixels (RGBA, as a canvas gives
 * them), sampled small: the studio draws a frame into a 64×48 canvas.
 */
export interface PictureFacts {
  width: number;
  height: number;
  /** Frames per second, as the track reports or as measured. */
  frameRate: number;
  /** Mean luma of the whole frame, 0–255. */
  meanLuma: number;
  /** Mean luma of the centre (where the signer is) and of the border (what is behind them). */
  centreLuma: number;
  borderLuma: number;
}

export type PictureWarning = 'low-resolution' | 'low-frame-rate' | 'too-dark' | 'backlit';

/** Below 480 lines fingers blur together; below 15 frames a second fast movements are lost. */
export const MIN_HEIGHT = 360;
export const MIN_FRAME_RATE = 15;
/** Mean luma under this reads as a dim room (the fake camera's bright pattern is ~130). */
export const DARK_LUMA = 60;
/** A background this much brighter than the centre (a window behind) leaves the face in shadow. */
export const BACKLIGHT_GAP = 60;

/** Rec. 601 luma of each pixel, summed over the centre half and the rest. */
export function lumaFacts(rgba: ArrayLike<number>, width: number, height: number): Pick<PictureFacts, 'meanLuma' | 'centreLuma' | 'borderLuma'> {
  let all = 0;
  let centre = 0;
  let centreCount = 0;
  const x0 = width / 4;
  const x1 = (width * 3) / 4;
  const y0 = height / 4;
  const y1 = (height * 3) / 4;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const luma = 0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!;
      all += luma;
      if (x >= x0 && x < x1 && y >= y0 && y < y1) {
        centre += luma;
        centreCount++;
      }
    }
  }
  const count = width * height;
  const borderCount = count - centreCount;
  return {
    meanLuma: count ? all / count : 0,
    centreLuma: centreCount ? centre / centreCount : 0,
    borderLuma: borderCount ? (all - centre) / borderCount : 0,
  };
}

export function pictureWarnings(facts: PictureFacts): PictureWarning[] {
  const warnings: PictureWarning[] = [];
  if (Math.min(facts.width, facts.height) < MIN_HEIGHT) warnings.push('low-resolution');
  if (facts.frameRate > 0 && facts.frameRate < MIN_FRAME_RATE) warnings.push('low-frame-rate');
  if (facts.meanLuma < DARK_LUMA) warnings.push('too-dark');
  else if (facts.borderLuma - facts.centreLuma > BACKLIGHT_GAP) warnings.push('backlit');
  return warnings;
}
