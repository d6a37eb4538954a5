import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SourceSummary } from '../../src/common/messages';
import { Dictionary } from '../../src/background/dictionary';
import { SourceStore, type NewSource, type StoredEntry } from '../../src/background/store';

let databases = 0;

function source(id: string, signLanguage: string, spokenLanguage: string): NewSource {
  const summary: SourceSummary = {
    id,
    name: `Name ${id}`,
    url: `https://${id}.example/pack.json`,
    version: '1',
    signLanguage,
    spokenLanguage,
    licence: 'CC-BY-4.0',
    attribution: `Credit ${id}`,
    entryCount: 1,
    installedAt: 1,
  };
  return { summary, packUrl: summary.url };
}

function entries(...forms: string[]): StoredEntry[] {
  return forms.map((form) => ({ id: form, forms: [form], videos: [] }));
}

/** French pages with two sign languages installed (LSF and Swiss French Sign Language), English with two. */
async function installed(): Promise<Dictionary> {
  const store = new SourceStore(`settings-sign-language-${++databases}`);
  await store.putSource(source('lsfb', 'sfs', 'fr'), entries('chapeau', 'montagne'));
  await store.putSource(source('elix', 'fsl', 'fr'), entries('chapeau', 'clown'));
  await store.putSource(source('bsl', 'bfi', 'en'), entries('hat'));
  await store.putSource(source('asl', 'ase', 'en'), entries('hat', 'cap'));
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
    expect(Object.keys(await dictionary.lookupWords(asked, [], lang, signLanguage))).toEqual(words);
    const entries = await dictionary.getEntries(words, lang, signLanguage);
    expect([...new Set(entries.map((entry) => entry.credit.sourceId))]).toEqual(sources);
  });

  it('leaves pages that do not say their language to every dictionary', async () => {
    const dictionary = await installed();
    expect(Object.keys(await dictionary.lookupWords(['chapeau', 'montagne', 'hat'], [], undefined, 'sfs'))).toEqual(['chapeau', 'montagne', 'hat']);
  });
});
