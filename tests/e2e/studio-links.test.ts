import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchSignet, type SignetBrowser } from './support/browser';
import { tabIdOf } from './support/extension-helpers';
import { playerFrame, waitForStableHighlights } from './support/page-helpers';
import { startSession } from './support/session';

/** The studio is reachable from the popup, the options page, and the player when a word has no sign. */
describe('ways into the studio', () => {
  let signet: SignetBrowser;

  beforeAll(async () => {
    signet = await launchSignet({ lang: 'fr' });
  });
  afterAll(async () => {
    await signet?.close();
  });

  it('links from the popup and the options page', async () => {
    const studio = signet.extensionUrl('src/studio/index.html');
    const popup = await signet.browser.newPage();
    await popup.goto(signet.extensionUrl('src/popup/index.html'));
    const fromPopup = await popup.waitForSelector('[data-testid="open-studio"]');
    expect(await fromPopup!.evaluate((a) => [(a as HTMLAnchorElement).href, a.textContent])).toEqual([studio, 'Enregistrer des signes (studio)']);
    const options = await signet.browser.newPage();
    await options.goto(signet.extensionUrl('src/options/index.html'));
    const fromOptions = await options.waitForSelector('[data-testid="open-studio"]');
    expect(await fromOptions!.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(studio);
    await fromOptions!.click();
    await options.waitForSelector('.studio h1');
    expect(await options.title()).toBe('Signet – studio des signes');
  });

  it('offers "Record this sign" in the player when a word has none, opening the studio on that word', async () => {
    // The player is the overlay's, over its private channel: the reader asks for a word of a page
    // that has no sign (selected, then the keyboard command, as the reader would).
    const session = await startSession({ lang: 'fr' });
    try {
      const { page } = await session.open('/fixtures/fr-basic.html');
      await waitForStableHighlights(page, 19);
      await page.evaluate(() => {
        const node = [...document.querySelector('#p1')!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE) as Text;
        const at = node.data.indexOf('perdu');
        getSelection()!.setBaseAndExtent(node, at, node, at + 'perdu'.length);
      });
      const tabId = await tabIdOf(session.signet, page);
      await session.signet.worker.evaluate((id) => globalThis.__signet!.runCommand('sign-selection', id), tabId);
      const frame = await playerFrame(page, 'perdu');
      const link = await frame.waitForSelector('[data-testid="record-this-sign"]');
      expect(await link!.evaluate((a) => [a.textContent, (a as HTMLAnchorElement).target])).toEqual(['Enregistrer ce signe', '_blank']);
      const href = await link!.evaluate((a) => (a as HTMLAnchorElement).href);
      const studio = await session.signet.browser.newPage();
      await studio.goto(href);
      await studio.waitForFunction(() => document.querySelector('[data-testid="current-word"]')?.textContent === 'perdu');
    } finally {
      await session.close();
    }
  });
});
