import { describe, expect, it } from 'vitest';
import { readRecordsAnswer } from '../../src/core/lingualibre/answer';
import { COMMONS_ENDPOINTS, fileNameFromFilePath, filePageUrl, hashPath, playableUrl, transcodeUrl } from '../../src/core/lingualibre/commons';
import { recordsToEntries } from '../../src/core/lingualibre/entries';
import { linguaLibreLanguage } from '../../src/core/lingualibre/languages';
import { buildQueryUrl, buildRecordsQuery, MAX_RECORDS } from '../../src/core/lingualibre/query';

const FILE_PATH = 'http://commons.wikimedia.org/wiki/Special:FilePath/';

function binding(word: unknown, file: unknown, speaker?: unknown) {
  const b: Record<string, unknown> = {
    word: { type: 'literal', value: word, 'xml:lang': 'fr' },
    filename: { type: 'uri', value: typeof file === 'string' ? FILE_PATH + file : file },
  };
  if (speaker !== undefined) b.speaker = { type: 'literal', value: speaker };
  return b;
}

function answer(...bindings: unknown[]) {
  return { head: { vars: ['word', 'filename', 'speaker'] }, results: { bindings } };
}

describe('the SPARQL query', () => {
  it('asks for the records of one language, with word, file and speaker', () => {
    const query = buildRecordsQuery(linguaLibreLanguage('fsl')!);
    expect(query).toContain('prop:P2 entity:Q2');
    expect(query).toContain('prop:P4 entity:Q99628');
    expect(query).toMatch(/prop:P7 \?word/);
    expect(query).toMatch(/prop:P3 \?filename/);
    expect(query).toMatch(/prop:P5 \?speakerItem/);
    expect(query).toContain(`LIMIT ${MAX_RECORDS + 1}`);
  });

  it('refuses an item id that is not one, so nothing can be injected into the query', () => {
    expect(() => buildRecordsQuery({ item: 'Q1 } ; DROP ALL' })).toThrow();
  });

  it('is sent as GET ?query=…&format=json', () => {
    const url = new URL(buildQueryUrl('https://lingualibre.org/bigdata/namespace/wdq/sparql', 'SELECT * WHERE {}'));
    expect(url.origin + url.pathname).toBe('https://lingualibre.org/bigdata/namespace/wdq/sparql');
    expect(url.searchParams.get('query')).toBe('SELECT * WHERE {}');
    expect(url.searchParams.get('format')).toBe('json');
  });
});

describe('Commons URLs', () => {
  it('reads the file name of a FilePath URI, spaces as "_", percent-escapes decoded', () => {
    expect(fileNameFromFilePath(`${FILE_PATH}LL-Q99628%20(fsl)-Foo-chat.webm`)).toBe('LL-Q99628_(fsl)-Foo-chat.webm');
    expect(fileNameFromFilePath('https://commons.wikimedia.org/wiki/Special:FilePath/Appétit_Nm_1_1_1_-_Elix.ogv')).toBe('Appétit_Nm_1_1_1_-_Elix.ogv');
  });

  it.each([
    ['another host', 'https://evil.example/wiki/Special:FilePath/Chat.webm'],
    ['not a video', `${FILE_PATH}Chat.jpg`],
    ['a path in the name', `${FILE_PATH}..%2F..%2Fsecret.webm`],
    ['a javascript: URI', 'javascript:alert(1)//Chat.webm'],
    ['a broken escape', `${FILE_PATH}Chat%E9.webm`],
    ['a control character', `${FILE_PATH}Ch%0Aat.webm`],
  ])('refuses %s', (_what, uri) => {
    expect(fileNameFromFilePath(uri)).toBeNull();
  });

  it('puts the transcode under the md5 folders of the name, as upload.wikimedia.org does', () => {
    // Commons' own example: https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg
    expect(hashPath('Example.jpg')).toBe('a/a9');
    // md5("Achat_Nm_1_1_1_-_Elix.ogv") = 75b01460…
    expect(transcodeUrl('Achat_Nm_1_1_1_-_Elix.ogv')).toBe('https://upload.wikimedia.org/wikipedia/commons/transcoded/7/75/Achat_Nm_1_1_1_-_Elix.ogv/Achat_Nm_1_1_1_-_Elix.ogv.480p.vp9.webm');
    expect(hashPath('With space.ogv')).toBe(hashPath('With_space.ogv'));
  });

  it('plays a .webm original through FilePath and an .ogv through its WebM transcode', () => {
    expect(playableUrl('Chat.webm')).toBe('https://commons.wikimedia.org/wiki/Special:FilePath/Chat.webm');
    expect(playableUrl('Chat.ogv')).toMatch(/\/transcoded\/.+\/Chat\.ogv\/Chat\.ogv\.480p\.vp9\.webm$/);
    expect(filePageUrl('Appétit.ogv')).toBe('https://commons.wikimedia.org/wiki/File:App%C3%A9tit.ogv');
  });

  it('uses the configured bases (a local stand-in in tests)', () => {
    const local = { filePath: 'http://127.0.0.1:9/fp/', transcoded: 'http://127.0.0.1:9/tc/', filePage: 'http://127.0.0.1:9/File:' };
    expect(playableUrl('Chat.ogv', local)).toMatch(/^http:\/\/127\.0\.0\.1:9\/tc\/[0-9a-f]\/[0-9a-f]{2}\/Chat\.ogv\//);
    expect(COMMONS_ENDPOINTS.filePath).toBe('https://commons.wikimedia.org/wiki/Special:FilePath/');
  });
});

describe('reading an answer', () => {
  it('keeps word, file and speaker of each good binding', () => {
    const result = readRecordsAnswer(answer(binding(' chat ', 'Chat.ogv', 'Marie'), binding('réseau  local', 'Reseau.webm')));
    expect(result).toEqual({
      ok: true,
      skipped: 0,
      records: [
        { word: 'chat', file: 'Chat.ogv', speaker: 'Marie' },
        { word: 'réseau local', file: 'Reseau.webm' },
      ],
    });
  });

  it('leaves out bad bindings and counts them', () => {
    const result = readRecordsAnswer(
      answer(
        binding('chat', 'Chat.ogv'),
        binding(42, 'Num.ogv'),
        binding('', 'Empty.ogv'),
        binding('bad\u0007word', 'Bell.ogv'),
        binding('x'.repeat(201), 'Long.ogv'),
        binding('chien', 'https://evil.example/x.webm'),
        { word: { type: 'uri', value: 'chat' }, filename: { type: 'uri', value: `${FILE_PATH}C.ogv` } },
        'not an object',
        binding('<script>alert(1)</script>', 'Script.ogv', { not: 'text' }),
      ),
    );
    expect(result.ok && result.records).toEqual([
      { word: 'chat', file: 'Chat.ogv' },
      // Markup in a word is only text: kept, and always shown as text.
      { word: '<script>alert(1)</script>', file: 'Script.ogv' },
    ]);
    expect(result.ok && result.skipped).toBe(7);
  });

  it.each([
    ['not an object', []],
    ['no results', { head: {} }],
    ['bindings not a list', { results: { bindings: {} } }],
    ['no records', answer()],
    ['no usable record', answer(binding(1, 'x.ogv'))],
    ['too many records', answer(...Array.from({ length: MAX_RECORDS + 1 }, () => ({})))],
  ])('refuses an answer with %s', (_what, json) => {
    expect(readRecordsAnswer(json).ok).toBe(false);
  });
});

describe('records to entries', () => {
  it('groups recordings of one word into one entry, each video credited and linked', () => {
    const entries = recordsToEntries(
      [
        { word: 'chat', file: 'Chat_1.ogv', speaker: 'Marie' },
        { word: 'chien', file: 'Chien.webm' },
        { word: 'chat', file: 'Chat_2.webm', speaker: 'Paul' },
        { word: 'chat', file: 'Chat_2.webm', speaker: 'Paul D.' },
      ],
      COMMONS_ENDPOINTS,
    );
    expect(entries.map((e) => [e.forms, e.videos.map((v) => v.signer ?? '')])).toEqual([
      [['chat'], ['Marie', 'Paul']],
      [['chien'], ['']],
    ]);
    expect(entries[0]!.videos[0]).toMatchObject({ type: 'video/webm', page: 'https://commons.wikimedia.org/wiki/File:Chat_1.ogv' });
    expect(entries[0]!.id).toMatch(/^ll-[0-9a-f]{16}$/);
    // Stable across syncs.
    expect(recordsToEntries([{ word: 'chat', file: 'Other.ogv' }], COMMONS_ENDPOINTS)[0]!.id).toBe(entries[0]!.id);
  });
});
