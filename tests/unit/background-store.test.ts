import 'fake-indexeddb/auto';
import { createStore, get, keys, set } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { SourceStore, type StoredEntry } from '../../src/background/store';
import { entries, newSource } from './support/sources';

let databases = 0;
/** One database per test: no test sees another's sources. */
function freshStore(): { store: SourceStore; name: string } {
  const name = `store-test-${++databases}`;
  return { store: new SourceStore(name), name };
}

async function storedKeys(name: string): Promise<IDBValidKey[]> {
  return keys(createStore(name, 'dictionary'));
}

describe('SourceStore', () => {
  it('installs a source under a generation and reads its entries back', async () => {
    const { store, name } = freshStore();
    const installed = await store.putSource(newSource('elix'), entries('chat'));
    expect(installed.enabled).toBe(true);
    expect((await store.listSources()).map((s) => s.summary.id)).toEqual(['elix']);
    expect(await store.readEntries(installed)).toEqual(entries('chat'));
    expect(await storedKeys(name)).toEqual(expect.arrayContaining(['sources', ['part', 'elix', installed.parts[0]!.id]]));
  });

  it('updates in place: new generation answers, old one deleted, order and enabled flag kept', async () => {
    const { store, name } = freshStore();
    const first = await store.putSource(newSource('elix'), entries('chat'));
    await store.putSource(newSource('other'), entries('chien'));
    await store.setEnabled('elix', false);
    const second = await store.putSource(newSource('elix', { version: '2' }), entries('chat', 'chapeau'));

    expect(second.generation).not.toBe(first.generation);
    expect(second.enabled).toBe(false);
    const list = await store.listSources();
    expect(list.map((s) => `${s.summary.id}@${s.summary.version}`)).toEqual(['elix@2', 'other@1']);
    expect(await store.readEntries(second)).toEqual(entries('chat', 'chapeau'));
    expect(await store.readEntries(first)).toBeUndefined();
    expect((await storedKeys(name)).length).toBe(3);
  });

  it('keeps the previous generation answering when writing the new one fails', async () => {
    const { store } = freshStore();
    const first = await store.putSource(newSource('elix'), entries('chat'));
    // A function cannot be stored (DataCloneError): the first write of an update fails.
    const unstorable = [{ id: 'bad', forms: ['bad'], videos: [], oops: () => 1 }] as unknown as StoredEntry[];
    await expect(store.putSource(newSource('elix', { version: '2' }), unstorable)).rejects.toThrow();

    const [current] = await store.listSources();
    expect(current?.summary.version).toBe('1');
    expect(current?.generation).toBe(first.generation);
    expect(await store.readEntries(current!)).toEqual(entries('chat'));
  });

  it('collects parts left behind by an install that did not finish, and keeps those listed', async () => {
    const { store, name } = freshStore();
    const installed = await store.putSource(newSource('elix'), entries('chat'));
    await set(['part', 'elix', 'interrupted'], entries('stale'), createStore(name, 'dictionary'));
    await store.collectUnlisted('elix');
    const remaining = await storedKeys(name);
    expect(remaining).not.toContainEqual(['part', 'elix', 'interrupted']);
    expect(remaining).toContainEqual(['part', 'elix', installed.parts[0]!.id]);
  });

  it('keeps parts shared by the old and new generation through a switch', async () => {
    const { store, name } = freshStore();
    await store.putPart('big', 'a', entries('chat'));
    await store.putPart('big', 'b', entries('chien'));
    const first = await store.switchSource(newSource('big'), [
      { id: 'a', url: 'https://big.example/a.json', entries: 1, sha256: '' },
      { id: 'b', url: 'https://big.example/b.json', entries: 1, sha256: '' },
    ]);
    await store.putPart('big', 'c', entries('chapeau'));
    const second = await store.switchSource(newSource('big', { version: '2' }), [
      { id: 'a', url: 'https://big.example/a.json', entries: 1, sha256: '' },
      { id: 'c', url: 'https://big.example/b.json', entries: 1, sha256: '' },
    ]);
    expect(second!.generation).not.toBe(first!.generation);
    expect((await store.readEntries(second!))!.map((e) => e.id)).toEqual(['chat', 'chapeau']);
    expect(await store.readEntries(first!)).toBeUndefined();
    expect((await storedKeys(name)).filter((key) => Array.isArray(key)).sort()).toEqual([
      ['part', 'big', 'a'],
      ['part', 'big', 'c'],
    ]);
  });

  it('does not bring back a source removed while it was being updated', async () => {
    const { store } = freshStore();
    await store.putSource(newSource('elix'), entries('chat'));
    await store.removeSource('elix');
    await store.putPart('elix', 'late', entries('chat'));
    expect(await store.switchSource(newSource('elix', { version: '2' }), [{ id: 'late', url: 'x', entries: 1, sha256: '' }], 'update')).toBeNull();
    expect(await store.listSources()).toEqual([]);
    expect(await store.storedPartIds('elix')).toEqual(new Set());
  });

  it('removes a source and its entries, and says whether there was one', async () => {
    const { store, name } = freshStore();
    await store.putSource(newSource('elix'), entries('chat'));
    expect(await store.removeSource('nope')).toBe(false);
    expect(await store.removeSource('elix')).toBe(true);
    expect(await store.listSources()).toEqual([]);
    expect(await storedKeys(name)).toEqual(['sources']);
  });

  it('runs concurrent installs one after the other without losing one', async () => {
    const { store } = freshStore();
    await Promise.all(['a', 'b', 'c', 'a'].map((id, i) => store.putSource(newSource(id, { version: String(i) }), entries(id))));
    const list = await store.listSources();
    expect(list.map((s) => `${s.summary.id}@${s.summary.version}`)).toEqual(['a@3', 'b@1', 'c@2']);
  });

  it('tells listeners about changes, not about failed writes', async () => {
    const { store } = freshStore();
    const listener = vi.fn();
    store.onChange(listener);
    await store.putSource(newSource('elix'), entries('chat'));
    await store.setEnabled('elix', false);
    await store.removeSource('nope');
    await store.removeSource('elix');
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('says which source changed and how, so that the tabs of its language read their words again', async () => {
    const { store } = freshStore();
    const changes: string[] = [];
    store.onChange(({ summary, kind }) => changes.push(`${kind} ${summary.id} ${summary.spokenLanguage}`));
    await store.putSource(newSource('elix'), entries('chat'));
    await store.putSource(newSource('elix', { version: '2' }), entries('chat', 'chien'));
    await store.setEnabled('elix', false);
    await store.setEnabled('elix', true);
    await store.setEnabled('nope', false);
    await store.removeSource('elix');
    const lang = newSource('x').summary.spokenLanguage;
    expect(changes).toEqual([`added elix ${lang}`, `updated elix ${lang}`, `disabled elix ${lang}`, `enabled elix ${lang}`, `removed elix ${lang}`]);
  });

  it('stores the list under "sources" as one record', async () => {
    const { store, name } = freshStore();
    await store.putSource(newSource('elix'), entries('chat'));
    const raw = await get('sources', createStore(name, 'dictionary'));
    expect(raw).toEqual([expect.objectContaining({ packUrl: 'https://elix.example/pack.json', enabled: true })]);
  });
});
