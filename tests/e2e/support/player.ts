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

/**
 * Selects `text` (its first occurrence in the element matching `selector`) as a reader does: a
 * mouse drag from its first letter to its last. Signet ignores selections made by scripts.
 */
export async function selectText(page: Page, selector: string, text: string): Promise<void> {
  const ends = await page.evaluate(
    (where, what) => {
      const element = document.querySelector(where)!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      const starts: number[] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        starts.push(all.length);
        nodes.push(n as Text);
        all += (n as Text).data;
      }
      const at = all.indexOf(what);
      if (at < 0) throw new Error(`"${what}" is not in ${where}`);
      element.scrollIntoView({ block: 'center' });
      // A press inside a selection drags that text instead of starting a new selection.
      getSelection()!.removeAllRanges();
      // The box of the character at `index` of the element's text.
      const charBox = (index: number) => {
        let i = starts.length - 1;
        while (i > 0 && starts[i]! > index) i--;
        const range = document.createRange();
        range.setStart(nodes[i]!, index - starts[i]!);
        range.setEnd(nodes[i]!, index - starts[i]! + 1);
        const r = range.getClientRects()[0]!;
        return { left: r.left, right: r.right, y: r.top + r.height / 2 };
      };
      const first = charBox(at);
      const last = charBox(at + what.length - 1);
      // Inside the first half of the first letter and the second half of the last: the caret
      // lands before the one and after the other.
      return { from: { x: first.left + 1, y: first.y }, to: { x: last.right - 1, y: last.y } };
    },
    selector,
    text,
  );
  await page.mouse.move(ends.from.x, ends.from.y);
  await page.mouse.down();
  await page.mouse.move(ends.to.x, ends.to.y, { steps: 5 });
  await page.mouse.up();
  const selected = await page.evaluate(() => getSelection()!.toString());
  const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
  if (flat(selected) !== flat(text)) throw new Error(`dragged over "${selected}", not "${text}"`);
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
