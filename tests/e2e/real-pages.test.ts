import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPackThroughOptions, waitFor } from './support/browser';
import { ContentWorld } from './support/content-world';
import { ELIX_CREDIT } from './support/elix-pack';
import { openCreditDetails, overlayBox, playerText } from './support/overlay-helpers';
import { PAGES_DIR } from './support/paths';
import { highlightedTexts, locateText, playerFrame, waitForStableHighlights } from './support/page-helpers';
import { waitForRealPlayback } from './support/playback';
import { startRouteServer, type RouteServer } from './support/route-server';
import { startSession, type Session } from './support/session';

/** What Signet's first scan of a page read, from its content script's own world (see session.ts). */
interface ScanEnd {
  scannedAt: number;
  marks: number;
  words: number;
}

/** A few common English words with an ASL sign (the Elix videos stand in for ASL ones), so that English pages are read too. */
const ENGLISH_WORDS = ['world', 'people', 'time', 'year', 'city', 'government', 'news', 'water', 'house', 'school'];

describe('on pages nobody here wrote', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it("plays a sign on a page whose CSP is default-src 'none'", async () => {
    // The same test page, served with the strictest policy a site can send.
    const strict = await import('./support/static-server').then(({ startStaticServer }) => startStaticServer({ '/': new URL('../fixtures/pages/', import.meta.url).pathname.replace(/\/$/, '') }));
    strict.setHeaders('/', { 'Content-Security-Policy': "default-src 'none'" });
    try {
      const page = await session.signet.browser.newPage();
      const { collectSignetErrors } = await import('./support/browser');
      const errors = collectSignetErrors(page, session.signet.extensionId);
      const response = await page.goto(strict.url('/fr-basic.html'));
      expect(response?.headers()['content-security-policy']).toBe("default-src 'none'");
      await waitForStableHighlights(page, 10);
      const word = await locateText(page, 'chapeau', 1);
      await page.mouse.move(word.x, word.y);
      const frame = await playerFrame(page, 'chapeau');
      const playing = await waitForRealPlayback(frame);
      expect(playing).toMatchObject({ videoWidth: 640, videoHeight: 480, video: session.server.url('/pack/videos/chapeau.webm') });
      expect(playing.currentSrc).toMatch(/^blob:chrome-extension:\/\//); // the cached copy, played from the extension's own origin
      expect((await overlayBox(frame)).visible).toBe(true);
      // The credit's details (full attribution) open on demand, under the page's strict CSP too.
      await openCreditDetails(frame);
      expect(await playerText(frame)).toContain(ELIX_CREDIT);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await strict.close();
    }
  });

  it('marks and plays "Cour" on lemonde-1.html (a real Le Monde article)', async () => {
    const { page, errors } = await session.open('/pages/lemonde-1.html');
    const texts = await waitForStableHighlights(page, 1);
    expect(texts).toContain('Cour'); // "la Cour de cassation"
    const word = await locateText(page, 'Cour de cassation');
    await page.mouse.move(word.x, word.y);
    const frame = await playerFrame(page, 'cour');
    const playing = await waitForRealPlayback(frame);
    expect(playing).toMatchObject({ videoWidth: 640, videoHeight: 480, video: session.server.url('/pack/videos/cour.webm') });
    expect(playing.currentSrc).toMatch(/^blob:chrome-extension:\/\//);
    expect(await frame.$eval('.credit-text', (el) => el.textContent)).toBe('Elix (extrait) · CC BY-SA 4.0');
    await openCreditDetails(frame);
    expect(await playerText(frame)).toContain(ELIX_CREDIT);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows no LSF sign on an English page, though "course" is an Elix word (wikipedia.html, lang="en")', async () => {
    const { page, errors } = await session.open('/pages/wikipedia.html');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.evaluate(() => /\bcourse\b/i.test(document.body.innerText))).toBe(true);
    await new Promise((r) => setTimeout(r, 2000));
    expect(await highlightedTexts(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  describe('every real page, with a French and an English dictionary', () => {
    let english: RouteServer;
    beforeAll(async () => {
      english = await startRouteServer();
      const video = session.server.url('/pack/videos/chapeau.webm');
      const packUrl = english.serve('/en/pack.json', {
        format: 'signet-pack',
        formatVersion: 1,
        id: 'asl-words',
        name: 'ASL words',
        version: '1.0.0',
        signLanguage: 'ase',
        spokenLanguage: 'en',
        licence: 'CC-BY-SA-4.0',
        attribution: ELIX_CREDIT,
        entries: ENGLISH_WORDS.map((word) => ({ id: word, forms: [word], videos: [{ url: video, type: 'video/webm', width: 640, height: 480, duration: 3.8 }] })),
      });
      await (await installPackThroughOptions(session.signet, packUrl)).close();
    });
    afterAll(async () => {
      await english?.close();
    });

    it.each(readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')))('reads %s to the end of its first scan, without an error or a change to the page', async (file) => {
      const page = await session.signet.browser.newPage();
      await page.evaluateOnNewDocument(() => {
        const counts = { afterParse: 0, parsed: false };
        (window as unknown as { __counts: typeof counts }).__counts = counts;
        document.addEventListener('DOMContentLoaded', () => (counts.parsed = true));
        new MutationObserver((records) => {
          if (counts.parsed) {
            for (const r of records) {
              // Signet adds nothing until a sign is asked for; count what else happens, by whom.
              const added = r.type === 'childList' ? [...r.addedNodes] : [];
              if (added.some((n) => n.nodeName === 'SIGNET-OVERLAY')) counts.afterParse += 1000;
            }
          }
        }).observe(document, { subtree: true, childList: true });
      });
      const { collectSignetErrors } = await import('./support/browser');
      const errors = collectSignetErrors(page, session.signet.extensionId);
      const cdp = await page.createCDPSession();
      const world = await ContentWorld.attach(cdp, `chrome-extension://${session.signet.extensionId}`);
      // Not 'load': these pages wait on ads and trackers that a closed network never answers.
      await page.goto(session.server.url(`/pages/${file}`), { waitUntil: 'domcontentloaded', timeout: 30_000 });
      const end = await waitFor(
        () => world.evaluate<ScanEnd | null>('globalThis.__signetScanned ? { scannedAt: __signetScanned, marks: __signetMarks, words: __signetCounts().words } : null'),
        45_000,
        100,
      );
      const lang = (await page.evaluate(() => document.documentElement.lang)).split('-')[0]!.toLowerCase();
      if (lang === 'fr' || lang === 'en' || lang === '') {
        // A dictionary answers this page: its first scan read words (every page here has hundreds).
        expect(end.words).toBeGreaterThan(50);
      } else {
        // nytimes-5 says lang="es": no dictionary answers it, so it is not read at all.
        expect(end).toMatchObject({ words: 0, marks: 0 });
      }
      expect(await page.evaluate(() => (window as unknown as { __counts: { afterParse: number } }).__counts.afterParse)).toBe(0);
      expect(errors).toEqual([]);
      await cdp.detach();
      await page.close();
    });
  });
});
