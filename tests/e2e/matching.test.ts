import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, locateText, playerFrame, waitForPlayback, waitForStableHighlights } from './support/page-helpers';
import { startSession, type Session } from './support/session';

describe('matching words as they are written (inflections, capitals, inclusive writing)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('finds the inflected forms of Elix entries on a test page, and nothing else', async () => {
    const { page, errors } = await session.open('/fixtures/fr-inflections.html');
    const texts = await waitForStableHighlights(page, 10);
    expect(texts).toEqual([
      'chapeaux',
      'couteaux',
      'CHATEAUX',
      'CHATEAU', // capitals drop accents: château
      'cousin·e·s',
      'cousines',
      'crocodiles',
      'réseaux locaux', // the expression "réseau local", inflected, across <em>
      'chauves-souris',
      'CHANCE', // "DE" is not "dé", even in capitals
      'crêpe',
      'crêpes',
      'champion',
      'championnes',
      'ÂME',
      'AME',
      'Dé', // the noun, capitalised; the preposition "de" after it is not marked
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on lemonde-1.html, marks exactly the true matches, inflected ones included', async () => {
    const { page, errors } = await session.open('/pages/lemonde-1.html');
    await waitForStableHighlights(page, 3);
    expect(await highlightedTexts(page, 12)).toEqual([
      ' la société [civile]', // civil
      'at et de la [Cour]', // "la Cour de cassation"; "au cours de" elsewhere is not "cour"
      'Carte des [départements]', // département
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on liberation-1.html, marks exactly the true matches, inflected ones included', async () => {
    const { page, errors } = await session.open('/pages/liberation-1.html');
    await waitForStableHighlights(page, 4);
    expect(await highlightedTexts(page, 12)).toEqual([
      "grande de l'[archipel]",
      'ulé sur les [réseaux]', // réseau ("les réseaux sociaux")
      'peu de [chances]', // chance
      'Fin de [course]',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays the sign of the lemma for an inflected word ("chapeaux" → chapeau)', async () => {
    const { page } = await session.open('/fixtures/fr-inflections.html');
    await waitForStableHighlights(page, 10);
    const word = await locateText(page, 'chapeaux');
    await page.mouse.move(word.x, word.y);
    const state = await waitForPlayback(await playerFrame(page, 'chapeau'));
    expect(decodeURIComponent(state.src)).toContain('chapeau.webm');
    await page.close();
  });
});
