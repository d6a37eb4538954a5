import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { Dictionary } from '../../src/background/dictionary';
import { SourceStore } from '../../src/background/store';
import { entries, newSource } from './support/sources';

let databases = 0;

function freshStore(): SourceStore {
  return new SourceStore(`dictionary-test-${++databases}`);
}

describe('Dictionary', () => {
  it('builds its index once for concurrent first questions', async () => {
    const store = freshStore();
    await store.putSource(newSource('elix'), entries('chat'));
    const dictionary = new Dictionary(store);
    const listSources = vi.spyOn(store, 'listSources');
    const answers = await Promise.all([dictionary.lookupWords(['chat']), dictionary.lookupWords(['chat']), dictionary.getEntries(['chat'])]);
    expect(listSources).toHaveBeenCalledTimes(1);
    expect(answers[0].results).toEqual({ chat: { keys: ['chat'], continuations: [], alts: [] } });
    expect(answers[2]).toHaveLength(1);
  });

  it('rebuilds after the worker restarts (a new Dictionary reads the same storage)', async () => {
    const store = freshStore();
    await store.putSource(newSource('elix'), entries('chat'));
    (await new Dictionary(store).lookupWords(['chat'])).results;
    const restarted = new Dictionary(store);
    expect(Object.keys((await restarted.lookupWords(['chat'])).results)).toEqual(['chat']);
  });

  it('sees installs, updates, removals and disabling', async () => {
    const store = freshStore();
    const dictionary = new Dictionary(store);
    expect((await dictionary.lookupWords(['chat'])).results).toEqual({});

    await store.putSource(newSource('elix'), entries('chat'));
    expect(Object.keys((await dictionary.lookupWords(['chat', 'chien'])).results)).toEqual(['chat']);

    await store.putSource(newSource('elix', { version: '2' }), entries('chien'));
    expect(Object.keys((await dictionary.lookupWords(['chat', 'chien'])).results)).toEqual(['chien']);

    await store.putSource(newSource('other'), entries('chat'));
    await store.setEnabled('elix', false);
    expect(Object.keys((await dictionary.lookupWords(['chat', 'chien'])).results)).toEqual(['chat']);
    expect((await dictionary.getEntries(['chat', 'chien'])).map((e) => e.credit.sourceId)).toEqual(['other']);

    await store.removeSource('other');
    expect((await dictionary.lookupWords(['chat', 'chien'])).results).toEqual({});
  });

  it('tries again after a failed build instead of remembering the failure', async () => {
    const store = freshStore();
    await store.putSource(newSource('elix'), entries('chat'));
    const dictionary = new Dictionary(store);
    vi.spyOn(store, 'listSources').mockRejectedValueOnce(new DOMException('gone', 'UnknownError'));
    await expect(dictionary.lookupWords(['chat'])).rejects.toThrow('Signet could not read its dictionaries from the browser’s storage.');
    expect(Object.keys((await dictionary.lookupWords(['chat'])).results)).toEqual(['chat']);
  });

  it('reads the list again when a generation is switched during a build', async () => {
    const store = freshStore();
    const first = await store.putSource(newSource('elix'), entries('chat'));
    await store.putSource(newSource('elix', { version: '2' }), entries('chien'));
    const dictionary = new Dictionary(store);
    // The first read sees the record of before the update, whose generation is already deleted.
    vi.spyOn(store, 'listSources').mockResolvedValueOnce([first]);
    expect(Object.keys((await dictionary.lookupWords(['chat', 'chien'])).results)).toEqual(['chien']);
  });
});

describe('Dictionary: the page’s language chooses the dictionaries', () => {
  async function twoLanguages() {
    const store = freshStore();
    await store.putSource(newSource('lsf'), entries('course', 'chapeau'));
    await store.putSource(newSource('asl', { spokenLanguage: 'en', signLanguage: 'ase' }), entries('course', 'hat'));
    return new Dictionary(store);
  }

  it.each([
    // page lang, words asked, words answered, sources of the "course" entries
    ['fr', ['course', 'chapeau', 'hat'], ['course', 'chapeau'], ['lsf']],
    ['fr-FR', ['course', 'hat'], ['course'], ['lsf']],
    ['en', ['course', 'chapeau', 'hat'], ['course', 'hat'], ['asl']],
    ['en-GB', ['chapeau'], [], ['asl']],
    ['de', ['course', 'hat'], [], []],
    [undefined, ['course', 'chapeau', 'hat'], ['course', 'chapeau', 'hat'], ['lsf', 'asl']],
  ])('a page in %s', async (lang, asked, answered, courseSources) => {
    const dictionary = await twoLanguages();
    expect(Object.keys((await dictionary.lookupWords(asked, [], lang)).results)).toEqual(answered);
    expect((await dictionary.getEntries(['course'], lang)).map((e) => e.credit.sourceId)).toEqual(courseSources);
  });
});

describe('Dictionary: which pages it covers', () => {
  it.each([
    // page lang, sign language asked, covered
    ['fr', undefined, true],
    ['fr-CA', undefined, true],
    ['en', undefined, true],
    ['es', undefined, false],
    // A sign language with no dictionary falls back to the one installed (chooseSignLanguage).
    ['en', 'bfi', true],
    ['fr', 'fsl', true],
    [undefined, undefined, true],
  ])('a page in %s (sign language %s): %s', async (lang, signLanguage, covered) => {
    const store = freshStore();
    await store.putSource(newSource('lsf'), entries('course'));
    await store.putSource(newSource('asl', { spokenLanguage: 'en', signLanguage: 'ase' }), entries('hat'));
    expect(await new Dictionary(store).covers(lang, signLanguage)).toBe(covered);
  });

  it('covers nothing without an enabled source', async () => {
    const store = freshStore();
    const dictionary = new Dictionary(store);
    expect(await dictionary.covers('fr')).toBe(false);
    await store.putSource(newSource('lsf'), entries('course'));
    expect(await dictionary.covers('fr')).toBe(true);
    await store.setEnabled('lsf', false);
    expect(await dictionary.covers('fr')).toBe(false);
    expect(await dictionary.covers(undefined)).toBe(false);
  });
});
