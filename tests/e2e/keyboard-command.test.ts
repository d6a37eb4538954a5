import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { waitFor } from './support/browser';
import { writeSettings } from './support/extension-helpers';
import { isOverlayOpen, playerText, waitForOverlayClosed } from './support/overlay-helpers';
import { playerFrame, waitForPlayback, waitForStableHighlights } from './support/page-helpers';
import { focusIn, openReadingTab, pageFocusOf, quietPage, runCommand as runCommandFor, selectByScript } from './support/reading-tab';
import type { Session } from './support/session';

/** The menu item's id and the command's name, as in src/background/menus.ts and manifest.json. */
const MENU_ID = 'signet-sign-selection';
const COMMAND = 'sign-selection';

/**
 * The keyboard command and the context menu. Neither can be triggered for real from puppeteer:
 * its key presses are delivered to the page (Input.dispatchKeyEvent), not to the browser's
 * shortcut handling (pressing Alt+Shift+S here opens nothing), and no automation API clicks a
 * context menu. The tests call the very handlers the browser calls, through the worker's
 * test-only hook (globalThis.__signet, unreachable from web pages), with the tab as the browser
 * passes it and, for the menu, an OnClickData as Chromium builds it.
 */
describe('signing the selection from the keyboard command and the context menu', () => {
  let session: Session;
  let page: Page;
  let errors: string[];
  let tabId: number;

  const select = (selector: string, text: string) => selectByScript(page, selector, text);
  const runCommand = () => runCommandFor(session, tabId, COMMAND);
  const clickMenu = (selectionText: string) =>
    session.signet.worker.evaluate(
      (id, info) => globalThis.__signet!.clickMenu(info, id),
      tabId,
      // What Chromium passes (modifiers is Firefox's, required by the shared typings).
      { menuItemId: MENU_ID, selectionText, editable: false, pageUrl: page.url(), frameId: 0, modifiers: [] },
    );
  const pageFocus = () => pageFocusOf(page);

  beforeAll(async () => {
    ({ session, page, errors, tabId } = await openReadingTab());
  });
  beforeEach(() => quietPage(page));
  afterAll(async () => {
    expect(errors).toEqual([]);
    await session?.close();
  });

  it('the command signs the selected word and moves focus into the player, whose keys then work', async () => {
    await select('#p3', 'couvercle');
    await runCommand();
    const frame = await playerFrame(page, 'couvercle');
    await waitForPlayback(frame);
    expect(await pageFocus()).toBe('SIGNET-OVERLAY');
    await waitFor(async () => (await focusIn(frame)) === 'Pause'); // the play/pause button, the player's main control

    await page.keyboard.press('Space');
    await waitFor(() => frame.evaluate(() => document.querySelector('video')!.paused));
    await page.keyboard.press('Space');
    await waitFor(() => frame.evaluate(() => !document.querySelector('video')!.paused));
    await page.keyboard.press('-');
    await waitFor(async () => (await frame.evaluate(() => document.querySelector('video')!.playbackRate)) === 0.75);
    await page.keyboard.press('+');
    await waitFor(async () => (await frame.evaluate(() => document.querySelector('video')!.playbackRate)) === 1);

    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
    expect(await pageFocus()).not.toBe('SIGNET-OVERLAY'); // focus is back on the page
  });

  it('the command signs the word at the caret of a text field, and gives focus back to it', async () => {
    await page.evaluate(() => {
      const field = document.querySelector('textarea')!;
      field.focus();
      field.setSelectionRange(3, 3); // inside "chapeau dans un champ de saisie"
    });
    await runCommand();
    const frame = await playerFrame(page, 'chapeau');
    await waitFor(async () => (await pageFocus()) === 'SIGNET-OVERLAY'); // opened from the keyboard: focus goes into the player
    await waitForPlayback(frame);
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
    expect(await pageFocus()).toBe('TEXTAREA');
  });

  it('the command does nothing without a selection or caret, and nothing when Signet is off', async () => {
    await runCommand();
    await new Promise((r) => setTimeout(r, 500));
    expect(await isOverlayOpen(page)).toBe(false);

    await writeSettings(session.signet, { enabled: false });
    await new Promise((r) => setTimeout(r, 300));
    await select('#p4', 'croissant');
    await runCommand();
    await new Promise((r) => setTimeout(r, 500));
    expect(await isOverlayOpen(page)).toBe(false);
    await writeSettings(session.signet, { enabled: true });
    await waitForStableHighlights(page, 19);
  });

  it('the command still works on a site turned off, which silences only what Signet does on its own', async () => {
    await writeSettings(session.signet, { disabledSites: ['127.0.0.1'] });
    await waitFor(() => page.evaluate(() => !CSS.highlights.has('signet-word')));
    await select('#p4', 'croissant');
    await runCommand();
    await waitForPlayback(await playerFrame(page, 'croissant'));
    await writeSettings(session.signet, { disabledSites: [] });
    await waitForStableHighlights(page, 19);
  });

  it('the menu item exists, titled from the locale with the selection in it', async () => {
    const exists = await session.signet.worker.evaluate(
      (id) =>
        chrome.contextMenus.update(id, {}).then(
          () => true,
          () => false,
        ),
      MENU_ID,
    );
    expect(exists).toBe(true);
    expect(await session.signet.worker.evaluate(() => chrome.i18n.getMessage('menu_sign_selection'))).toBe('Sign “%s”');
  });

  it('the menu signs the selected word, leaving focus on the page', async () => {
    await select('#p4', 'croissant');
    await clickMenu('croissant');
    const frame = await playerFrame(page, 'croissant');
    await waitForPlayback(frame);
    expect(await pageFocus()).not.toBe('SIGNET-OVERLAY');
  });

  it('the menu looks up a selection that is not marked (text in <pre>), and says when nothing has a sign', async () => {
    await select('pre', 'chapeau');
    await clickMenu('chapeau');
    await waitForPlayback(await playerFrame(page, 'chapeau'));
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);

    await select('#p1', 'perdu');
    await clickMenu('perdu');
    const frame = await playerFrame(page, 'perdu');
    await waitFor(async () => (await playerText(frame)).includes('No sign yet'));
  });

  it('the menu still signs when the page’s selection is gone (a selection in a frame), beside the page’s corner', async () => {
    await clickMenu('lapin');
    const frame = await playerFrame(page, 'lapin');
    await waitForPlayback(frame);
  });
});

declare const chrome: {
  contextMenus: { update(id: string, properties: object): Promise<void> };
  i18n: { getMessage(name: string): string };
};
