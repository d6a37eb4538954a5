/**
 * Trim points: where the sign starts and ends in a take. A take starts and ends with the signer
 * still (hands down, waiting for the countdown, reaching for Stop), so the suggested range runs
 * from the first to the last frame that differs enough from the one before it (frame
 * differencing on small grey frames), with a few frames of margin kept on each side.
 */
export interface TrimRange {
  /** Seconds from the take's start. */
  start: number;
  end: number;
}

export interface MotionSample {
  /** The frame's timestamp, seconds. */
  time: number;
  /** Mean absolute difference from the previous frame, 0–255 (0 for the first frame). */
  motion: number;
}

/** Mean absolute difference of two grey frames of the same size. */
export function frameDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / n;
}

/** Grey levels (Rec. 601 luma) of an RGBA frame. */
export function greyOf(rgba: ArrayLike<number>): Uint8Array {
  const grey = new Uint8Array(Math.floor(rgba.length / 4));
  for (let i = 0; i < grey.length; i++) grey[i] = 0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!;
  return grey;
}

export interface SuggestOptions {
  /** Motion above this fraction of the take's strongest motion counts as moving. */
  relativeThreshold?: number;
  /** …and above this absolute level, so sensor noise in a still take is no movement. */
  minimumMotion?: number;
  /** Seconds kept before the first and after the last movement. */
  margin?: number;
}

/**
 * The suggested trim of a take of `duration` seconds; the whole take when nothing moves (the
 * contributor decides) or when the samples are too few to tell.
 */
export function suggestTrim(samples: readonly MotionSample[], duration: number, options: SuggestOptions = {}): TrimRange {
  const whole = { start: 0, end: duration };
  const moving = samples.slice(1);
  if (moving.length < 3 || !(duration > 0)) return whole;
  const peak = Math.max(...moving.map((s) => s.motion));
  const threshold = Math.max(peak * (options.relativeThreshold ?? 0.2), options.minimumMotion ?? 1.5);
  const first = moving.find((s) => s.motion >= threshold);
  const last = [...moving].reverse().find((s) => s.motion >= threshold);
  if (!first || !last) return whole;
  const margin = options.margin ?? 0.2;
  const step = frameStep(samples);
  // A frame's difference is with the frame before it: the movement began one frame earlier.
  const start = Math.max(0, first.time - step - margin);
  const end = Math.min(duration, last.time + step + margin);
  return end - start >= MIN_LENGTH ? { start: round(start), end: round(end) } : whole;
}

/** A sign lasts longer than this; a shorter range is a mistake. */
export const MIN_LENGTH = 0.3;

/** Keeps a range inside the take, in order, and at least MIN_LENGTH long. */
export function clampTrim(range: TrimRange, duration: number): TrimRange {
  let start = Math.min(Math.max(0, range.start), Math.max(0, duration - MIN_LENGTH));
  let end = Math.max(Math.min(duration, range.end), start + MIN_LENGTH);
  if (end > duration) {
    end = duration;
    start = Math.max(0, end - MIN_LENGTH);
  }
  return { start: round(start), end: round(end) };
}

/** Evenly spread times for a filmstrip of `count` thumbnails over a take (the middle of each slot). */
export function filmstripTimes(duration: number, count: number): number[] {
  if (!(duration > 0) || count < 1) return [];
  return Array.from({ length: count }, (_, i) => round(((i + 0.5) * duration) / count));
}

function frameStep(samples: readonly MotionSample[]): number {
  const gaps = samples
    .slice(1)
    .map((s, i) => s.time - samples[i]!.time)
    .filter((gap) => gap > 0);
  if (gaps.length === 0) return 0;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)]!;
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
