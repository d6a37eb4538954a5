import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dictionary } from '../../src/background/dictionary';
import { SourceStore } from '../../src/background/store';
import { entries, newSource } from './support/sources';

let databases = 0;

/** French pages with two sign languages installed (LSF and Swiss French Sign Language), English with two. */
async function installed(): Promise<Dictionary> {
  const store = new SourceStore(`settings-sign-language-${++databases}`);
  await store.putSource(newSource('lsfb', { signLanguage: 'sfs', spokenLanguage: 'fr' }), entries('chapeau', 'montagne'));
  await store.putSource(newSource('elix', { signLanguage: 'fsl', spokenLanguage: 'fr' }), entries('chapeau', 'clown'));
  await store.putSource(newSource('bsl', { signLanguage: 'bfi', spokenLanguage: 'en' }), entries('hat'));
  await store.putSource(newSource('asl', { signLanguage: 'ase', spokenLanguage: 'en' }), entries('hat', 'cap'));
  return new Dictionary(store);
}

describe('the sign language chosen in the settings picks the dictionaries of a page', () => {
  it.each<[string, string | undefined, string[], string[]]>([
    // page language, reader's choice, words with a sign among chapeau/montagne/clown/hat/cap, sources of the entries
    ['fr', undefined, ['chapeau', 'clown'], ['elix']], // automatic: LSF for French pages
    ['fr', 'fsl', ['chapeau', 'clown'], ['elix']],
    ['fr', 'sfs', ['chapeau', 'montagne'], ['lsfb']],
    ['fr', 'ase', ['chapeau', 'clown'], ['elix']], // not installed for French: automatic
    ['en', undefined, ['hat', 'cap'], ['asl']], // automatic: ASL before BSL
    ['en', 'bfi', ['hat'], ['bsl']],
  ])('a page in %s, choice %s', async (lang, signLanguage, words, sources) => {
    const dictionary = await installed();
    const asked = ['chapeau', 'montagne', 'clown', 'hat', 'cap'];
    expect(Object.keys((await dictionary.lookupWords(asked, [], lang, signLanguage)).results)).toEqual(words);
    const entries = await dictionary.getEntries(words, lang, signLanguage);
    expect([...new Set(entries.map((entry) => entry.credit.sourceId))]).toEqual(sources);
  });

  it('leaves pages that do not say their language to every dictionary', async () => {
    const dictionary = await installed();
    expect(Object.keys((await dictionary.lookupWords(['chapeau', 'montagne', 'hat'], [], undefined, 'sfs')).results)).toEqual(['chapeau', 'montagne', 'hat']);
  });
});
