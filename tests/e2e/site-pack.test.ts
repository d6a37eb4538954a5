import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { waitFor } from './support/browser';
import { openPopup, signetHighlights, tabIdOf } from './support/extension-helpers';
import { highlightedTexts, waitForStableHighlights } from './support/page-helpers';
import { startSession, type Session } from './support/session';

/**
 * A page that declares its site's own signs with <link rel="signet-pack">: nothing is fetched
 * nor installed until the reader opens the popup; the popup offers the pack; Install adds it as
 * a source and the page's words are then marked.
 */
describe('a site’s own signs', () => {
  let session: Session;
  let page: Page;
  let popup: Page;
  const packPath = '/pack/pack.json';

  beforeAll(async () => {
    session = await startSession({ lang: 'en', install: false });
    ({ page } = await session.open('/fixtures/site-pack.html'));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is neither fetched nor installed before the reader opens the popup', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(session.server.log.filter((line) => line.path === packPath)).toEqual([]);
    expect(await session.signet.worker.evaluate(() => globalThis.__signet!.listSources())).toEqual([]);
    expect(await signetHighlights(page)).toEqual({});
  });

  it('is offered by the popup with its number of signs', async () => {
    popup = await openPopup(session.signet, await tabIdOf(session.signet, page));
    const offer = await popup.waitForSelector('[data-testid="site-pack"][data-state="offered"]');
    expect(await offer!.evaluate((el) => el.getAttribute('data-signs'))).toBe('100');
    expect(await offer!.evaluate((el) => (el as HTMLElement).innerText)).toMatch(/^This site offers 100 signs \(Elix \(extrait\), from 127\.0\.0\.1\)\.\s+Install$/);
    expect(session.server.log.filter((line) => line.path === packPath).length).toBeGreaterThan(0);
    expect(await session.signet.worker.evaluate(() => globalThis.__signet!.listSources())).toEqual([]);
  });

  it('is installed on Install, listed as a source, and the page’s words are then marked', async () => {
    await popup.click('[data-testid="site-pack"] button');
    await waitFor(async () => (await session.signet.worker.evaluate(() => globalThis.__signet!.listSources())).length === 1, 30_000);
    const [source] = await session.signet.worker.evaluate(() => globalThis.__signet!.listSources());
    expect(source).toMatchObject({ id: 'elix-sample', url: session.packUrl, entryCount: 100 });
    // The page is read again with its site's signs.
    await waitForStableHighlights(page, 4);
    expect(await highlightedTexts(page)).toEqual(expect.arrayContaining(['chapeau', 'clown', 'cour', 'collège']));
    await popup.waitForSelector('[data-testid="site-pack"][data-state="installed"]');
    // Listed in the options as a source under the site's name.
    const options = await session.signet.browser.newPage();
    await options.goto(session.signet.extensionUrl('src/options/index.html'));
    const site = await options.waitForSelector('[data-testid="source"] [data-testid="source-site"]');
    expect(await site!.evaluate((el) => el.textContent)).toBe(new URL(session.packUrl).host);
  });
});
