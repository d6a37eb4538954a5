import { describe, expect, it } from 'vitest';
import { languagesOf, mayCover } from '../../src/common/dictionary-languages';

const source = (spokenLanguage: string, enabled = true) => ({ enabled, summary: { spokenLanguage } });

describe('the dictionary languages a content script reads', () => {
  it('lists the primary subtags of the enabled sources, each once', () => {
    expect(languagesOf([source('fr'), source('en-GB'), source('fr-CA'), source('de', false)])).toEqual(['en', 'fr']);
    expect(languagesOf([])).toEqual([]);
  });

  it.each([
    // stored languages, page lang, may be covered
    [['en', 'fr'], 'es', false],
    [['en', 'fr'], 'fr-FR', true],
    [['en', 'fr'], 'EN', true],
    [['en', 'fr'], '', true],
    [[], '', false],
    [[], 'fr', false],
    // Nothing stored (a Signet that never wrote the list): the background is asked.
    [null, 'es', true],
  ])('%j, a page in "%s": %s', (languages, lang, expected) => {
    expect(mayCover(languages, lang)).toBe(expected);
  });
});

describe('readDictionaryLanguages', () => {
  it('reads the stored list, and says null for anything else', async () => {
    const { readDictionaryLanguages } = await import('../../src/common/dictionary-languages');
    const area = (value: unknown) => ({ get: async () => ({ dictionaryLanguages: value }) });
    expect(await readDictionaryLanguages(area(['fr']))).toEqual(['fr']);
    expect(await readDictionaryLanguages(area(undefined))).toBeNull();
    expect(await readDictionaryLanguages(area([1]))).toBeNull();
    expect(await readDictionaryLanguages({ get: () => Promise.reject(new Error('gone')) })).toBeNull();
  });
});
