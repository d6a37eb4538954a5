/**
 * The keyboard commands: a shortcut (Alt+Shift+S unless the reader changed it in the browser's
 * shortcut settings) that signs the selected word, or the word at the caret, of the current tab;
 * and Alt+Shift+→ / Alt+Shift+← that go to the next / previous marked word and play its sign.
 * The overlay then opens with focus in the player, so Space, ←/→, +/−, N/P and Esc work at once.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import { NEXT_WORD_COMMAND, PREVIOUS_WORD_COMMAND, SIGN_COMMAND } from '../common/commands';
import { sendToTab } from '../common/send-tab';

const STEP_COMMANDS: Readonly<Record<string, 1 | -1>> = { [NEXT_WORD_COMMAND]: 1, [PREVIOUS_WORD_COMMAND]: -1 };

export async function handleCommand(command: string, tab: Tabs.Tab | undefined): Promise<void> {
  if (command !== SIGN_COMMAND && !Object.hasOwn(STEP_COMMANDS, command)) return;
  // Chrome passes the tab; older versions and Firefox may not.
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  if (target?.id === undefined) return;
  try {
    const direction = STEP_COMMANDS[command];
    // The frame the reader is in: its selection, its caret, its marks (a page's embedded article).
    if (direction) await sendToTab(target.id, 'page.step', { direction, fromKeyboard: true }, 'focused');
    else await sendToTab(target.id, 'page.sign', { fromKeyboard: true }, 'focused');
  } catch {
    // A page Signet does not run on (browser pages, the web store): there is nothing to sign there.
  }
}

/** Registered synchronously at the worker's start, or Chrome would not wake the worker for it. */
export function listenToCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));
}
