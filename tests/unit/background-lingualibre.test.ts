/**
 * The Lingua Libre source in the background, against a stand-in of the SPARQL endpoint on
 * 127.0.0.1: first read, credits, an unchanged answer, and bad answers that keep the signs of before.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBackground, type Background } from '../../src/background/services';
import { setLinguaLibreEndpoints } from '../../src/background/lingualibre';
import { HttpFixture } from './support/http-fixture';

const FILE_PATH = 'http://commons.wikimedia.org/wiki/Special:FilePath/';

function answer(records: Array<[string, string, string?]>) {
  return {
    head: { vars: ['word', 'filename', 'speaker'] },
    results: {
      bindings: records.map(([word, file, speaker]) => ({
        word: { type: 'literal', value: word },
        filename: { type: 'uri', value: FILE_PATH + encodeURIComponent(file) },
        ...(speaker ? { speaker: { type: 'literal', value: speaker } } : {}),
      })),
    },
  };
}

let server: HttpFixture;
let background: Background;
let databases = 0;
let queries: URLSearchParams[];

function answerWith(body: unknown, type = 'application/sparql-results+json'): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  server.routes.set('/sparql', (request, response) => {
    queries.push(new URL(request.url!, 'http://x').searchParams);
    response.writeHead(200, { 'Content-Type': type }).end(text);
  });
}

beforeAll(async () => {
  server = await new HttpFixture().start();
});
afterAll(() => server.stop());
beforeEach(async () => {
  server.routes.clear();
  queries = [];
  background = createBackground({ databaseName: `lingualibre-test-${++databases}`, timeoutMs: 2_000 });
  await setLinguaLibreEndpoints(background.store, {
    sparql: `${server.origin}/sparql`,
    filePath: `${server.origin}/wiki/Special:FilePath/`,
    transcoded: `${server.origin}/transcoded/`,
    filePage: `${server.origin}/wiki/File:`,
  });
});

describe('Lingua Libre', () => {
  it('reads the LSF records into a source whose videos keep their speaker and Commons page', async () => {
    answerWith(
      answer([
        ['chat', 'LL-Q99628 (fsl)-Marie-chat.webm', 'Marie'],
        ['chat', 'Chat_Nm_1_1_1_-_Elix.ogv'],
        ['bonjour', 'Bonjour.ogv', 'Paul'],
      ]),
    );
    const source = await background.addLinguaLibre('fsl');
    expect(source).toMatchObject({ id: 'lingualibre-fsl', kind: 'lingualibre', name: 'Lingua Libre (LSF)', signLanguage: 'fsl', spokenLanguage: 'fr', entryCount: 2, enabled: true });
    expect(queries[0]!.get('format')).toBe('json');
    expect(queries[0]!.get('query')).toContain('entity:Q99628');

    const [chat] = await background.dictionary.getEntries(['chat'], 'fr');
    expect(chat!.credit).toMatchObject({ sourceId: 'lingualibre-fsl', attribution: 'Lingua Libre – Wikimedia Commons' });
    expect(chat!.videos).toEqual([
      expect.objectContaining({ url: `${server.origin}/wiki/Special:FilePath/LL-Q99628_(fsl)-Marie-chat.webm`, signer: 'Marie', page: `${server.origin}/wiki/File:LL-Q99628_(fsl)-Marie-chat.webm` }),
      expect.objectContaining({
        url: expect.stringMatching(new RegExp(`^${server.origin}/transcoded/[0-9a-f]/[0-9a-f]{2}/Chat_Nm_1_1_1_-_Elix\\.ogv/Chat_Nm_1_1_1_-_Elix\\.ogv\\.480p\\.vp9\\.webm$`)),
      }),
    ]);
  });

  it('does not switch anything when the answer did not change', async () => {
    answerWith(answer([['chat', 'Chat.ogv']]));
    const first = await background.addLinguaLibre('fsl');
    const generation = (await background.store.getSource('lingualibre-fsl'))!.generation;
    const [after] = await background.updateSources('lingualibre-fsl');
    expect((await background.store.getSource('lingualibre-fsl'))!.generation).toBe(generation);
    expect(after!.checkedAt).toBeGreaterThanOrEqual(first.checkedAt!);
  });

  it.each([
    ['not JSON', '<html>maintenance</html>', /not JSON/],
    ['JSON of another shape', { error: 'timeout' }, /not SPARQL JSON results/],
    [
      'no usable record',
      answer([
        ['', 'Chat.ogv'],
        ['chien', 'Chien.jpg'],
      ]),
      /none of the records/,
    ],
  ])('keeps the signs of before when the answer is %s', async (_what, bad, message) => {
    answerWith(answer([['chat', 'Chat.ogv']]));
    await background.addLinguaLibre('fsl');
    answerWith(bad);
    await expect(background.updateSources('lingualibre-fsl')).rejects.toThrow(message);
    expect(Object.keys((await background.dictionary.lookupWords(['chat'], [], 'fr')).results)).toEqual(['chat']);
    const [view] = await background.listSources();
    expect(view!.lastError).toMatch(message);
  });

  it('holds an answer with fewer than half of the records until the reader confirms it', async () => {
    answerWith(
      answer([
        ['chat', 'Chat.ogv'],
        ['chien', 'Chien.ogv'],
        ['maison', 'Maison.ogv'],
      ]),
    );
    await background.addLinguaLibre('fsl');
    answerWith(answer([['chat', 'Chat.ogv']]));
    const [held] = await background.updateSources('lingualibre-fsl');
    expect(held).toMatchObject({ entryCount: 3, heldUpdate: { entryCount: 1 } });
    expect(Object.keys((await background.dictionary.lookupWords(['chat', 'chien'], [], 'fr')).results)).toEqual(['chat', 'chien']);
    await background.store.confirmUpdate('lingualibre-fsl');
    expect(Object.keys((await background.dictionary.lookupWords(['chat', 'chien'], [], 'fr')).results)).toEqual(['chat']);
  });

  it('stays listed, with its error, when Lingua Libre cannot be reached; a later read fills it', async () => {
    server.routes.set('/sparql', (_q, r) => r.writeHead(503).end());
    expect(await background.addLinguaLibre('fsl')).toMatchObject({
      id: 'lingualibre-fsl',
      entryCount: 0,
      lastError: expect.stringMatching(/^Lingua Libre could not be reached: The server had a problem \(HTTP 503\)/),
    });
    expect((await background.listSources())[0]).toMatchObject({ id: 'lingualibre-fsl', entryCount: 0, lastError: expect.stringMatching(/HTTP 503/) });
    answerWith(answer([['chat', 'Chat.ogv']]));
    const [view] = await background.updateSources();
    expect(view).toMatchObject({ entryCount: 1 });
    expect(view!.lastError).toBeUndefined();
  });

  it('counts the records it had to leave out', async () => {
    answerWith(
      answer([
        ['chat', 'Chat.ogv'],
        ['bad\u0000', 'Bad.ogv'],
        ['x', 'Not-a-video.png'],
      ]),
    );
    expect(await background.addLinguaLibre('fsl')).toMatchObject({ entryCount: 1, skipped: 2 });
  });

  it('refuses sign languages it does not know, and endpoints that are not web addresses', async () => {
    await expect(background.addLinguaLibre('xyz')).rejects.toThrow(/no sign language/);
    await expect(setLinguaLibreEndpoints(background.store, { sparql: 'javascript:alert(1)' })).rejects.toThrow();
  });
});
