import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { waitFor } from './support/browser';
import { tabIdOf, writeSettings } from './support/extension-helpers';
import { playerText, waitForOverlayClosed } from './support/overlay-helpers';
import { waitForStableHighlights } from './support/page-helpers';
import { selectText, visiblePlayer } from './support/player';
import { startSession, type Session } from './support/session';

interface Moment {
  /** The word marked in the player's strip. */
  word: string;
  /** What plays: "video:<file>" (a video advancing) or "spell:<letter>" (a hand shape shown). */
  playing: string;
  /** The page's phrase highlight, as text. */
  onPage: string;
}

/** What the reader sees now: the marked word, what plays, and the word highlighted on the page. */
async function moment(page: Page, frame: Frame): Promise<Moment | null> {
  const inPlayer = await frame.evaluate(() => {
    const word = document.querySelector('[data-testid="phrase-word"][aria-current="true"]')?.textContent ?? '';
    const card = document.querySelector<HTMLElement>('[data-testid="sign-card"][data-ready]');
    if (card?.checkVisibility()) return { word, playing: `spell:${document.querySelector('[data-testid="spelled-letter"]')!.textContent}` };
    const video = document.querySelector<HTMLVideoElement>('video[data-active]:not([hidden])');
    if (video && !video.paused && video.currentTime > 0.05) return { word, playing: `video:${decodeURIComponent(video.dataset.src!.split('/').pop()!)}` };
    return null;
  });
  if (!inPlayer) return null;
  const onPage = await page.evaluate(() => {
    const highlight = CSS.highlights.get('signet-phrase') as unknown as Set<Range> | undefined;
    return highlight ? [...highlight].map((r) => r.toString()).join('|') : '';
  });
  return { ...inPlayer, onPage };
}

/** Every distinct moment, in order, until the phrase stops on its last word. */
async function watchPhrase(page: Page, frame: Frame, last: string): Promise<Moment[]> {
  const seen: Moment[] = [];
  await waitFor(
    async () => {
      const now = await moment(page, frame);
      const previous = seen[seen.length - 1];
      if (now && (!previous || previous.playing !== now.playing || previous.word !== now.word)) seen.push(now);
      return now?.playing === last;
    },
    45_000,
    25,
  );
  return seen;
}

describe('phrase mode', () => {
  let session: Session;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    session = await startSession({ lang: 'fr' });
    ({ page, errors } = await session.open('/fixtures/fr-phrase.html'));
    await waitForStableHighlights(page, 3);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('signs a selected phrase word by word: signs, an expression, spellings, function words skipped', async () => {
    await selectText(page, '#phrase', 'Zoé, clown au chapeau, aime le réseau local');
    const frame = await visiblePlayer(page);
    // Watched from the start: the first letter is held 0.7 s, less than the strip's checks may take on a busy machine.
    const watching = watchPhrase(page, frame, 'video:réseau local.webm');
    await waitFor(() => frame.$('[data-testid="phrase-word"][data-kind="sign"]'));
    await waitFor(async () => (await frame.$$('[data-testid="phrase-word"].skipped')).length === 2);
    const strip = await frame.$$eval('[data-testid="phrase-word"]', (words) => words.map((w) => `${w.textContent}:${w.classList.contains('skipped') ? 'skipped' : (w as HTMLElement).dataset.kind}`));
    expect(strip).toEqual(['Zoé:spell', 'clown:sign', 'au:skipped', 'chapeau:sign', 'aime:spell', 'le:skipped', 'réseau local:sign']);
    expect(await playerText(frame)).toContain('Signes mot à mot, pas une traduction.');

    const seen = await watching;
    const steps = seen.map((m) => `${m.word} ${m.playing}`);
    expect(steps).toEqual([
      'Zoé spell:Z',
      'Zoé spell:o',
      'Zoé spell:é',
      'clown video:clown.webm',
      'chapeau video:chapeau.webm',
      'aime spell:a',
      'aime spell:i',
      'aime spell:m',
      'aime spell:e',
      'réseau local video:réseau local.webm',
    ]);
    // The page highlights the very word being signed, across the <em> of "réseau local" too.
    for (const m of seen) expect(m.onPage, m.playing).toBe(m.word);

    // It stops on the last word; replay all starts again from the first.
    await waitFor(() => frame.$('.controls button[aria-label="Lire"]'), 15_000);
    await frame.click('.controls button[aria-label="Rejouer la phrase"]');
    await waitFor(async () => (await moment(page, frame))?.playing === 'spell:Z');

    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
    expect(await page.evaluate(() => CSS.highlights.has('signet-phrase'))).toBe(false);
    expect(errors).toEqual([]);
  });

  it('goes word by word with the controls, and pauses', async () => {
    await selectText(page, '#phrase', 'clown au chapeau');
    const frame = await visiblePlayer(page);
    await waitFor(async () => (await moment(page, frame))?.playing === 'video:clown.webm');
    await frame.click('.controls button[aria-label="Mot suivant"]');
    await waitFor(async () => (await moment(page, frame))?.playing === 'video:chapeau.webm');
    expect(await page.evaluate(() => [...(CSS.highlights.get('signet-phrase') as unknown as Set<Range>)].map((r) => r.toString()))).toEqual(['chapeau']);
    await frame.click('.controls button[aria-label="Pause"]');
    await waitFor(() => frame.evaluate(() => document.querySelector<HTMLVideoElement>('video[data-active]')!.paused));
    await frame.click('.controls button[aria-label="Mot précédent"]');
    await waitFor(async () => (await frame.$eval('[aria-current="true"]', (el) => el.textContent)) === 'clown');
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
  });

  it('the keyboard command on a selected sentence signs it as a phrase, with focus in the player', async () => {
    // Signs open on double-click only: the selection alone opens nothing, the command does.
    await writeSettings(session.signet, { trigger: 'dblclick' });
    try {
      await waitFor(() => page.evaluate(() => true)); // the tab hears storage.onChanged at once
      await selectText(page, '#phrase', 'clown au chapeau');
      const tabId = await tabIdOf(session.signet, page);
      // The command's own handler, as the browser calls it (see keyboard-command.test.ts).
      await session.signet.worker.evaluate((id) => globalThis.__signet!.runCommand('sign-selection', id), tabId);
    } finally {
      await writeSettings(session.signet, { trigger: 'hover' });
    }
    const frame = await visiblePlayer(page);
    await waitFor(async () => (await moment(page, frame))?.playing === 'video:clown.webm');
    await waitFor(() => frame.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Pause'));
    await page.keyboard.press('ArrowRight');
    await waitFor(async () => (await moment(page, frame))?.playing === 'video:chapeau.webm');
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
  });

  it('cuts a selection longer than 60 words, and says so', async () => {
    const text = await page.$eval('#long', (el) => el.textContent!);
    await selectText(page, '#long', text);
    const frame = await visiblePlayer(page);
    await waitFor(async () => (await frame.$$('[data-testid="phrase-word"]')).length === 60);
    expect(await playerText(frame)).toContain('Seuls les 60 premiers mots sont signés.');
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
    expect(errors).toEqual([]);
  });
});
