import type { Page } from 'puppeteer';

/**
 * Replaces a text field's content as a reader would, by keys: select all, delete, type. Not a
 * triple click: on a busy machine one was counted as two, the last address stayed in the field,
 * and the typed one was appended to it (a 404 instead of the error under test).
 */
export async function retype(page: Page, selector: string, text: string): Promise<void> {
  await page.focus(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.type(selector, text);
}
