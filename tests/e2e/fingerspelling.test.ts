import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { collectSignetErrors, installPackThroughOptions, launchSignet, waitFor, type SignetBrowser } from './support/browser';
import { buildCustomPack } from './support/custom-pack';
import { buildElixPack } from './support/elix-pack';
import { tabIdOf, writeSettings } from './support/extension-helpers';
import { waitForOverlayClosed } from './support/overlay-helpers';
import { waitForStableHighlights } from './support/page-helpers';
import { FIXTURE_PAGES_DIR, SHARED } from './support/paths';
import { selectText, visiblePlayer } from './support/player';
import { startStaticServer, type StaticServer } from './support/static-server';

/** The reference charts (../shared/reference/fingerspelling), to tell LSF shapes from ASL ones. */
const reference = (code: string): Record<string, string[]> => JSON.parse(readFileSync(resolve(SHARED, 'reference/fingerspelling', `${code}.json`), 'utf8'));

interface Shown {
  sign: string;
  fsw: string;
  letter: string;
  /** The word above the hand, with the marked letter in [brackets]. */
  word: string;
}

/** What the spelling shows now, as the reader sees it. */
function shown(frame: Frame): Promise<Shown | null> {
  return frame.evaluate(() => {
    const card = document.querySelector<HTMLElement>('[data-testid="sign-card"][data-ready]');
    const word = document.querySelector('[data-testid="spelled-word"]');
    if (!card || !word || !card.querySelector('svg text')) return null;
    const mark = word.querySelector('mark')?.textContent ?? '';
    const text = [...word.childNodes].map((n) => (n.nodeName === 'MARK' ? `[${mark}]` : n.textContent)).join('');
    return { sign: card.dataset.sign!, fsw: card.dataset.fsw!, letter: document.querySelector('[data-testid="spelled-letter"]')!.textContent!, word: text };
  });
}

/** Every hand shape the spelling shows, in the order shown, until it stops on the last one. */
async function watchSpelling(frame: Frame, count: number): Promise<Shown[]> {
  const seen: Shown[] = [];
  await waitFor(
    async () => {
      const now = await shown(frame);
      if (now && (seen.length === 0 || seen[seen.length - 1]!.word !== now.word || seen[seen.length - 1]!.sign !== now.sign)) seen.push(now);
      return seen.length >= count;
    },
    20_000,
    25,
  );
  return seen;
}

/** The SignWriting drawn with its fonts: the glyphs have a size (a missing font draws nothing or boxes). */
function drawnGlyphs(frame: Frame): Promise<{ fontsLoaded: boolean; width: number; height: number }> {
  return frame.evaluate(() => {
    const box = document.querySelector('[data-testid="sign-card"] svg')!.getBoundingClientRect();
    return { fontsLoaded: document.fonts.check("30px 'SuttonSignWritingLine'", '\u{F0001}'), width: box.width, height: box.height };
  });
}

describe('fingerspelling words without a sign', () => {
  let server: StaticServer;
  let signet: SignetBrowser;
  let errors: string[];

  beforeAll(async () => {
    // An ASL dictionary for the English page (its videos are Elix's: only the spelling is looked at).
    const asl = buildCustomPack(
      [
        { word: 'hat', video: 'chapeau' },
        { word: 'clown', video: 'clown' },
      ],
      { id: 'asl-test', signLanguage: 'ase', spokenLanguage: 'en' },
    );
    server = await startStaticServer({ '/lsf/': buildElixPack(), '/asl/': asl, '/fixtures/': FIXTURE_PAGES_DIR });
    signet = await launchSignet({ lang: 'fr' });
    await (await installPackThroughOptions(signet, server.url('/lsf/pack.json'))).close();
    await (await installPackThroughOptions(signet, server.url('/asl/pack.json'))).close();
  });
  afterAll(async () => {
    await signet?.close();
    await server?.close();
  });

  async function open(path: string, marks: number): Promise<Page> {
    const page = await signet.browser.newPage();
    errors = collectSignetErrors(page, signet.extensionId);
    await page.goto(server.url(path));
    await waitForStableHighlights(page, marks);
    return page;
  }

  it('offers to spell an unmarked word selected on a French page, then spells it in LSF, letter by letter', async () => {
    const page = await open('/fixtures/fr-basic.html', 5);
    await selectText(page, '#p1', 'perdu');
    const frame = await visiblePlayer(page);
    // The "no sign yet" bubble, named for its word.
    await waitFor(async () => (await frame.$eval('main.bubble', (el) => el.getAttribute('aria-label')).catch(() => null)) === 'Pas encore de signe pour « perdu »');
    const button = await frame.waitForSelector('[data-testid="fingerspell"]');
    expect(await button!.evaluate((el) => el.textContent)).toBe('Épeler en LSF');
    // On request only (the default): nothing is spelled before the reader asks.
    expect(await frame.$('[data-testid="sign-card"]')).toBeNull();
    await button!.click();

    const seen = await watchSpelling(frame, 5);
    expect(seen.map((s) => s.letter)).toEqual(['p', 'e', 'r', 'd', 'u']);
    expect(seen.map((s) => s.word)).toEqual(['[p]erdu', 'p[e]rdu', 'pe[r]du', 'per[d]u', 'perd[u]']);
    const lsf = reference('fsl');
    const asl = reference('ase');
    expect(seen.map((s) => s.fsw)).toEqual([...'perdu'].map((letter) => lsf[letter]![0]));
    // P is one of the letters where the two alphabets differ: this is the LSF hand, not ASL's.
    expect(seen[0]!.fsw).not.toBe(asl.p![0]);
    const drawn = await drawnGlyphs(frame);
    expect(drawn.fontsLoaded).toBe(true);
    expect(drawn.width).toBeGreaterThan(20);
    expect(drawn.height).toBeGreaterThan(20);
    expect(await frame.$eval('.spelling', (el) => el.getAttribute('aria-label'))).toBe('perdu, épelé en LSF');

    // Stopped on the last letter; ← and → go letter by letter.
    await waitFor(async () => await frame.$eval('.controls button[aria-label="Lire"]', () => true).catch(() => false));
    await frame.focus('.controls button[aria-label="Lire"]');
    await page.keyboard.press('ArrowLeft');
    await waitFor(async () => (await shown(frame))?.word === 'per[d]u');
    await page.keyboard.press('ArrowLeft');
    await waitFor(async () => (await shown(frame))?.word === 'pe[r]du');
    await page.keyboard.press('ArrowRight');
    await waitFor(async () => (await shown(frame))?.word === 'per[d]u');
    // Spell again: from the first letter.
    await frame.click('.controls button[aria-label="Épeler à nouveau"]');
    expect((await watchSpelling(frame, 5)).map((s) => s.letter)).toEqual(['p', 'e', 'r', 'd', 'u']);
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('spells a word of an English page in ASL', async () => {
    const page = await open('/fixtures/en-basic.html', 3);
    await selectText(page, '#p1', 'hotel');
    const frame = await visiblePlayer(page);
    await (await frame.waitForSelector('[data-testid="fingerspell"]'))!.click();
    const seen = await watchSpelling(frame, 5);
    const asl = reference('ase');
    const lsf = reference('fsl');
    expect(seen.map((s) => s.letter)).toEqual(['h', 'o', 't', 'e', 'l']);
    expect(seen.map((s) => s.fsw)).toEqual([...'hotel'].map((letter) => asl[letter]![0]));
    // H and T are other hands in LSF.
    expect(seen[0]!.fsw).not.toBe(lsf.h![0]);
    expect(seen[2]!.fsw).not.toBe(lsf.t![0]);
    expect(await frame.$eval('.spelling', (el) => el.getAttribute('data-sign-language'))).toBe('ase');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens nothing for a selection on a page no dictionary covers, but the menu still answers, spelling in that language', async () => {
    const page = await signet.browser.newPage();
    errors = collectSignetErrors(page, signet.extensionId);
    await page.goto(server.url('/fixtures/es-basic.html'));
    await selectText(page, '#p1', 'sombrero');
    // Past the selection's settling time and a lookup's answer, no player has opened.
    await new Promise((r) => setTimeout(r, 1500));
    await expect(visiblePlayer(page, 500)).rejects.toThrow(/Timed out/);
    const tabId = await tabIdOf(signet, page);
    await signet.worker.evaluate((id, info) => globalThis.__signet!.clickMenu(info, id), tabId, {
      menuItemId: 'signet-sign-selection',
      selectionText: 'sombrero',
      editable: false,
      pageUrl: page.url(),
      frameId: 0,
      modifiers: [],
    });
    const frame = await visiblePlayer(page);
    // The "no sign yet" bubble, named for its word.
    await waitFor(async () => (await frame.$eval('main.bubble', (el) => el.getAttribute('aria-label')).catch(() => null)) === 'Pas encore de signe pour « sombrero »');
    // No Spanish dictionary is installed: the usual sign language of Spanish pages, LSE.
    const button = await frame.waitForSelector('[data-testid="fingerspell"]');
    expect(await button!.evaluate((el) => el.textContent)).toBe('Épeler en LSE');
    await button!.click();
    const seen = await watchSpelling(frame, 8);
    expect(seen.map((s) => s.sign)).toEqual([...'sombrero']);
    expect(seen.map((s) => s.fsw)).toEqual([...'sombrero'].map((letter) => reference('ssp')[letter]![0]));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('spells at once when the reader chose so, names included, capitals as letters', async () => {
    await writeSettings(signet, { fingerspell: 'at-once' });
    try {
      const page = await open('/fixtures/en-basic.html', 3);
      await selectText(page, '#p2', 'Oxley');
      const frame = await visiblePlayer(page);
      const seen = await watchSpelling(frame, 5);
      expect(seen.map((s) => s.sign)).toEqual(['o', 'x', 'l', 'e', 'y']);
      expect(seen[0]!.word).toBe('[O]xley');
      expect(await frame.$('[data-testid="fingerspell"]')).toBeNull();
      await page.close();
    } finally {
      await writeSettings(signet, { fingerspell: 'on-request' });
    }
  });
});
