import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { Dictionary } from '../../src/background/dictionary';
import { INDEX_FORMAT } from '../../src/background/source-index';
import { SourceStore } from '../../src/background/store';
import { entries, newSource } from './support/sources';

let databases = 0;

function freshStore(): SourceStore {
  return new SourceStore(`index-record-test-${++databases}`);
}

/** The index record stored for a source, once the write that follows a build has landed. */
async function storedRecord(store: SourceStore, id: string): Promise<{ format: number; partsKey: string } | undefined> {
  await vi.waitFor(async () => expect((await store.readIndexes([id]))[0]).toBeDefined());
  return (await store.readIndexes([id]))[0] as { format: number; partsKey: string };
}

describe('Dictionary: the index stored per source', () => {
  it('answers lookups after a worker start from the stored index, without reading the entries', async () => {
    const store = freshStore();
    await store.putSource(newSource('elix'), entries('chat', 'réseau local', 'état'));
    expect(Object.keys((await new Dictionary(store).lookupWords(['chat'])).results)).toEqual(['chat']);
    expect((await storedRecord(store, 'elix'))?.format).toBe(INDEX_FORMAT);

    const restarted = new Dictionary(store);
    const readEntries = vi.spyOn(store, 'readEntries');
    const answer = await restarted.lookupWords(['chat', 'réseau', 'chien'], ['etat']);
    expect(answer.results).toEqual({
      chat: { keys: ['chat'], continuations: [], alts: [] },
      réseau: { keys: [], continuations: [{ rest: ['local'], key: 'réseau local' }], alts: [] },
    });
    expect(answer.capsResults).toEqual({ etat: { keys: ['état'], continuations: [], alts: [] } });
    expect(await restarted.covers('fr')).toBe(true);
    expect(readEntries).not.toHaveBeenCalled();

    // A sign asked for reads the entries, once.
    expect((await restarted.getEntries(['réseau local'])).map((e) => e.id)).toEqual(['réseau local']);
    expect((await restarted.getEntries(['chat'])).map((e) => e.id)).toEqual(['chat']);
    expect(readEntries).toHaveBeenCalledTimes(1);
  });

  it('does not answer from the index of parts an update replaced', async () => {
    const store = freshStore();
    await store.putSource(newSource('elix'), entries('chat'));
    await new Dictionary(store).lookupWords(['chat']);
    const before = await storedRecord(store, 'elix');
    await store.putSource(newSource('elix', { version: '2' }), entries('chien'));

    const restarted = new Dictionary(store);
    expect(Object.keys((await restarted.lookupWords(['chat', 'chien'])).results)).toEqual(['chien']);
    await vi.waitFor(async () => expect((await store.readIndexes(['elix']))[0]).not.toEqual(before));
    expect(Object.keys((await new Dictionary(store).lookupWords(['chat', 'chien'])).results)).toEqual(['chien']);
  });

  it('keeps answering from the index of the version in use while an update is held', async () => {
    const store = freshStore();
    const installed = await store.putSource(newSource('elix'), entries('chat', 'chien', 'cheval'));
    await new Dictionary(store).lookupWords(['chat']);
    await store.putPart('elix', 'small', entries('chat'));
    await store.holdUpdate('elix', newSource('elix', { version: '2' }), [{ id: 'small', url: installed.packUrl, entries: 1, sha256: '' }]);
    expect(Object.keys((await new Dictionary(store).lookupWords(['chat', 'chien', 'cheval'])).results)).toEqual(['chat', 'chien', 'cheval']);
  });

  it('indexes the entries again when the stored record is unusable', async () => {
    const store = freshStore();
    await store.putSource(newSource('elix'), entries('chat'));
    const record = await (async () => {
      await new Dictionary(store).lookupWords(['chat']);
      return storedRecord(store, 'elix');
    })();
    await store.putIndex('elix', { ...record, keys: 'chien' } as never);
    expect(Object.keys((await new Dictionary(store).lookupWords(['chat', 'chien'])).results)).toEqual(['chat']);
    // A record of another version of Signet (which may tokenize otherwise) is not used either.
    const readEntries = vi.spyOn(store, 'readEntries');
    await new Dictionary(store, 'another version').lookupWords(['chat']);
    expect(readEntries).toHaveBeenCalledTimes(1);
  });

  it('removes the index with its source', async () => {
    const store = freshStore();
    await store.putSource(newSource('elix'), entries('chat'));
    await new Dictionary(store).lookupWords(['chat']);
    await storedRecord(store, 'elix');
    await store.removeSource('elix');
    expect(await store.readIndexes(['elix'])).toEqual([undefined]);
  });

  it('reuses the keys of unchanged sources when another one changes', async () => {
    const store = freshStore();
    await store.putSource(newSource('elix'), entries('chat'));
    const dictionary = new Dictionary(store);
    await dictionary.lookupWords(['chat']);
    const readIndexes = vi.spyOn(store, 'readIndexes');
    await store.putSource(newSource('other'), entries('chien'));
    expect(Object.keys((await dictionary.lookupWords(['chat', 'chien'])).results)).toEqual(['chat', 'chien']);
    expect(readIndexes).toHaveBeenLastCalledWith(['other']);
  });
});
