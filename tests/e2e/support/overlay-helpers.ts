import type { Frame, Page } from 'puppeteer';
import { waitFor } from './browser';

export interface OverlayBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  visible: boolean;
}

/** Where the overlay's player frame is on screen, and whether the reader can see it. */
export async function overlayBox(frame: Frame): Promise<OverlayBox> {
  const element = await frame.frameElement();
  if (!element) throw new Error('the player frame has no element');
  return element.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, visible: getComputedStyle(el).visibility === 'visible' && r.width > 0 };
  });
}

/** Whether a player frame on the page is visible: a sign is open. */
export async function isOverlayOpen(page: Page): Promise<boolean> {
  for (const frame of page.frames()) {
    if (!frame.url().includes('/src/player/index.html')) continue;
    if ((await overlayBox(frame)).visible) return true;
  }
  return false;
}

/** True once no player frame on the page is visible. */
export async function waitForOverlayClosed(page: Page): Promise<void> {
  await waitFor(async () => !(await isOverlayOpen(page)), 5_000);
}

/** The text a reader sees in the player. */
export function playerText(frame: Frame): Promise<string> {
  return frame.evaluate(() => document.body.innerText);
}
