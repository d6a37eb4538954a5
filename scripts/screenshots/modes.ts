/**
 * The pictures of fingerspelling and of a phrase playing (docs/READING.md): docs/spelling.png (the
 * player spelling "perdu" in LSF) and docs/phrase.png (a phrase being signed, its current word
 * highlighted on the page), the browser in English, on the project's test pages.
 */
import { resolve } from 'node:path';
import type { Frame } from 'puppeteer';
import { waitFor } from '../../tests/e2e/support/browser';
import { locateText, waitForStableHighlights } from '../../tests/e2e/support/page-helpers';
import { REPO_ROOT } from '../../tests/e2e/support/paths';
import { selectText, visiblePlayer } from '../../tests/e2e/support/player';
import { startSession } from '../../tests/e2e/support/session';

const spelledLetter = (frame: Frame) => frame.evaluate(() => document.querySelector('[data-testid="spelled-letter"]')?.textContent ?? '');

export async function shootModes(): Promise<string[]> {
  const session = await startSession({ lang: 'en' });
  const written: string[] = [];
  try {
    const { page } = await session.open('/fixtures/fr-basic.html');
    await waitForStableHighlights(page, 19);
    await selectText(page, '#p1', 'perdu');
    const frame = await visiblePlayer(page);
    await (await frame.waitForSelector('[data-testid="fingerspell"]'))!.click();
    await waitFor(async () => (await spelledLetter(frame)) === 'r', 10_000, 20);
    await frame.click('.controls > button'); // pause on the R
    const spelling = resolve(REPO_ROOT, 'docs/spelling.png');
    await (await frame.frameElement())!.screenshot({ path: spelling });
    written.push(spelling);
    await page.keyboard.press('Escape');

    const { page: phrasePage } = await session.open('/fixtures/fr-phrase.html');
    await waitForStableHighlights(phrasePage, 3);
    await selectText(phrasePage, '#phrase', 'Zoé, clown au chapeau, aime le réseau local');
    const player = await visiblePlayer(phrasePage);
    await waitFor(
      () => player.evaluate(() => document.querySelector('[aria-current="true"]')?.textContent === 'chapeau' && !document.querySelector<HTMLVideoElement>('video[data-active]')!.paused),
      30_000,
      20,
    );
    await new Promise((r) => setTimeout(r, 1200)); // into the sign, past its first frames
    await player.click('.controls > button'); // pause
    await phrasePage.evaluate(() => getSelection()!.removeAllRanges());
    const word = await locateText(phrasePage, 'Zoé');
    const box = (await (await player.frameElement())!.boundingBox())!;
    const phrase = resolve(REPO_ROOT, 'docs/phrase.png');
    const left = Math.max(0, Math.min(word.left, box.x) - 16);
    const top = Math.max(0, Math.min(word.top, box.y) - 16);
    await phrasePage.screenshot({ path: phrase, clip: { x: left, y: top, width: Math.max(word.right, box.x + box.width) - left + 16, height: box.y + box.height - top + 16 } });
    written.push(phrase);
  } finally {
    await session.close();
  }
  return written;
}
