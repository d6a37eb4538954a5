import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { waitFor } from './support/browser';
import { openPopup, tabIdOf } from './support/extension-helpers';
import { waitForStableHighlights } from './support/page-helpers';
import { startSession, type Session } from './support/session';

const NBSP = '\u00a0';

/** The popup and the options' sections with the browser in French (--lang=fr). */
describe('the popup, in French', () => {
  let session: Session;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    session = await startSession({ lang: 'fr' });
    ({ page } = await session.open('/fixtures/fr-basic.html'));
    await waitForStableHighlights(page, 19);
    popup = await openPopup(session.signet, await tabIdOf(session.signet, page));
    await popup.waitForSelector('[data-testid="page-count"][data-marks]');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is in French, with French typography', async () => {
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^fr/);
    expect(await popup.$eval('label[for="site-enabled"]', (el) => el.textContent)).toBe('Afficher les signes sur 127.0.0.1');
    expect(await popup.$('#enabled')).toBeNull(); // the master switch is in the options page
    expect(await popup.$eval('#page-heading', (el) => el.textContent)).toBe('Cette page');
    const count = await popup.$eval('[data-testid="page-count"]', (el) => [...el.querySelectorAll('p')].map((p) => p.textContent).join(' '));
    expect(count).toBe('19 mots de cette page ont un signe');
    expect(await popup.$eval('#previous-word', (el) => el.textContent)).toBe('Mot précédent');
    expect(await popup.$eval('#next-word', (el) => el.textContent)).toBe('Mot suivant');
    expect(await popup.$eval('label[for="sign-language"]', (el) => el.textContent)).toBe('Langue des signes des pages en français');
    expect(await popup.$eval('#sign-language-sources', (el) => el.textContent)).toMatch(new RegExp(`^Dictionnaires utilisés${NBSP}: `));
    // Only the video's settings stay in the popup; the others are in the options page.
    expect(await popup.$('#popup-trigger-hover')).toBeNull();
    const legends = await popup.$$eval('legend', (all) => all.map((el) => el.textContent));
    expect(legends).toHaveLength(2);
    expect(legends[0]).toBe('Vitesse par défaut');
    // Speeds with a decimal comma.
    expect(await popup.$$eval('.segment span', (spans) => spans.map((s) => s.textContent))).toEqual(expect.arrayContaining(['0,5×', '0,75×', '1×', 'Petit', 'Moyen', 'Grand']));
  });

  it('says in French when Signet is off on the site', async () => {
    await popup.click('#site-enabled');
    await waitFor(() => popup.$eval('[data-testid="page-count"]', (el) => el.textContent === 'Signet est désactivé sur ce site.'));
    await popup.click('#site-enabled');
    await popup.waitForSelector('[data-testid="page-count"][data-marks]');
  });

  it('has its options sections in French too', async () => {
    const options = await session.signet.browser.newPage();
    await options.goto(session.signet.extensionUrl('src/options/index.html'));
    await options.waitForSelector('#shortcuts-heading');
    expect(await options.$eval('#shortcuts-heading', (el) => el.textContent)).toBe('Raccourcis clavier');
    expect(await options.$eval('#credits-heading', (el) => el.textContent)).toBe('Crédits et licences');
    expect(await options.$eval('[data-testid="command-shortcut"]', (el) => el.textContent)).toBe('Alt+Shift+S');
    await options.close();
  });

  it('has the bare player’s empty state in French too', async () => {
    const player = await session.signet.browser.newPage();
    await player.goto(session.signet.extensionUrl('src/player/index.html'));
    await player.waitForSelector('h1');
    expect(await player.$eval('h1', (el) => el.textContent)).toBe('Aucun mot choisi');
    expect(await player.$eval('[role="status"]', (el) => el.textContent)).toBe(`Pointez un mot souligné d’une page${NBSP}: son signe s’affiche ici.`);
    await player.close();
  });
});
