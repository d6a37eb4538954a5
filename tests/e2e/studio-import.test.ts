import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchSignet, type SignetBrowser } from './support/browser';
import { ELIX_DIR } from './support/paths';
import { openStudio, savedSigns } from './support/studio';

const ELIX_VIDEOS = ['achat', 'bonjour', 'cochon'].map((word) => join(ELIX_DIR, 'videos', `${word}.webm`));
const ELIX_DURATIONS = new Map(
  readFileSync(join(ELIX_DIR, 'index.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => [line.split('\t')[0]!, Number(line.split('\t')[4])] as const),
);
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('importing signs into the studio', () => {
  let signet: SignetBrowser;
  let studio: Page;
  let folder: string;

  beforeAll(async () => {
    // A folder as a contributor keeps one: index.tsv with the pack command's columns, and videos.
    folder = join(mkdtempSync(join(tmpdir(), 'signet-import-')), 'signes');
    mkdirSync(join(folder, 'videos'), { recursive: true });
    for (const word of ['coude', 'crabe']) copyFileSync(join(ELIX_DIR, 'videos', `${word}.webm`), join(folder, 'videos', `${word}.webm`));
    writeFileSync(join(folder, 'videos', 'notes.webm'), 'not a video, only a name that looks like one\n');
    writeFileSync(
      join(folder, 'index.tsv'),
      [
        'word\tfile\tsigner\tregion',
        'coude|coudes\tvideos/coude.webm\tAnne Dupont\tBretagne',
        'crabe\tvideos/crabe.webm\t\t',
        `${'x'.repeat(201)}\tvideos/crabe.webm\t\t`,
        'note\tvideos/notes.webm\t\t',
        '',
      ].join('\n'),
    );
    signet = await launchSignet({ lang: 'fr' });
    studio = await openStudio(signet, undefined, false);
  });
  afterAll(async () => {
    await signet?.close();
    rmSync(join(folder, '..'), { recursive: true, force: true });
  });

  it('shows tagging errors and saves nothing while the signer is missing', async () => {
    await (await input(studio, '[data-testid="import-files"]')).uploadFile(...ELIX_VIDEOS);
    const problems = await reportProblems(studio);
    expect(problems).toHaveLength(3);
    for (const problem of problems) expect(problem).toMatch(/^(achat|bonjour|cochon)\.webm: signer needs the signer’s name/);
    expect(await savedSigns(studio)).toEqual([]);
  });

  it('imports three Elix videos by file, byte for byte, their names as words', async () => {
    await studio.type('#import-signer', 'Elix');
    await studio.keyboard.press('Tab');
    await (await input(studio, '[data-testid="import-files"]')).uploadFile(...ELIX_VIDEOS);
    await studio.waitForFunction(() => document.querySelector('[data-testid="import-report"]')?.textContent?.includes('3 signe(s) importé(s)'), { timeout: 30_000 });
    const signs = await savedSigns(studio);
    expect(signs.map((s) => [s.forms, s.signer, s.licence]).sort()).toEqual([
      [['achat'], 'Elix', 'CC-BY-SA-4.0'],
      [['bonjour'], 'Elix', 'CC-BY-SA-4.0'],
      [['cochon'], 'Elix', 'CC-BY-SA-4.0'],
    ]);
    const byWord = Object.fromEntries(signs.map((s) => [s.forms[0], s]));
    for (const file of ELIX_VIDEOS) {
      const word = file.split('/').pop()!.replace('.webm', '');
      expect(byWord[word]!.video.sha256).toBe(sha256(file));
      // The length the file's header states, as the sample's index lists it.
      expect(byWord[word]!.video.duration).toBeCloseTo(ELIX_DURATIONS.get(word)!, 1);
    }
    await studio.waitForFunction(() => document.querySelectorAll('[data-testid="sign"]').length === 3);
  });

  it('imports a folder with index.tsv, its columns as tags, and names each bad row', async () => {
    // DevTools' file chooser hands a folder over as one file; a folder's files are given instead, as
    // the folder picker lists them (rows find their videos by name when no paths come along).
    const files = ['index.tsv', 'videos/coude.webm', 'videos/crabe.webm', 'videos/notes.webm'].map((file) => join(folder, file));
    await (await input(studio, '[data-testid="import-folder"]')).uploadFile(...files);
    await studio.waitForFunction(() => document.querySelector('[data-testid="import-report"]')?.textContent?.includes('importé'), { timeout: 30_000 });
    expect(await studio.$eval('[data-testid="import-report"]', (el) => el.textContent)).toBe('2 signe(s) importé(s).');
    const problems = await reportProblems(studio);
    expect(problems).toEqual([expect.stringMatching(/^index\.tsv line 4: forms .*200/), expect.stringMatching(/^index\.tsv line 5: ce n’est pas une vidéo/)]);
    const signs = await savedSigns(studio);
    const coude = signs.find((s) => s.forms.includes('coude'))!;
    expect(coude).toMatchObject({ forms: ['coude', 'coudes'], signer: 'Anne Dupont', region: 'Bretagne' });
    expect(signs.find((s) => s.forms.includes('crabe'))).toMatchObject({ signer: 'Elix' });
    expect(coude.video.sha256).toBe(sha256(join(folder, 'videos', 'coude.webm')));
    const sources = await signet.worker.evaluate(() => globalThis.__signet!.listSources());
    expect(sources.map((s) => [s.id, s.entryCount])).toEqual([['my-signs-fsl-fr', 5]]);
  });
});

describe('dropping files on the studio', () => {
  it('imports a video dropped on the import area', async () => {
    const signet = await launchSignet({ lang: 'fr' });
    try {
      const studio = await openStudio(signet, undefined, false);
      await studio.type('#import-signer', 'Elix');
      const bytes = readFileSync(join(ELIX_DIR, 'videos', 'crabe.webm')).toString('base64');
      // A drop as the browser dispatches it, with the file in its DataTransfer.
      await studio.$eval(
        '[data-testid="import"]',
        (zone, base64) => {
          const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const transfer = new DataTransfer();
          transfer.items.add(new File([data], 'crabe.webm', { type: 'video/webm' }));
          zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
          zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        },
        bytes,
      );
      await studio.waitForFunction(() => document.querySelector('[data-testid="import-report"]')?.textContent?.includes('1 signe(s) importé(s)'), { timeout: 30_000 });
      const signs = await savedSigns(studio);
      expect(signs.map((s) => [s.forms, s.signer])).toEqual([[['crabe'], 'Elix']]);
      expect(signs[0]!.video.sha256).toBe(sha256(join(ELIX_DIR, 'videos', 'crabe.webm')));
    } finally {
      await signet.close();
    }
  });
});

async function input(page: Page, selector: string): Promise<ElementHandle<HTMLInputElement>> {
  return (await page.$(selector)) as ElementHandle<HTMLInputElement>;
}

async function reportProblems(page: Page): Promise<string[]> {
  await page.waitForSelector('[data-testid="import-problems"]', { timeout: 30_000 });
  return page.$$eval('[data-testid="import-problems"] li', (items) => items.map((li) => li.textContent ?? ''));
}
