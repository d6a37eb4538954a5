/**
 * What the background says, in the browser's language: a French reader who adds a bad pack
 * reads every word of the refusal in French ("Non installé : Ce fichier n’est pas un
 * dictionnaire Signet…"), what is wrong at each place of the file included, not French around
 * an English sentence; an English reader reads the validator's own English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { waitFor } from './support/browser';
import { startRouteServer, type RouteServer } from './support/route-server';
import { startSession, type Session } from './support/session';
import { retype } from './support/fields';

const NBSP = '\u00a0';
/** Words of the English messages that a French one never holds. */
const ENGLISH = /\b(This|file|is not|must|the|could not|address|already|dictionary)\b/;

const HEADER = {
  format: 'signet-pack',
  formatVersion: 1,
  id: 'mauvais',
  name: 'Mauvais',
  version: '1',
  signLanguage: 'fsl',
  spokenLanguage: 'fr',
  licence: 'CC-BY-SA-4.0',
  attribution: 'Test',
};
const entry = { id: 'chat', forms: ['chat'], videos: [{ url: 'videos/chat.webm', type: 'video/webm', width: 640, height: 480, duration: 2 }] };
/** A name that is a number (a wrong type) and an entry without its forms (a missing field). */
const { forms: _forms, ...entryWithoutForms } = entry;
const WRONG_TYPE_AND_MISSING = { ...HEADER, name: 42, entries: [entryWithoutForms] };

/** Types a pack's address into the options page and returns the refusal it shows. */
async function refusalIn(options: Page, url: string): Promise<string> {
  await retype(options, '#pack-url', url);
  await options.keyboard.press('Enter');
  await waitFor(() => options.$eval('#add-pack', (el) => !(el as HTMLButtonElement).disabled), 20_000);
  return waitFor(() => options.$eval('#add-status[role="alert"]', (el) => el.textContent ?? '').catch(() => ''), 20_000);
}

describe('background messages in French (--lang=fr)', () => {
  let session: Session;
  let bad: RouteServer;
  let options: Page;

  beforeAll(async () => {
    bad = await startRouteServer();
    session = await startSession({ lang: 'fr' });
    options = await session.signet.browser.newPage();
    await options.goto(session.signet.extensionUrl('src/options/index.html'));
    await options.waitForSelector('[data-source-id="elix-sample"]');
  });
  afterAll(async () => {
    await session?.close();
    await bad?.close();
  });

  const refusal = (url: string) => refusalIn(options, url);

  it('says in French that a file is not a Signet dictionary, where it is wrong and what is wrong there', async () => {
    const text = await refusal(bad.serve('/types.json', WRONG_TYPE_AND_MISSING));
    expect(text).toBe(
      `Non installé${NBSP}: Ce fichier n’est pas un dictionnaire Signet${NBSP}: ` +
        `(1) $.name${NBSP}: doit être du texte, mais c’est un nombre (42) ` +
        `(2) $.entries[0].forms${NBSP}: champ obligatoire absent (les mots écrits que ce signe traduit, par exemple ["chapeau"]).`,
    );
    expect(text).not.toMatch(ENGLISH);
  });

  it('words in French what the contributor wrote, passed through as written', async () => {
    const url = bad.serve('/valeurs.json', { ...HEADER, entries: [{ ...entry, forms: 'chat', videos: [{ ...entry.videos[0], width: '640', url: 'vidéos/chat.webm' }] }] });
    const text = await refusal(url);
    expect(text).toBe(
      `Non installé${NBSP}: Ce fichier n’est pas un dictionnaire Signet${NBSP}: ` +
        `(1) $.entries[0].forms${NBSP}: doit être une liste [ … ] de formes, mais c’est le texte "chat" ` +
        `(2) $.entries[0].videos[0].url${NBSP}: contient "é" en position 4, qu’il faut encoder en pourcentage (une espace s’écrit %20, "é" %C3%A9) ` +
        `(3) $.entries[0].videos[0].width${NBSP}: doit être un nombre entier de pixels de 1 à 16384, mais c’est le texte "640".`,
    );
    expect(text).not.toMatch(ENGLISH);
  });

  it.each<[string, () => string, string | RegExp]>([
    [
      'a web page instead of JSON',
      () => bad.serve('/page.html', '<!doctype html><p>Bonjour', 'text/html'),
      `Non installé${NBSP}: Ce fichier n’est pas un dictionnaire Signet${NBSP}: ce n’est pas du JSON. Vérifiez que l’adresse est celle du fichier pack.json, pas d’une page web.`,
    ],
    [
      'an HTTP 404',
      (): string => `${bad.origin}/absent/pack.json`,
      `Non installé${NBSP}: Aucun fichier n’a été trouvé à cette adresse (HTTP 404). Vérifiez l’adresse${NBSP}: elle doit finir par le nom du fichier du paquet, en général pack.json.`,
    ],
    ['plain http on another computer', (): string => 'http://dictionnaires.example/pack.json', /^Non installé : Signet ne lit les dictionnaires qu’à des adresses sécurisées https:\/\//],
  ])('says what is wrong with %s in French', async (_what, serve, expected) => {
    const text = await refusal(serve());
    if (typeof expected === 'string') expect(text).toBe(expected);
    else expect(text.replace(/\u00a0/g, ' ')).toMatch(expected);
    expect(text).not.toMatch(ENGLISH);
  });

  it('names the installed dictionary in French when another address claims its id, and offers to replace it', async () => {
    const url = bad.serve('/imposteur/pack.json', { ...HEADER, id: 'elix-sample', entries: [entry] });
    const text = await refusal(url);
    expect(text).toBe(
      `Non installé${NBSP}: Un dictionnaire nommé «${NBSP}elix-sample${NBSP}» est déjà installé${NBSP}: «${NBSP}Elix (extrait)${NBSP}», depuis ${session.packUrl}. Signet le garde. Pour installer celui-ci à sa place, choisissez Remplacer.`,
    );
    expect(await options.$eval('[data-action="replace"]', (el) => el.textContent)).toBe(`Remplacer «${NBSP}Elix (extrait)${NBSP}» par celui-ci`);
  });
});

describe('background messages in English (--lang=en)', () => {
  let session: Session;
  let bad: RouteServer;
  let options: Page;

  beforeAll(async () => {
    bad = await startRouteServer();
    session = await startSession({ lang: 'en', install: false });
    options = await session.signet.browser.newPage();
    await options.goto(session.signet.extensionUrl('src/options/index.html'));
    await options.waitForSelector('#pack-url');
  });
  afterAll(async () => {
    await session?.close();
    await bad?.close();
  });

  it('says in English what is wrong at each place, as the validator words it', async () => {
    const text = await refusalIn(options, bad.serve('/types.json', WRONG_TYPE_AND_MISSING));
    expect(text).toBe(
      'Not installed: This file is not a Signet dictionary: ' +
        '(1) $.name: must be text, but is a number (42) ' +
        '(2) $.entries[0].forms: required field is missing (the written words this sign is for, e.g. ["chapeau"]).',
    );
  });
});
