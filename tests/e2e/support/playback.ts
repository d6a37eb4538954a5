import type { Frame } from 'puppeteer';
import { waitFor } from './browser';

export interface Playing {
  /** What the <video> element really plays (a blob: URL of the cached copy, or the video's address). */
  currentSrc: string;
  /** The video the player says it is (data-src): the dictionary's URL of it. */
  video: string;
  readyState: number;
  /** Two readings of currentTime, the second later than the first. */
  times: [number, number];
  videoWidth: number;
  videoHeight: number;
}

/**
 * Waits until the player frame's <video> really plays: it has a source it loaded (currentSrc),
 * enough data to go on (readyState ≥ HAVE_FUTURE_DATA), frames of a size, and its currentTime
 * moves forward between two readings. A frame that shows a video element and a title while
 * nothing decodes fails this.
 */
export function waitForRealPlayback(frame: Frame): Promise<Playing> {
  return waitFor(
    async () => {
      const first = await read(frame);
      if (!first || first.readyState < 3 || !first.currentSrc || first.videoWidth === 0) return null;
      await new Promise((r) => setTimeout(r, 250));
      const second = await read(frame);
      if (!second || second.currentSrc !== first.currentSrc || second.currentTime <= first.currentTime) return null;
      return {
        currentSrc: second.currentSrc,
        video: second.video,
        readyState: second.readyState,
        times: [first.currentTime, second.currentTime],
        videoWidth: second.videoWidth,
        videoHeight: second.videoHeight,
      } satisfies Playing;
    },
    15_000,
    100,
  );
}

function read(frame: Frame) {
  return frame.evaluate(() => {
    const v = document.querySelector('video');
    return v && { currentSrc: v.currentSrc, video: v.dataset.src ?? '', readyState: v.readyState, currentTime: v.currentTime, videoWidth: v.videoWidth, videoHeight: v.videoHeight };
  });
}
