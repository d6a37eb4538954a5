import type { Frame, Page } from 'puppeteer';
import { tabIdOf } from './extension-helpers';
import { waitForOverlayClosed } from './overlay-helpers';
import { waitForStableHighlights } from './page-helpers';
import { startSession, type Session } from './session';

/**
 * The setting of the tests that read fr-basic.html (the keyboard commands, the overlay, the
 * player's size): the standard session with the page open and its 19 marks in place, and the
 * browser's id of its tab, which the commands are run against.
 */
export interface ReadingTab {
  session: Session;
  page: Page;
  /** Signet's console errors on the page (each file checks it is empty at the end). */
  errors: string[];
  tabId: number;
  marks: string[];
}

export async function openReadingTab(viewport?: { width: number; height: number }): Promise<ReadingTab> {
  const session = await startSession();
  const { page, errors } = await session.open('/fixtures/fr-basic.html');
  if (viewport) await page.setViewport(viewport);
  const marks = await waitForStableHighlights(page, 19);
  return { session, page, errors, tabId: await tabIdOf(session.signet, page), marks };
}

/**
 * Between two tests: the page in front, no player open, the pointer in a corner away from every
 * word, nothing selected, and (unless `keepFocus`) nothing focused.
 */
export async function quietPage(page: Page, { keepFocus = false } = {}): Promise<void> {
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await waitForOverlayClosed(page);
  await page.mouse.move(2, 2);
  await page.evaluate((keep) => {
    getSelection()!.removeAllRanges();
    if (!keep) (document.activeElement as HTMLElement | null)?.blur();
  }, keepFocus);
}

/** Runs a keyboard command (manifest.json's `commands`) for the tab, through the worker's test hook. */
export function runCommand(session: Session, tabId: number, name: string): Promise<unknown> {
  return session.signet.worker.evaluate((id, command) => globalThis.__signet!.runCommand(command, id), tabId, name);
}

/** Selects `text` in the first text node of `selector` that holds it, by script (the commands read the selection, whoever made it). */
export function selectByScript(page: Page, selector: string, text: string): Promise<void> {
  return page.evaluate(
    (where, what) => {
      const node = [...document.querySelector(where)!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && (n as Text).data.includes(what)) as Text;
      const at = node.data.indexOf(what);
      getSelection()!.setBaseAndExtent(node, at, node, at + what.length);
    },
    selector,
    text,
  );
}

/** The focused control inside the player (its label, else its tag). */
export function focusIn(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? null);
}

/** The focused element of the page itself (SIGNET-OVERLAY while the player has focus). */
export function pageFocusOf(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.tagName ?? null);
}
