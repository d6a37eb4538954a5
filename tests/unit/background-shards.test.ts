/**
 * Sharded packs in the background: install, conditional updates that fetch only what changed,
 * every kind of bad shard refused with the old version still answering, and an install cut by a
 * stopped worker resumed by the next one from the parts already stored.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PendingInstalls } from '../../src/background/install-state';
import { createBackground, type Background } from '../../src/background/services';
import { HttpFixture, sha256 } from './support/http-fixture';

type Entry = { id: string; forms: string[]; videos: Array<{ url: string; type: string; width: number; height: number; duration: number }> };

function entry(word: string, id = word.normalize('NFD').replace(/\p{M}/gu, '')): Entry {
  return { id, forms: [word], videos: [{ url: `videos/${id}.webm`, type: 'video/webm', width: 640, height: 480, duration: 2 }] };
}

const HEADER = {
  format: 'signet-pack',
  formatVersion: 1,
  id: 'big',
  name: 'Big',
  signLanguage: 'fsl',
  spokenLanguage: 'fr',
  licence: 'CC-BY-SA-4.0',
  attribution: 'Test',
};

let server: HttpFixture;
let databases = 0;
let name: string;
let background: Background;

/** Serves shards/<name>.json for each group and a pack.json listing them; returns pack.json's URL. */
function publish(version: string, shards: Record<string, unknown>, options: { sha?: boolean; raw?: Record<string, string> } = {}): string {
  const refs = Object.entries(shards).map(([shard, entries]) => {
    const text = options.raw?.[shard] ?? JSON.stringify({ format: 'signet-pack-shard', formatVersion: 1, entries });
    server.file(`/big/shards/${shard}.json`, text);
    const count = Array.isArray(entries) ? entries.length : 1;
    return { url: `shards/${shard}.json`, entries: count, ...(options.sha === false ? {} : { sha256: sha256(text) }) };
  });
  return server.file('/big/pack.json', { ...HEADER, version, shards: refs });
}

const V1 = { a: [entry('arbre'), entry('avion')], c: [entry('chat'), entry('chien')], m: [entry('maison')] };

async function words(bg = background): Promise<string[]> {
  return Object.keys((await bg.dictionary.lookupWords(['arbre', 'avion', 'chat', 'cheval', 'chien', 'maison', 'mouton', 'zèbre'])).results).sort();
}

beforeAll(async () => {
  server = await new HttpFixture().start();
});
afterAll(() => server.stop());
beforeEach(async () => {
  server.routes.clear();
  server.log.length = 0;
  name = `shards-test-${++databases}`;
  background = createBackground({ databaseName: name, timeoutMs: 2_000 });
});

describe('a sharded pack', () => {
  it('installs from all its shards, videos resolved against pack.json', async () => {
    const summary = await background.installPackFromUrl(publish('1', V1));
    expect(summary).toMatchObject({ id: 'big', entryCount: 5 });
    expect(await words()).toEqual(['arbre', 'avion', 'chat', 'chien', 'maison']);
    const [chat] = await background.dictionary.getEntries(['chat']);
    expect(chat?.videos[0]?.url).toBe(`${server.origin}/big/videos/chat.webm`);
  });

  it('checks for an update with one conditional request when nothing changed', async () => {
    await background.installPackFromUrl(publish('1', V1));
    server.log.length = 0;
    const [view] = await background.updateSources('big');
    expect(server.log).toEqual([{ path: '/big/pack.json', status: 304, conditional: true }]);
    expect(view).toMatchObject({ id: 'big', version: '1' });
    expect(view!.checkedAt).toBeGreaterThan(Date.now() - 5_000);
  });

  it('downloads only the shard that changed; the others are not even asked for', async () => {
    await background.installPackFromUrl(publish('1', V1));
    server.log.length = 0;
    publish('2', { ...V1, m: [entry('maison'), entry('mouton')] });
    await background.updateSources('big');
    expect(server.log.map((line) => line.path).sort()).toEqual(['/big/pack.json', '/big/shards/m.json']);
    expect(await words()).toContain('mouton');
    expect((await background.listSources())[0]!.version).toBe('2');
  });

  it('without hashes in pack.json, asks each shard conditionally and reuses the unchanged ones', async () => {
    await background.installPackFromUrl(publish('1', V1, { sha: false }));
    server.log.length = 0;
    publish('2', { ...V1, m: [entry('maison'), entry('mouton')] }, { sha: false });
    await background.updateSources('big');
    const shardLines = server.log.filter((line) => line.path.includes('/shards/')).sort((x, y) => x.path.localeCompare(y.path));
    expect(shardLines.map((l) => `${l.path} ${l.status}`)).toEqual(['/big/shards/a.json 304', '/big/shards/c.json 304', '/big/shards/m.json 200']);
    expect(await words()).toContain('mouton');
  });

  describe('refuses a bad new version and keeps the old one answering', () => {
    const cases: Array<[string, () => string, RegExp]> = [
      ['a shard that is not JSON', () => publish('2', V1, { raw: { c: '<html>' } }), /part “shards\/c\.json” is not JSON/],
      ['a shard of the wrong format', () => publish('2', V1, { raw: { c: JSON.stringify({ format: 'signet-pack', entries: [] }) } }), /part “shards\/c\.json” is not valid: .*\$\.format:/],
      ['a shard whose entry has a wrong type', () => publish('2', { ...V1, c: [{ ...entry('chat'), forms: 'chat' }] }), /part “shards\/c\.json” is not valid: \$\.entries\[0\]\.forms/],
      [
        'a shard with a javascript: video',
        () => publish('2', { ...V1, c: [{ ...entry('chat'), videos: [{ ...entry('chat').videos[0]!, url: 'javascript:alert(1)' }] }] }),
        /"javascript:" URLs are not allowed/,
      ],
      ['an id repeated across shards', () => publish('2', { ...V1, m: [entry('maison', 'chat')] }), /repeats the id "chat"/],
      [
        'a shard whose hash differs',
        () => {
          const url = publish('2', { ...V1, c: [entry('chat'), entry('chien'), entry('cheval')] });
          server.file('/big/shards/c.json', JSON.stringify({ format: 'signet-pack-shard', formatVersion: 1, entries: [entry('chat'), entry('chèvre')] }));
          return url;
        },
        /SHA-256 differs/,
      ],
      [
        'a shard with fewer entries than announced',
        () => publish('2', V1, { sha: false, raw: { c: JSON.stringify({ format: 'signet-pack-shard', formatVersion: 1, entries: [entry('chat')] }) } }),
        /holds 1 entries, but pack\.json says 2/,
      ],
      [
        'a missing shard',
        () => {
          const url = publish('2', { ...V1, m: [entry('maison'), entry('mouton')] });
          server.routes.delete('/big/shards/m.json');
          return url;
        },
        /part “shards\/m\.json” could not be used: No file was found/,
      ],
    ];
    it.each(cases)('%s', async (_what, make, message) => {
      await background.installPackFromUrl(publish('1', V1));
      const before = await background.store.storedPartIds('big');
      const url = make();
      await expect(background.installPackFromUrl(url)).rejects.toThrow(message);
      expect(await words()).toEqual(['arbre', 'avion', 'chat', 'chien', 'maison']);
      expect((await background.listSources())[0]!.version).toBe('1');
      // Nothing of the refused version is left behind.
      expect(await background.store.storedPartIds('big')).toEqual(before);
      expect(await new PendingInstalls(background.store.db).list()).toEqual([]);
    });
  });
});

describe('an install cut by a stopped worker', () => {
  /** A fetch that never settles for one path: the worker is "stopped" while that download runs. */
  function freezingFetch(path: string): typeof fetch {
    return (input, init) => (String(input).endsWith(path) ? new Promise<Response>(() => undefined) : fetch(input, init));
  }

  it('is resumed by the next worker from the parts already stored, the old version answering meanwhile', async () => {
    await background.installPackFromUrl(publish('1', V1));
    const v2 = { a: [entry('arbre'), entry('avion')], c: [entry('chat'), entry('chien'), entry('cheval')], m: [entry('maison'), entry('mouton')], z: [entry('zèbre')] };
    const url = publish('2', v2);
    const first = createBackground({ databaseName: name, timeoutMs: 2_000, fetch: freezingFetch('/shards/z.json') });
    void first.installPackFromUrl(url);
    // Wait until everything but the frozen shard is stored.
    for (let i = 0; i < 100 && (await first.store.storedPartIds('big')).size < 5; i++) await new Promise((r) => setTimeout(r, 20));
    expect((await new PendingInstalls(first.store.db).list())[0]).toMatchObject({ sourceId: 'big', attempts: 1 });

    // The browser starts a new worker: the old version answers, the install goes on.
    server.log.length = 0;
    const second = createBackground({ databaseName: name, timeoutMs: 2_000 });
    expect(await words(second)).toEqual(['arbre', 'avion', 'chat', 'chien', 'maison']);
    expect(await second.resumeInstalls()).toBe(1);
    for (let i = 0; i < 200 && (await second.listSources())[0]!.version !== '2'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await words(second)).toEqual(['arbre', 'avion', 'chat', 'cheval', 'chien', 'maison', 'mouton', 'zèbre']);
    // Only pack.json and the shard that never arrived were downloaded again.
    expect(server.log.map((l) => l.path).sort()).toEqual(['/big/pack.json', '/big/shards/z.json']);
    expect(await new PendingInstalls(second.store.db).list()).toEqual([]);
  });

  it('is given up after too many starts, and its parts are collected', async () => {
    await background.installPackFromUrl(publish('1', V1));
    const kept = await background.store.storedPartIds('big');
    const pending = new PendingInstalls(background.store.db);
    await pending.begin('big', `${server.origin}/big/pack.json`);
    for (let i = 0; i < 3; i++) await pending.begin('big', `${server.origin}/big/pack.json`);
    await background.store.putPart('big', 'left-behind', []);
    expect(await background.resumeInstalls()).toBe(0);
    expect(await pending.list()).toEqual([]);
    expect(await background.store.storedPartIds('big')).toEqual(kept);
  });
});
