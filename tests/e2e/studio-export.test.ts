import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { ElementHandle, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceView } from '../../src/common/messages';
import type { PackV1 } from '../../src/core/pack/types';
import { launchSignet, waitFor, type SignetBrowser } from './support/browser';
import { writeFigures } from './support/figures';
import { playerText } from './support/overlay-helpers';
import { highlightedTexts, locateText, playerFrame, waitForPlayback } from './support/page-helpers';
import { ELIX_DIR, FIXTURE_PAGES_DIR, REPO_ROOT } from './support/paths';
import { startStaticServer, type StaticServer } from './support/static-server';
import { openStudio, savedSigns } from './support/studio';

const ELIX_VIDEOS = readdirSync(join(ELIX_DIR, 'videos'))
  .filter((name) => name.endsWith('.webm'))
  .map((name) => join(ELIX_DIR, 'videos', name));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function packCommand(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'scripts/pack.ts', ...args], { cwd: REPO_ROOT }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

describe('sharing My signs as a pack', () => {
  let server: StaticServer;
  let author: SignetBrowser;
  let reader: SignetBrowser | undefined;
  let downloads: string;
  let zipFile: string;
  const figures: Record<string, number> = {};

  beforeAll(async () => {
    server = await startStaticServer({ '/fixtures/': FIXTURE_PAGES_DIR });
    downloads = mkdtempSync(join(tmpdir(), 'signet-downloads-'));
    author = await launchSignet({ lang: 'fr' });
  });
  afterAll(async () => {
    await author?.close();
    await reader?.close();
    await server?.close();
    rmSync(downloads, { recursive: true, force: true });
    writeFigures('studio-export', figures);
  });

  it('exports 100 signs as a pack .zip that the pack command validates', async () => {
    const studio = await openStudio(author, undefined, false);
    await studio.type('#import-signer', 'Elix – Signes de sens');
    await studio.keyboard.press('Tab');
    await ((await studio.$('[data-testid="import-files"]')) as ElementHandle<HTMLInputElement>).uploadFile(...ELIX_VIDEOS);
    await studio.waitForFunction((n) => document.querySelector('[data-testid="import-report"]')?.textContent?.includes(`${n} signe(s) importé(s)`), { timeout: 120_000 }, ELIX_VIDEOS.length);
    expect(ELIX_VIDEOS).toHaveLength(100);

    const cdp = await author.browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await (await studio.waitForSelector('[data-testid="export"]'))!.click();
    await studio.waitForFunction(() => document.querySelector('[data-testid="export-status"]')?.textContent?.includes('.zip'), { timeout: 60_000 });
    zipFile = await waitFor(() => {
      const name = readdirSync(downloads).find((file) => file.endsWith('.zip'));
      return name && !existsSync(join(downloads, `${name}.crdownload`)) ? join(downloads, name) : null;
    }, 30_000);
    figures.exportMs = Math.round(await studio.evaluate(() => performance.getEntriesByName('signet-studio-export')[0]!.duration));
    figures.exportBytes = statSync(zipFile).size;
    figures.signs = ELIX_VIDEOS.length;

    const run = await packCommand('validate', zipFile);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/100 entries/);
    await studio.close();
  });

  it('installs the zip from a file in a fresh profile: the same entries, the same video bytes, marked and playing', async () => {
    const studio = await openStudio(author, undefined, false);
    const authored = await savedSigns(studio);
    await studio.close();
    const archive = unzipSync(new Uint8Array(readFileSync(zipFile)));
    const pack = JSON.parse(new TextDecoder().decode(archive['pack.json'])) as PackV1;

    reader = await launchSignet({ lang: 'fr' });
    const options = await reader.browser.newPage();
    await options.goto(reader.extensionUrl('src/options/index.html'));
    await ((await options.waitForSelector('#pack-file')) as ElementHandle<HTMLInputElement>).uploadFile(zipFile);
    await options.waitForFunction(() => /installé|installed/i.test(document.querySelector('[data-testid="file-status"]')?.textContent ?? ''), { timeout: 60_000 });
    await options.waitForSelector(`[data-testid="source"][data-source-id="${pack.id}"]`);
    const sources = await reader.worker.evaluate(() => globalThis.__signet!.listSources());
    expect(sources.map((s) => [s.id, (s as SourceView).kind, s.entryCount, s.attribution, s.licence])).toEqual([[pack.id, 'file', 100, 'Elix – Signes de sens', 'CC-BY-SA-4.0']]);

    // Every entry as it was authored, every video byte for byte (the original Elix file's hash too).
    const installed = await installedPack(options, pack.id);
    expect(installed.entries).toEqual(pack.entries);
    const originals = new Map(ELIX_VIDEOS.map((file) => [sha256(readFileSync(file)), file]));
    expect(Object.keys(installed.hashes)).toHaveLength(100);
    for (const sign of authored) {
      const entry = installed.entries.find((e) => e.id === sign.id)!;
      expect(entry.forms).toEqual(sign.forms);
      const hash = installed.hashes[installed.files[entry.videos[0]!.url]!]!;
      expect(hash).toBe(sign.video.sha256);
      expect(originals.has(hash)).toBe(true);
    }

    const page = await reader.browser.newPage();
    await page.goto(server.url('/fixtures/fr-basic.html'));
    const marks = await waitFor(async () => {
      const texts = await highlightedTexts(page);
      return texts.includes('chapeau') ? texts : null;
    }, 20_000);
    expect(marks).toContain('réseau local');
    const word = await locateText(page, 'chapeau', 1);
    await page.mouse.move(word.x, word.y);
    const frame = await playerFrame(page, 'chapeau');
    await waitForPlayback(frame, 0.2);
    expect(await playerText(frame)).toContain('Elix – Signes de sens');
  });
});

/** The pack stored by "Install from a file", and the SHA-256 of each of its stored videos. */
function installedPack(page: Page, id: string): Promise<{ entries: PackV1['entries']; files: Record<string, string>; hashes: Record<string, string> }> {
  return page.evaluate(async (packId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('signet-my-signs');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const get = <T>(store: string, key: IDBValidKey) =>
      new Promise<T>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).get(key);
        request.onsuccess = () => resolve(request.result as T);
        request.onerror = () => reject(request.error);
      });
    const record = await get<{ pack: PackV1; files: Record<string, string> }>('packs', packId);
    const hashes: Record<string, string> = {};
    for (const path of Object.values(record.files)) {
      const blob = await get<Blob>('packFiles', [packId, path]);
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
      hashes[path] = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
    }
    db.close();
    return { entries: record.pack.entries, files: record.files, hashes };
  }, id);
}
