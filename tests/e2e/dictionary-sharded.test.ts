/**
 * A dictionary of Elix's size: 30,000 entries of real French words (scripts/make-large-pack.ts,
 * videos reused from the Elix sample), sharded, served by a CDN-like static server with ETags.
 * Installed through the options page with its progress shown; an unchanged update is one 304;
 * an update cut by the browser stopping the service worker keeps the old version answering and
 * completes after the worker starts again, without downloading again what it had stored.
 * The figures (install time, IndexedDB size, update times) are printed and saved in
 * .out/dictionary-figures.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { launchSignet, waitFor, type SignetBrowser } from './support/browser';
import { locateText, playerFrame, waitForPlayback, waitForStableHighlights } from './support/page-helpers';
import { FIXTURE_PAGES_DIR, REPO_ROOT } from './support/paths';
import { startStaticServer, type StaticServer } from './support/static-server';
import { currentWorker, stopWorker } from './support/worker';
import { contentAsker } from './support/content-world';

const ENTRIES = 30_000;
const MORE = 500;

function makePack(out: string, entries: number, version: string): void {
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(REPO_ROOT, 'scripts/make-large-pack.ts'), '--entries', String(entries), '--out', out, '--version', version], {
    cwd: REPO_ROOT,
    stdio: 'pipe',
  });
}

function forms(dir: string): Set<string> {
  const pack = JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8')) as { shards: Array<{ url: string }> };
  const all = new Set<string>();
  for (const shard of pack.shards) for (const entry of JSON.parse(readFileSync(join(dir, shard.url), 'utf8')).entries) all.add(entry.forms[0]);
  return all;
}

async function idbBytes(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const estimate = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
    return estimate.usageDetails?.indexedDB ?? estimate.usage ?? 0;
  });
}

describe('a 30,000-entry sharded dictionary', () => {
  let root: string;
  let server: StaticServer;
  let signet: SignetBrowser;
  let options: Page;
  let packUrl: string;
  let onlyV1: string;
  let onlyV2: string;
  const figures: Record<string, number | string> = {};
  let asker: Awaited<ReturnType<typeof contentAsker>>;
  /** Which of `words` have a sign, asked as a page's content script asks. */
  const lookup = (words: string[]) => asker.lookup(words);

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'signet-large-'));
    makePack(join(root, 'v1'), ENTRIES, '1.0.0');
    makePack(join(root, 'v2'), ENTRIES + MORE, '2.0.0');
    const v1 = forms(join(root, 'v1'));
    const v2 = forms(join(root, 'v2'));
    onlyV2 = [...v2].find((w) => !v1.has(w) && /^[a-z]{6,}$/.test(w))!;
    onlyV1 = [...v1].find((w) => /^[a-z]{6,}$/.test(w) && v2.has(w) && !['chapeau'].includes(w))!;
    // The server's /large/ follows a link, switched to v2 to publish the update.
    symlinkSync(join(root, 'v1'), join(root, 'current'));
    server = await startStaticServer({ '/large/': join(root, 'current'), '/fixtures/': FIXTURE_PAGES_DIR });
    server.setValidators('/large/');
    packUrl = server.url('/large/pack.json');
    signet = await launchSignet();
    options = await signet.browser.newPage();
    await options.goto(signet.extensionUrl('src/options/index.html'));
    await options.waitForSelector('#pack-url');
    asker = await contentAsker(signet.browser, signet.extensionId, server.url('/fixtures/empty.html'));
  }, 180_000);

  afterAll(async () => {
    await signet?.close();
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
    if (Object.keys(figures).length > 0) {
      mkdirSync(join(REPO_ROOT, '.out'), { recursive: true });
      writeFileSync(join(REPO_ROOT, '.out/dictionary-figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
      console.log('Dictionary figures (Chromium):', figures);
    }
  });

  it('installs through the options page, showing its progress in parts', async () => {
    const before = await idbBytes(options);
    // The last shard comes late, so that the progress is there to be seen on any machine.
    server.setDelay('/large/shards/z.json', 1_500);
    await options.type('#pack-url', packUrl);
    await options.keyboard.press('Enter');
    const seen = await waitFor(
      () =>
        options
          .$eval('[data-testid="install-progress"]', (el) => ({ done: Number(el.getAttribute('data-done')), total: Number(el.getAttribute('data-total')), text: el.textContent ?? '' }))
          .then((p) => (p.done > 0 ? p : null))
          .catch(() => null),
      30_000,
      50,
    );
    expect(seen.total).toBe(48);
    expect(seen.text).toMatch(new RegExp(`${seen.done} of 48 parts`));
    await waitFor(() => options.$('[data-source-id="large-fr"] [data-count="30000"]'), 120_000, 100);
    expect(await options.$eval('#add-status', (el) => el.textContent)).toMatch(/Installed .*30000 signs/);
    await waitFor(async () => (await options.$$('[data-testid="install-progress"]')).length === 0, 5_000);
    server.setDelay('/large/shards/z.json', 0);
    figures.entries = ENTRIES;
    figures.shards = seen.total;
    figures.indexedDbBytes = (await idbBytes(options)) - before;

    // The first question builds the index from IndexedDB; the next ones use it.
    let t = Date.now();
    expect(await lookup(['chapeau', onlyV1, onlyV2])).toEqual(['chapeau', onlyV1].sort());
    figures.firstLookupMs = Date.now() - t;
    t = Date.now();
    await lookup(['maison', 'chapeau']);
    figures.nextLookupMs = Date.now() - t;

    // The install time, without the late shard: removed, then installed again, timed in the worker.
    figures.installMs = await signet.worker.evaluate(async (url) => {
      await globalThis.__signet!.removeSource('large-fr');
      const started = performance.now();
      await globalThis.__signet!.installPackFromUrl(url);
      return Math.round(performance.now() - started);
    }, packUrl);
    expect(await lookup(['chapeau', onlyV1])).toEqual(['chapeau', onlyV1].sort());
  });

  it('marks a page and plays one of its signs', async () => {
    const page = await signet.browser.newPage();
    await page.goto(server.url('/fixtures/fr-basic.html'));
    expect(await waitForStableHighlights(page, 5)).toEqual(expect.arrayContaining(['chapeau', 'croissant']));
    const word = await locateText(page, 'chapeau', 1);
    await page.mouse.move(word.x, word.y);
    const state = await waitForPlayback(await playerFrame(page, 'chapeau'));
    expect(decodeURIComponent(state.src)).toMatch(/\/large\/videos\/chapeau\.webm$/);
    await page.close();
  });

  it('checks an unchanged update with one conditional request (304)', async () => {
    const from = server.log.length;
    const t = Date.now();
    const [source] = await signet.worker.evaluate(() => globalThis.__signet!.updateSources('large-fr'));
    figures.unchangedUpdateMs = Date.now() - t;
    expect(source).toMatchObject({ id: 'large-fr', version: '1.0.0' });
    expect(server.log.slice(from).map((l) => `${l.path} ${l.status}`)).toEqual(['/large/pack.json 304']);
  });

  it('keeps answering from the old version when the worker is stopped mid-update, then completes it', async () => {
    // Version 2 (500 more words, so nearly every shard changes) from a slow CDN.
    unlinkSync(join(root, 'current'));
    symlinkSync(join(root, 'v2'), join(root, 'current'));
    server.setDelay('/large/shards/', 300);
    const from = server.log.length;
    await options.reload();
    await options.bringToFront();
    await options.click(await options.waitForSelector('[data-source-id="large-fr"] button[data-action="update"]').then(() => '[data-source-id="large-fr"] button[data-action="update"]'));
    await waitFor(() => options.$eval('[data-testid="install-progress"]', (el) => Number(el.getAttribute('data-done')) >= 8).catch(() => false), 30_000, 50);
    // Meanwhile, pages are answered from version 1.
    expect(await lookup([onlyV1, onlyV2])).toEqual([onlyV1]);

    await stopWorker(options, signet.worker);
    const stoppedAt = Date.now();
    // A page wakes the worker: marked at once from version 1, while the update resumes.
    const page = await signet.browser.newPage();
    await page.goto(server.url('/fixtures/fr-basic.html'));
    expect(await waitForStableHighlights(page, 5)).toEqual(expect.arrayContaining(['chapeau', 'croissant']));
    expect(await lookup([onlyV1, onlyV2])).toEqual([onlyV1]);
    // The page that asked for the update is told, in plain words, that it goes on by itself.
    expect(await waitFor(() => options.$eval('#sources-status', (el) => el.textContent ?? ''), 10_000)).toMatch(/interrupted Signet .* goes on by itself/);
    await options.reload();
    const resumed = await waitFor(() => options.$eval('[data-testid="install-progress"]', (el) => el.textContent ?? '').catch(() => ''), 10_000, 50);
    expect(resumed).toMatch(/\(resumed\)/);

    await waitFor(() => options.$('[data-source-id="large-fr"] [data-count="30500"]'), 90_000, 200);
    figures.resumedUpdateMs = Date.now() - stoppedAt;
    expect(await lookup([onlyV1, onlyV2])).toEqual([onlyV1, onlyV2].sort());
    // The shards stored before the stop were not downloaded again (a few in flight at that moment may be).
    const shardGets = server.log
      .slice(from)
      .filter((l) => l.path.startsWith('/large/shards/') && l.status === 200)
      .map((l) => l.path);
    const shards = (JSON.parse(readFileSync(join(root, 'v2', 'pack.json'), 'utf8')) as { shards: unknown[] }).shards.length;
    expect(shardGets.length).toBeLessThanOrEqual(shards + 4);
    figures.shardsDownloadedForUpdate = shardGets.length;
    figures.indexedDbBytesAfterUpdate = await idbBytes(options);
    const worker = await currentWorker(signet.browser);
    expect(await worker.evaluate(() => globalThis.__signet!.installProgress())).toEqual([]);
    await page.close();
  });
});
