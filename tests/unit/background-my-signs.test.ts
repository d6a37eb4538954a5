import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackground } from '../../src/background/services';
import { filePackKeyOf, getOne, inTransaction, listWanted, mySignIdOf, openMySignsDb, putOne } from '../../src/common/my-signs-db';
import type { MySign } from '../../src/core/studio/types';

const BASE = 'chrome-extension://abcdefghijklmnop/';
let databases = 0;

function setUp() {
  const n = ++databases;
  const myDb = `my-signs-test-${n}`;
  const background = createBackground({ databaseName: `store-${n}`, videoDatabaseName: `videos-${n}`, mySigns: { databaseName: myDb, extensionBaseUrl: BASE } });
  // What open tabs hear of (src/background/tab-notify.ts listens to the same events).
  const changes: string[] = [];
  background.store.onChange(({ summary, kind }) => changes.push(`${kind} ${summary.id}`));
  return { background, changes, open: () => openMySignsDb(myDb) };
}

function sign(id: string, patch: Partial<MySign> = {}): MySign {
  return {
    id,
    forms: [id],
    spokenLanguage: 'fr',
    signLanguage: 'fsl',
    signer: 'Camille Martin',
    licence: 'CC-BY-4.0',
    video: { type: 'video/webm', width: 640, height: 480, duration: 1.5, bytes: 10, sha256: '0'.repeat(64) },
    createdAt: 1,
    updatedAt: 2,
    ...patch,
  };
}

async function putSigns(open: () => Promise<IDBDatabase>, signs: MySign[]) {
  const db = await open();
  await inTransaction(db, ['signs'], 'readwrite', (tx) => {
    tx.objectStore('signs').clear();
    for (const s of signs) tx.objectStore('signs').put(s, s.id);
  });
  db.close();
}

describe('My signs in the background', () => {
  it('turns saved signs into a dictionary source per sign language, each video with its signer and licence, and tells the tabs', async () => {
    const { background, changes, open } = setUp();
    await putSigns(open, [sign('ordinateur', { region: 'Lyon' }), sign('computer', { spokenLanguage: 'en', signLanguage: 'ase', licence: 'CC0-1.0' })]);
    expect(await background.handlers['mySigns.sync']({}, {})).toEqual({ signs: 2 });
    expect(changes.sort()).toEqual(['added my-signs-ase-en', 'added my-signs-fsl-fr']);
    const sources = await background.listSources();
    expect(sources.map((s) => [s.id, s.kind, s.entryCount, s.attribution])).toEqual([
      ['my-signs-ase-en', 'my-signs', 1, 'Camille Martin'],
      ['my-signs-fsl-fr', 'my-signs', 1, 'Camille Martin'],
    ]);
    const { results } = await background.handlers['words.lookup']({ words: 'ordinateurs', lang: 'fr' }, {});
    expect(results.ordinateurs?.keys).toEqual(['ordinateur']);
    const { entries } = await background.handlers['entries.get']({ keys: ['ordinateur'], lang: 'fr' }, {});
    expect(entries[0]!.videos[0]).toEqual({
      url: `${BASE}my-signs/ordinateur`,
      type: 'video/webm',
      width: 640,
      height: 480,
      duration: 1.5,
      signer: 'Camille Martin',
      licence: 'CC-BY-4.0',
      region: 'Lyon',
    });
  });

  it('keeps a source switched off across syncs, and removes a group whose last sign was deleted', async () => {
    const { background, open } = setUp();
    await putSigns(open, [sign('ordinateur'), sign('computer', { spokenLanguage: 'en', signLanguage: 'ase' })]);
    await background.mySigns.sync();
    await background.handlers['sources.setEnabled']({ id: 'my-signs-fsl-fr', enabled: false }, {});
    await putSigns(open, [sign('ordinateur'), sign('clavier')]);
    await background.mySigns.sync();
    const sources = await background.listSources();
    expect(sources.map((s) => [s.id, s.enabled, s.entryCount])).toEqual([['my-signs-fsl-fr', false, 2]]);
    expect((await background.handlers['words.lookup']({ words: 'clavier', lang: 'fr' }, {})).results).toEqual({});
  });

  it('counts wanted words by headword, only while collecting is on, and never more than the word and its language', async () => {
    const { background, open } = setUp();
    const add = (word: string) => background.handlers['wanted.add']({ word, lang: 'fr-FR' }, {});
    expect(await add('montagnes')).toEqual({ counted: true });
    await add('montagne');
    await add('fromage');
    expect(await add('de')).toEqual({ counted: false });
    let db = await open();
    const wanted = (await listWanted(db)).sort((a, b) => b.count - a.count);
    expect(wanted.map(({ word, lang, count }) => ({ word, lang, count }))).toEqual([
      { word: 'montagne', lang: 'fr', count: 2 },
      { word: 'fromage', lang: 'fr', count: 1 },
    ]);
    expect(Object.keys(wanted[0]!).sort()).toEqual(['count', 'lang', 'lastSeen', 'word']);
    await putOne(db, 'prefs', 'collectWanted', false);
    db.close();
    expect(await add('vallée')).toEqual({ counted: false });
    db = await open();
    expect((await listWanted(db)).map((w) => w.word)).not.toContain('vallée');
    expect(await getOne(db, 'prefs', 'collectWanted')).toBe(false);
    db.close();
  });

  it('installs a pack stored from a file as a source whose videos are read from this computer', async () => {
    const { background, changes, open } = setUp();
    const db = await open();
    const pack = {
      format: 'signet-pack' as const,
      formatVersion: 1 as const,
      id: 'camille-fsl-fr',
      name: 'Camille (LSF)',
      version: '1',
      signLanguage: 'fsl',
      spokenLanguage: 'fr',
      licence: 'CC0-1.0',
      attribution: 'Camille',
      entries: [{ id: 'vallee', forms: ['vallée'], videos: [{ url: 'videos/vall%C3%A9e.webm', type: 'video/webm', width: 640, height: 480, duration: 2, signer: 'Camille' }] }],
    };
    await putOne(db, 'packs', pack.id, { pack, installedAt: 5, files: { 'videos/vall%C3%A9e.webm': 'videos/vallée.webm' } });
    db.close();
    const { source } = await background.handlers['sources.installFile']({ id: pack.id }, {});
    expect(source).toMatchObject({ id: 'camille-fsl-fr', entryCount: 1, licence: 'CC0-1.0', installedAt: 5 });
    expect(changes).toEqual(['added camille-fsl-fr']);
    const { entries } = await background.handlers['entries.get']({ keys: ['vallée'], lang: 'fr' }, {});
    expect(entries[0]!.videos[0]!.url).toBe(`${BASE}my-signs/file/camille-fsl-fr/${encodeURIComponent('videos/vallée.webm')}`);
    expect(mySignIdOf(BASE, entries[0]!.videos[0]!.url)).toBe(`file/camille-fsl-fr/${encodeURIComponent('videos/vallée.webm')}`);
    expect(filePackKeyOf(mySignIdOf(BASE, entries[0]!.videos[0]!.url)!)).toEqual(['camille-fsl-fr', 'videos/vallée.webm']);
    await expect(background.handlers['sources.installFile']({ id: 'absent' }, {})).rejects.toThrow(/install it again/);
    // A file's pack never takes the place of a source installed otherwise (here: My signs).
    const again = await open();
    await putOne(again, 'packs', 'my-signs-fsl-fr', { pack: { ...pack, id: 'my-signs-fsl-fr' }, installedAt: 6, files: {} });
    again.close();
    await expect(background.handlers['sources.installFile']({ id: 'my-signs-fsl-fr' }, {})).rejects.toThrow(/already installed/);
    expect((await background.listSources()).map((s) => s.id)).toEqual(['camille-fsl-fr']);
  });

  it('reads My signs addresses of this extension only', () => {
    expect(mySignIdOf(BASE, `${BASE}my-signs/ordinateur-abc`)).toBe('ordinateur-abc');
    expect(mySignIdOf(BASE, 'chrome-extension://other/my-signs/ordinateur-abc')).toBeNull();
    expect(mySignIdOf(BASE, 'https://example.org/my-signs/x')).toBeNull();
  });

  it('refuses malformed wanted words', async () => {
    const { createRouter } = await import('../../src/background/router');
    const { background } = setUp();
    const route = createRouter({ handlers: background.handlers, extensionBaseUrl: BASE });
    // A content script: the sender is a web page in a tab.
    const page = { url: 'https://example.org/', tab: true };
    expect(await route({ type: 'wanted.add', request: { word: 'mot', lang: 'fr' } }, page)).toEqual({ ok: true, value: { counted: true } });
    expect(await route({ type: 'wanted.add', request: { word: 'x'.repeat(101), lang: 'fr' } }, page)).toMatchObject({ ok: false, error: expect.stringMatching(/word must be/) });
    expect(await route({ type: 'wanted.add', request: { word: 'mot', lang: 'not a tag' } }, page)).toMatchObject({ ok: false, error: expect.stringMatching(/lang must be/) });
    // Only the studio has My signs read again; a page may not.
    expect(await route({ type: 'mySigns.sync', request: {} }, page)).toEqual({ ok: false, error: 'This part of Signet may not ask for “mySigns.sync”.' });
    expect(await route({ type: 'mySigns.sync', request: {} }, { url: `${BASE}src/studio/index.html`, tab: true })).toEqual({ ok: true, value: { signs: 0 } });
  });
});
