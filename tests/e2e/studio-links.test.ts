import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchSignet, type SignetBrowser } from './support/browser';

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
    const player = await signet.browser.newPage();
    await player.goto(signet.extensionUrl('src/player/index.html#w=ordinateur&l=fr'));
    const link = await player.waitForSelector('[data-testid="record-this-sign"]');
    expect(await link!.evaluate((a) => [a.textContent, (a as HTMLAnchorElement).target])).toEqual(['Enregistrer ce signe', '_blank']);
    const href = await link!.evaluate((a) => (a as HTMLAnchorElement).href);
    const studio = await signet.browser.newPage();
    await studio.goto(href);
    await studio.waitForFunction(() => document.querySelector('[data-testid="current-word"]')?.textContent === 'ordinateur');
  });
});
