/**
 * Regenerates the pictures of README.md and docs/READING.md: docs/popup-en.png and docs/popup-fr.png, the popup as it
 * shows over the French test page, with the browser in English and in French; docs/player.png,
 * a sign playing beside its word in a real Le Monde article; docs/welcome-fr.png, the first
 * run's sample sentences with a sign playing; and fingerspelling and phrase mode
 * (scripts/screenshots/modes.ts).
 *
 *   npm run screenshots        (builds the extension first)
 *
 * Uses the end-to-end tests' setting: Debian's Chromium with the built extension, the Elix
 * sample pack built and installed as a user would, the page served from 127.0.0.1.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openPopup, tabIdOf } from '../tests/e2e/support/extension-helpers';
import { overlayBox } from '../tests/e2e/support/overlay-helpers';
import { locateText, playerFrame, waitForPlayback, waitForStableHighlights } from '../tests/e2e/support/page-helpers';
import { REPO_ROOT } from '../tests/e2e/support/paths';
import { startSession } from '../tests/e2e/support/session';
import { shootModes } from './screenshots/modes';

const LANGUAGES = ['en', 'fr'] as const;
/** The page is served from 127.0.0.1 but opened under a site's name, as a reader would see it. */
const HOST = 'www.exemple.fr';

async function shoot(lang: (typeof LANGUAGES)[number]): Promise<string> {
  // Same rules as the tests' (everything else fails at once), plus the made-up site → 127.0.0.1.
  const rules = `MAP ${HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost`;
  const session = await startSession({ lang, extraArgs: [`--host-resolver-rules=${rules}`] });
  try {
    const page = await session.signet.browser.newPage();
    await page.goto(session.server.url('/fixtures/fr-basic.html').replace('127.0.0.1', HOST), { waitUntil: 'load' });
    await waitForStableHighlights(page, 19);
    const popup = await openPopup(session.signet, await tabIdOf(session.signet, page));
    await popup.waitForSelector('[data-testid="page-count"][data-marks]');
    await popup.waitForSelector('#sign-language');
    const box = await popup.$eval('.popup', (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    const path = resolve(REPO_ROOT, `docs/popup-${lang}.png`);
    await popup.screenshot({ path, clip: box });
    return path;
  } finally {
    await session.close();
  }
}

/** Clip around the word and the player, in document coordinates (the boxes are the viewport's). */
async function shootAround(page: import('puppeteer').Page, word: { top: number; bottom: number }, player: { top: number; bottom: number }, path: string): Promise<void> {
  const scrollY = await page.evaluate(() => window.scrollY);
  const height = await page.evaluate(() => innerHeight);
  const top = Math.max(0, Math.min(word.top, player.top) - 40);
  const bottom = Math.min(height, Math.max(word.bottom, player.bottom) + 24);
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  await page.screenshot({ path, captureBeyondViewport: false, clip: { x: 0, y: scrollY + top, width, height: bottom - top } });
}

async function shootPlayer(): Promise<string> {
  const session = await startSession({ lang: 'fr' });
  try {
    const { page } = await session.open('/pages/lemonde-1.html');
    await page.setViewport({ width: 1280, height: 800 });
    await waitForStableHighlights(page, 1);
    const word = await locateText(page, 'civile');
    await page.mouse.move(word.x, word.y);
    const frame = await playerFrame(page, 'civil');
    await waitForPlayback(frame, 1.2);
    const path = resolve(REPO_ROOT, 'docs/player.png');
    await shootAround(page, word, await overlayBox(frame), path);
    return path;
  } finally {
    await session.close();
  }
}

async function shootWelcome(): Promise<string> {
  const session = await startSession({ lang: 'fr' });
  try {
    const page = await session.signet.browser.newPage();
    await page.setViewport({ width: 1100, height: 900 });
    await page.goto(session.signet.extensionUrl('src/welcome/index.html'));
    await page.waitForSelector('button[type="submit"]');
    await page.click('button[type="submit"]');
    await waitForStableHighlights(page, 5);
    const word = await locateText(page, 'chapeau');
    await page.mouse.move(word.x, word.y);
    const frame = await playerFrame(page, 'chapeau');
    await waitForPlayback(frame, 1.2);
    const path = resolve(REPO_ROOT, 'docs/welcome-fr.png');
    await page.screenshot({ path, captureBeyondViewport: false });
    return path;
  } finally {
    await session.close();
  }
}

mkdirSync(resolve(REPO_ROOT, 'docs'), { recursive: true });
for (const lang of LANGUAGES) console.log(`wrote ${await shoot(lang)}`);
console.log(`wrote ${await shootPlayer()}`);
console.log(`wrote ${await shootWelcome()}`);
for (const file of await shootModes()) console.log(`wrote ${file}`);
