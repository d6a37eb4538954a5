/**
 * A source is known by where it comes from: a pack cannot take an installed source's place by
 * claiming its id, an update cannot turn into another source, built-in ids are not for packs,
 * and an update that removes more than half of the entries waits for the reader's word.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SenderInfo } from '../../src/background/router';
import { createBackground, type Background } from '../../src/background/services';
import { HttpFixture } from './support/http-fixture';

const OPTIONS_PAGE: SenderInfo = { url: 'chrome-extension://abc/src/options/index.html', tab: true };

function pack(id: string, version: string, words: string[], extra: object = {}) {
  return {
    format: 'signet-pack',
    formatVersion: 1,
    id,
    name: `Pack ${id}`,
    version,
    signLanguage: 'fsl',
    spokenLanguage: 'fr',
    licence: 'CC-BY-SA-4.0',
    attribution: 'Test',
    entries: words.map((word) => ({ id: word, forms: [word], videos: [{ url: `videos/${word}.webm`, type: 'video/webm', width: 640, height: 480, duration: 2 }] })),
    ...extra,
  };
}

const TEN = ['chat', 'chien', 'maison', 'arbre', 'pomme', 'livre', 'porte', 'table', 'route', 'ville'];

let server: HttpFixture;
let background: Background;
let databases = 0;
let elixUrl: string;

beforeAll(async () => {
  server = await new HttpFixture().start();
});
afterAll(() => server.stop());

beforeEach(async () => {
  server.routes.clear();
  background = createBackground({ databaseName: `identity-test-${++databases}`, videoDatabaseName: `identity-videos-${databases}` });
  elixUrl = server.file('/elix/pack.json', pack('elix-sample', '1', TEN));
  await background.installPackFromUrl(elixUrl);
});

const add = (url: string, replace?: boolean) => background.handlers['sources.add'](replace === undefined ? { url } : { url, replace }, OPTIONS_PAGE);
const sources = async () => (await background.listSources()).map((s) => `${s.id}@${s.version} ${new URL(s.url).pathname}`);

async function expectElixAnswering(version = '1'): Promise<void> {
  expect(Object.keys((await background.dictionary.lookupWords(['chat', 'ville'])).results)).toEqual(['chat', 'ville']);
  expect(await sources()).toContain(`elix-sample@${version} /elix/pack.json`);
}

describe('a pack that claims an installed id', () => {
  it('is refused with a message naming the installed source, which keeps answering', async () => {
    const other = server.file('/other/pack.json', pack('elix-sample', '9', ['intrus']));
    const answer = await add(other);
    expect(answer).toEqual({
      conflict: {
        id: 'elix-sample',
        name: 'Pack elix-sample',
        url: elixUrl,
        message: `A dictionary called “elix-sample” is already installed: “Pack elix-sample”, from ${elixUrl}. Signet keeps it. To install this one in its place, choose Replace.`,
      },
    });
    await expectElixAnswering();
    expect((await background.dictionary.lookupWords(['intrus'])).results).toEqual({});
  });

  it('takes its place only when the reader chooses to replace it', async () => {
    const other = server.file('/other/pack.json', pack('elix-sample', '9', ['intrus']));
    expect(await add(other, true)).toMatchObject({ source: { id: 'elix-sample', version: '9', url: other } });
    expect(await sources()).toEqual(['elix-sample@9 /other/pack.json']);
    expect(Object.keys((await background.dictionary.lookupWords(['intrus', 'chat'])).results)).toEqual(['intrus']);
  });

  it('is the same source when it comes from the same address again', async () => {
    server.file('/elix/pack.json', pack('elix-sample', '2', [...TEN, 'soleil']));
    expect(await add(elixUrl)).toMatchObject({ source: { id: 'elix-sample', version: '2' } });
    await expectElixAnswering('2');
  });
});

describe('an update', () => {
  it('that serves another id is refused, and the source keeps answering with the message on it', async () => {
    server.file('/elix/pack.json', pack('elix-renamed', '2', TEN));
    await expect(background.updateSources('elix-sample')).rejects.toThrow('The dictionary at this address now calls itself “elix-renamed” instead of “elix-sample”');
    await expectElixAnswering();
    const [source] = await background.listSources();
    expect(source!.lastError).toMatch(/now calls itself “elix-renamed”/);
    expect(await sources()).toEqual(['elix-sample@1 /elix/pack.json']);
  });

  it('that serves the id of another installed source leaves that source as it was', async () => {
    const otherUrl = server.file('/other/pack.json', pack('other', '1', ['soleil']));
    await background.installPackFromUrl(otherUrl);
    server.file('/elix/pack.json', pack('other', '2', ['intrus']));
    await expect(background.updateSources('elix-sample')).rejects.toThrow(/now calls itself “other” instead of “elix-sample”/);
    expect(await sources()).toEqual(['elix-sample@1 /elix/pack.json', 'other@1 /other/pack.json']);
    expect(Object.keys((await background.dictionary.lookupWords(['soleil', 'intrus', 'chat'])).results)).toEqual(['soleil', 'chat']);
  });

  it('that removes more than half of the entries waits for the reader, the old version answering meanwhile', async () => {
    server.file('/elix/pack.json', pack('elix-sample', '2', TEN.slice(0, 4)));
    const [listed] = await background.updateSources('elix-sample');
    expect(listed).toMatchObject({ version: '1', entryCount: 10, heldUpdate: { version: '2', entryCount: 4 } });
    expect(listed!.lastError).toBeUndefined();
    await expectElixAnswering();

    // Asked again (the daily check), it is still held, not installed.
    await background.updateSources('elix-sample');
    await expectElixAnswering();

    const { source } = await background.handlers['sources.confirmUpdate']({ id: 'elix-sample', install: true }, OPTIONS_PAGE);
    expect(source).toMatchObject({ version: '2', entryCount: 4 });
    expect(source!.heldUpdate).toBeUndefined();
    expect(Object.keys((await background.dictionary.lookupWords(['chat', 'ville'])).results)).toEqual(['chat']);
  });

  it('held, then refused by the reader: forgotten, its parts deleted, the old version still answering', async () => {
    server.file('/elix/pack.json', pack('elix-sample', '2', TEN.slice(0, 3)));
    await background.updateSources('elix-sample');
    const stored = await background.store.storedPartIds('elix-sample');
    expect(stored.size).toBe(2);
    const { source } = await background.handlers['sources.confirmUpdate']({ id: 'elix-sample', install: false }, OPTIONS_PAGE);
    expect(source).toMatchObject({ version: '1', entryCount: 10 });
    expect(source!.heldUpdate).toBeUndefined();
    expect((await background.store.storedPartIds('elix-sample')).size).toBe(1);
    await expectElixAnswering();
  });

  it('that removes half of the entries or fewer installs at once', async () => {
    server.file('/elix/pack.json', pack('elix-sample', '2', TEN.slice(0, 5)));
    const [listed] = await background.updateSources('elix-sample');
    expect(listed).toMatchObject({ version: '2', entryCount: 5 });
    expect(listed!.heldUpdate).toBeUndefined();
  });
});

describe('built-in ids', () => {
  it.each(['lingualibre-fsl', 'lingualibre-ase', 'lingualibre-xyz'])('a pack calling itself %s is refused', async (id) => {
    const url = server.file(`/${id}/pack.json`, pack(id, '1', ['intrus']));
    await expect(add(url)).rejects.toThrow(`This pack calls itself “${id}”, a name kept for Signet’s built-in sources (Lingua Libre).`);
    expect(await sources()).toEqual(['elix-sample@1 /elix/pack.json']);
  });
});
