/**
 * Dictionaries that try to take another's place, as a hostile or broken publisher would serve
 * them, and messages forged from a web page's content script or from the player: the installed
 * Elix keeps answering (its words marked, its signs playing), and the options page says why.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { installPackThroughOptions, launchSignet, waitFor, type SignetBrowser } from './support/browser';
import { sendFromContentScript } from './support/content-world';
import { buildElixPack } from './support/elix-pack';
import { locateText, playerFrame, waitForPlayback, waitForStableHighlights } from './support/page-helpers';
import { FIXTURE_PAGES_DIR } from './support/paths';
import { startRouteServer, type RouteServer } from './support/route-server';
import { startStaticServer, type StaticServer } from './support/static-server';
import { retype } from './support/fields';

interface PackJson {
  id: string;
  version: string;
  entries: Array<{ id: string; forms: string[] }>;
}

describe('a dictionary cannot take another one’s place', () => {
  let elixDir: string;
  let original: PackJson;
  let server: StaticServer;
  let hostile: RouteServer;
  let signet: SignetBrowser;
  let options: Page;
  let elixUrl: string;

  /** Publishes a new pack.json at Elix's own address. */
  const publish = (pack: PackJson) => writeFileSync(join(elixDir, 'pack.json'), JSON.stringify(pack));

  beforeAll(async () => {
    // A copy of the Elix pack whose pack.json the test rewrites, as its publisher would.
    const built = buildElixPack();
    elixDir = mkdtempSync(join(tmpdir(), 'signet-elix-copy-'));
    cpSync(join(built, 'pack.json'), join(elixDir, 'pack.json'));
    symlinkSync(join(built, 'videos'), join(elixDir, 'videos'));
    original = JSON.parse(readFileSync(join(elixDir, 'pack.json'), 'utf8')) as PackJson;
    server = await startStaticServer({ '/elix/': elixDir, '/fixtures/': FIXTURE_PAGES_DIR });
    hostile = await startRouteServer();
    signet = await launchSignet();
    elixUrl = server.url('/elix/pack.json');
    options = await installPackThroughOptions(signet, elixUrl);
  });
  afterAll(async () => {
    await signet?.close();
    await server?.close();
    await hostile?.close();
    rmSync(elixDir, { recursive: true, force: true });
  });
  beforeEach(() => publish(original));

  async function listed(): Promise<string[]> {
    await options.reload();
    await options.waitForSelector('[data-testid="source"]');
    return options.$$eval('[data-testid="source"]', (items) =>
      items.map((item) => `${item.getAttribute('data-source-id')}:${item.querySelector('[data-testid="entry-count"]')?.getAttribute('data-count')}`),
    );
  }

  /** The original Elix answers a page: its words are marked and "chapeau" plays. */
  async function expectElixAnswers(words = ['chapeau', 'croissant']): Promise<void> {
    const page = await signet.browser.newPage();
    try {
      await page.goto(server.url('/fixtures/fr-basic.html'));
      expect(await waitForStableHighlights(page, words.length)).toEqual(expect.arrayContaining(words));
      const word = await locateText(page, 'chapeau');
      await page.mouse.move(word.x, word.y);
      const state = await waitForPlayback(await playerFrame(page, 'chapeau'));
      expect(state.src).toBe(server.url('/elix/videos/chapeau.webm'));
    } finally {
      await page.close();
    }
  }

  /** Adds a pack from the options page; the message the form then shows. */
  async function addThroughOptions(url: string): Promise<string> {
    await options.bringToFront();
    await retype(options, '#pack-url', url);
    await options.keyboard.press('Enter');
    return waitFor(() => options.$eval('#add-status[role="alert"]', (el) => el.textContent ?? '').catch(() => ''), 20_000);
  }

  async function updateThroughOptions(): Promise<void> {
    await options.bringToFront();
    await options.reload();
    const button = '[data-source-id="elix-sample"] button[data-action="update"]';
    await options.waitForSelector(button);
    await options.click(button);
    await waitFor(() => options.$eval('#sources-status', (el) => el.textContent ?? ''), 20_000);
  }

  it('a second address whose pack says "id": "elix-sample" is refused, naming the installed Elix', async () => {
    const impostor = hostile.serve('/impostor/pack.json', { ...original, name: 'Impostor', version: '9.9.9', entries: original.entries.slice(0, 1) });
    const message = await addThroughOptions(impostor);
    expect(message).toBe(
      `Not installed: A dictionary called “elix-sample” is already installed: “Elix (extrait)”, from ${elixUrl}. Signet keeps it. To install this one in its place, choose Replace.`,
    );
    // Replacing is the reader's explicit choice, offered beside the message.
    expect(await options.$eval('[data-testid="id-conflict"] [data-action="replace"]', (el) => el.textContent)).toBe('Replace “Elix (extrait)” with this one');
    expect(await listed()).toEqual(['elix-sample:100']);
    await expectElixAnswers();
  });

  it('a pack calling itself lingualibre-fsl is refused', async () => {
    const builtIn = hostile.serve('/builtin/pack.json', { ...original, id: 'lingualibre-fsl', name: 'Lingua Libre (LSF)' });
    expect(await addThroughOptions(builtIn)).toMatch(/^Not installed: This pack calls itself “lingualibre-fsl”, a name kept for Signet’s built-in sources/);
    expect(await listed()).toEqual(['elix-sample:100']);
  });

  it('an update whose pack changed its id is refused, and Elix keeps answering with the reason shown', async () => {
    publish({ ...original, id: 'elix-autre', version: '2.0.0' });
    await updateThroughOptions();
    expect(await options.$eval('#sources-status', (el) => el.textContent)).toMatch(/now calls itself “elix-autre” instead of “elix-sample”: Signet keeps the installed version/);
    expect(await listed()).toEqual(['elix-sample:100']);
    expect(await options.$eval('[data-source-id="elix-sample"] [data-testid="source-error"]', (el) => el.textContent)).toMatch(/now calls itself “elix-autre”/);
    await expectElixAnswers();
  });

  it('an update that removes more than half of the signs waits for the reader in the options page', async () => {
    const kept = original.entries.filter((entry) => entry.forms[0] !== 'croissant').slice(0, 10);
    publish({ ...original, version: '2.0.0', entries: kept });
    await updateThroughOptions();
    expect(await options.$eval('#sources-status', (el) => el.textContent)).toBe('A new version of “Elix (extrait)” waits for your choice below.');
    const notice = await options.waitForSelector('[data-source-id="elix-sample"] [data-testid="held-update"]');
    expect(await notice!.evaluate((el) => (el as HTMLElement).innerText)).toMatch(/Version 2\.0\.0 would leave 10 signs of the 100 signs: it removes more than half/);
    // Meanwhile the 100 signs answer, "croissant" (not in version 2) among them.
    expect(await listed()).toEqual(['elix-sample:100']);
    await expectElixAnswers(['chapeau', 'croissant']);

    await options.click('[data-source-id="elix-sample"] [data-action="install-held"]');
    await waitFor(() => options.$('[data-source-id="elix-sample"] [data-count="10"]'), 10_000);
    expect(await options.$('[data-source-id="elix-sample"] [data-testid="held-update"]')).toBeNull();
    const page = await signet.browser.newPage();
    await page.goto(server.url('/fixtures/fr-basic.html'));
    const marked = await waitForStableHighlights(page, 1);
    expect(marked).not.toContain('croissant');
    await page.close();
  });
});

describe('only the options page changes dictionaries', () => {
  let server: StaticServer;
  let signet: SignetBrowser;

  beforeAll(async () => {
    server = await startStaticServer({ '/elix/': buildElixPack(), '/fixtures/': FIXTURE_PAGES_DIR });
    signet = await launchSignet();
    await (await installPackThroughOptions(signet, server.url('/elix/pack.json'))).close();
  });
  afterAll(async () => {
    await signet?.close();
    await server?.close();
  });

  const sourceIds = async () => (await signet.worker.evaluate(() => globalThis.__signet!.listSources())).map((s) => s.id);

  it('refuses a content script’s messages that would remove, add or switch off a source, or clear the cache', async () => {
    const page = await signet.browser.newPage();
    await page.goto(server.url('/fixtures/fr-basic.html'));
    expect(await waitForStableHighlights(page, 3)).toEqual(expect.arrayContaining(['chapeau']));
    for (const message of [
      { type: 'sources.remove', request: { id: 'elix-sample' } },
      { type: 'sources.setEnabled', request: { id: 'elix-sample', enabled: false } },
      { type: 'sources.add', request: { url: server.url('/elix/pack.json'), replace: true } },
      { type: 'sources.list', request: {} },
      { type: 'cache.clear', request: {} },
    ]) {
      const answer = await sendFromContentScript<{ ok: boolean; error?: string }>(page, signet.extensionId, message);
      expect(answer).toEqual({ ok: false, error: `This part of Signet may not ask for “${message.type}”.` });
    }
    // What a content script uses still works.
    expect(await sendFromContentScript<{ ok: boolean }>(page, signet.extensionId, { type: 'words.lookup', request: { words: 'chapeau', lang: 'fr' } })).toMatchObject({ ok: true });
    expect(await sourceIds()).toEqual(['elix-sample']);
    await page.close();
  });

  it('refuses the same messages forged from the player page', async () => {
    const player = await signet.browser.newPage();
    await player.goto(signet.extensionUrl('src/player/index.html'));
    const answer = await player.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'sources.remove', request: { id: 'elix-sample' } }),
    );
    expect(answer).toEqual({ ok: false, error: 'This part of Signet may not ask for “sources.remove”.' });
    expect(await sourceIds()).toEqual(['elix-sample']);
    await player.close();
  });
});
