import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { ElementHandle, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchSignet, type SignetBrowser } from './support/browser';
import { ELIX_DIR } from './support/paths';
import { openStudio, savedSigns } from './support/studio';

const ACHAT = join(ELIX_DIR, 'videos', 'achat.webm');

async function upload(page: Page, selector: string, ...files: string[]): Promise<void> {
  await ((await page.waitForSelector(selector)) as ElementHandle<HTMLInputElement>).uploadFile(...files);
}

async function importProblems(page: Page, saved: number): Promise<string[]> {
  await page.waitForFunction((n) => document.querySelector('[data-testid="import-report"]')?.textContent?.includes(`${n} signe(s) importé(s)`), { timeout: 30_000 }, saved);
  return page.$$eval('[data-testid="import-problems"] li', (items) => items.map((li) => li.textContent ?? ''));
}

describe('bad input in the studio and the options page: plain messages, nothing lost', () => {
  let dir: string;
  let signet: SignetBrowser;
  let studio: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'signet-bad-'));
    writeFileSync(join(dir, 'lettre.webm'), 'Bonjour, ceci est une lettre, pas une vidéo.\n');
    writeFileSync(join(dir, 'coupé.webm'), readFileSync(ACHAT).subarray(0, 40_000));
    writeFileSync(join(dir, 'vide.webm'), '');
    // 201 MB without writing them: a sparse file.
    const huge = openSync(join(dir, 'énorme.webm'), 'w');
    ftruncateSync(huge, 201 * 1024 * 1024);
    closeSync(huge);
    writeFileSync(join(dir, 'photos.zip'), zipSync({ 'photo.jpg': new Uint8Array([0xff, 0xd8, 0xff]) }));
    writeFileSync(join(dir, 'pas-un-zip.zip'), 'PK? no.');
    signet = await launchSignet({ lang: 'fr' });
    studio = await openStudio(signet, undefined, false);
    await studio.type('#import-signer', 'Camille Martin');
    await studio.keyboard.press('Tab');
  });
  afterAll(async () => {
    await signet?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names each file that is not a video, cut short, empty or too large, and imports the good one', async () => {
    await upload(studio, '[data-testid="import-files"]', ...['lettre.webm', 'coupé.webm', 'vide.webm', 'énorme.webm'].map((f) => join(dir, f)), ACHAT);
    const problems = await importProblems(studio, 1);
    expect(problems.sort()).toEqual([
      'coupé.webm: la vidéo est abîmée ou tronquée (sa durée est illisible).',
      'lettre.webm: ce n’est pas une vidéo que ce navigateur sait lire.',
      'vide.webm: La prise est vide : rien n’a été enregistré. Réessayez.',
      'énorme.webm: le fichier dépasse 200 Mo ; un signe dure quelques secondes.',
    ]);
    expect((await savedSigns(studio)).map((s) => s.forms)).toEqual([['achat']]);
  });

  it('says so when the storage is full, and keeps the signs already saved', async () => {
    // Signet holds "unlimitedStorage", so Chromium enforces no quota on it (DevTools' quota
    // override does not bite): a full disk is the only way to fill it. The studio page's
    // IndexedDB is made to fail as it then does, with a QuotaExceededError on write.
    await studio.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      (window as unknown as { restorePut: () => void }).restorePut = () => (IDBObjectStore.prototype.put = put);
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if (this.name === 'videos') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    try {
      await upload(studio, '[data-testid="import-files"]', join(ELIX_DIR, 'videos', 'bonjour.webm'));
      expect(await importProblems(studio, 0)).toEqual([expect.stringMatching(/^bonjour\.webm: Le stockage du navigateur est plein/)]);
    } finally {
      await studio.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
    }
    expect((await savedSigns(studio)).map((s) => s.forms)).toEqual([['achat']]);
  });

  it('refuses a zip that is not a pack, and a file that is not a zip, in the options page', async () => {
    const options = await signet.browser.newPage();
    await options.goto(signet.extensionUrl('src/options/index.html'));
    await upload(options, '#pack-file', join(dir, 'photos.zip'));
    await options.waitForFunction(() => document.querySelector('[data-testid="file-status"][role="alert"]')?.textContent?.includes('paquet'), { timeout: 20_000 });
    expect(await options.$eval('[data-testid="file-status"]', (el) => el.textContent)).toMatch(/ce zip ne contient pas de paquet Signet/);
    await upload(options, '#pack-file', join(dir, 'pas-un-zip.zip'));
    await options.waitForFunction(() => document.querySelector('[data-testid="file-status"]')?.textContent?.includes('archive zip'), { timeout: 20_000 });
    const sources = await signet.worker.evaluate(() => globalThis.__signet!.listSources());
    expect(sources.map((s) => s.id)).toEqual(['my-signs-fsl-fr']);
  });
});

describe('the camera: remembered, absent or refused', () => {
  it('remembers the camera chosen, for the next visit', async () => {
    const signet = await launchSignet({ lang: 'fr', extraArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream=device-count=2'] });
    try {
      let studio = await openStudio(signet);
      await studio.waitForSelector('.camera-row select');
      const second = await studio.$$eval('select option', (options) => options.find((o) => o.textContent === 'fake_device_1')?.getAttribute('value'));
      expect(second).toBeTruthy();
      await studio.select('.camera-row select', second!);
      await studio.waitForFunction(
        () =>
          (document.querySelector('[data-testid="preview"]') as HTMLVideoElement | null)?.srcObject &&
          ((document.querySelector('[data-testid="preview"]') as HTMLVideoElement).srcObject as MediaStream).getVideoTracks()[0]?.label === 'fake_device_1',
        { timeout: 15_000 },
      );
      await studio.close();
      studio = await openStudio(signet);
      await studio.waitForFunction(() => ((document.querySelector('[data-testid="preview"]') as HTMLVideoElement).srcObject as MediaStream | null)?.getVideoTracks()[0]?.label === 'fake_device_1', {
        timeout: 15_000,
      });
      expect(await studio.$eval('.camera-row select', (el) => (el as HTMLSelectElement).value)).toBe(second);
    } finally {
      await signet.close();
    }
  });

  it('says what to do when there is no camera, and importing still works', async () => {
    // No fake device: this machine has no camera at all.
    const signet = await launchSignet({ lang: 'fr', extraArgs: ['--use-fake-ui-for-media-stream'] });
    try {
      const studio = await openStudio(signet, 'ordinateur', false);
      const problem = await studio.waitForSelector('[data-testid="camera-problem"]', { timeout: 20_000 });
      expect(await problem!.evaluate((el) => el.textContent)).toMatch(/Aucune caméra trouvée|La caméra n’a pas pu démarrer/);
      expect(await studio.$('[data-testid="import-files"]')).not.toBeNull();
    } finally {
      await signet.close();
    }
  });

  it('says how to allow the camera when it was refused', async () => {
    const signet = await launchSignet({ lang: 'fr', extraArgs: ['--use-fake-device-for-media-stream', '--deny-permission-prompts'] });
    try {
      const studio = await openStudio(signet, 'ordinateur', false);
      const problem = await studio.waitForSelector('[data-testid="camera-problem"]', { timeout: 20_000 });
      expect(await problem!.evaluate((el) => el.textContent)).toMatch(/La caméra a été refusée/);
    } finally {
      await signet.close();
    }
  });
});
