import type { Frame, Page } from 'puppeteer';
import { waitFor } from './browser';
import { overlayBox } from './overlay-helpers';
import { videoState } from './page-helpers';

/** The player frame the reader sees (whatever the overlay asked it to show), once it is open. */
export function visiblePlayer(page: Page, timeoutMs = 10_000): Promise<Frame> {
  return waitFor(async () => {
    for (const frame of page.frames()) {
      if (!new URL(frame.url()).pathname.endsWith('/src/player/index.html')) continue;
      if ((await overlayBox(frame).catch(() => null))?.visible) return frame;
    }
    return null;
  }, timeoutMs);
}

/** Selects `text` (its n-th occurrence in the element matching `selector`) as a reader would with the mouse. */
export async function selectText(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    (where, what) => {
      const element = document.querySelector(where)!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text);
        all += (n as Text).data;
      }
      const at = all.indexOf(what);
      if (at < 0) throw new Error(`"${what}" is not in ${where}`);
      const range = document.createRange();
      let offset = 0;
      for (const node of nodes) {
        const end = offset + node.data.length;
        if (at >= offset && at <= end && range.startContainer === document) range.setStart(node, at - offset);
        if (at + what.length >= offset && at + what.length <= end) {
          range.setEnd(node, at + what.length - offset);
          break;
        }
        offset = end;
      }
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    selector,
    text,
  );
}

/** Waits until the player plays a video whose own address matches `pattern` (not a previous one still running). */
export function waitForVideo(frame: Frame, pattern: RegExp, timeoutMs = 15_000) {
  return waitFor(async () => {
    const state = await videoState(frame);
    return state && pattern.test(state.src) && !state.paused && state.currentTime > 0.2 && state.videoWidth > 0 ? state : null;
  }, timeoutMs);
}

/** Whether an element of the frame is rendered (checkVisibility knows closed <details> and hidden ancestors). */
export function isShown(frame: Frame, selector: string): Promise<boolean> {
  return frame.evaluate((s) => document.querySelector(s)?.checkVisibility() ?? false, selector);
}
