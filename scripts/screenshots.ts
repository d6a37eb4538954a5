/**
 * Regenerates the README's pictures of the popup: docs/popup-en.png and docs/popup-fr.png, the
 * popup as it shows over the French test page, with the browser in English and in French; and
 * of fingerspelling and phrase mode (scripts/screenshots/modes.ts).
 *
 *   npm run screenshots        (builds the extension first)
 *
 * Uses the end-to-end tests' setting: Debian's Chromium with the built extension, the Elix
 * sample pack built and installed as a user would, the page served from 127.0.0.1.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openPopup, tabIdOf } from '../tests/e2e/support/extension-helpers';
import { waitForStableHighlights } from '../tests/e2e/support/page-helpers';
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

mkdirSync(resolve(REPO_ROOT, 'docs'), { recursive: true });
for (const lang of LANGUAGES) console.log(`wrote ${await shoot(lang)}`);
for (const file of await shootModes()) console.log(`wrote ${file}`);
