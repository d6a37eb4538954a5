import { describe, expect, it } from 'vitest';
import { csvField, missingWordsCsv, wordList } from '../../src/core/coverage/export';
import { headwordOf, pageCoverage } from '../../src/core/coverage/page';
import { siteCoverage } from '../../src/core/coverage/site';

describe('headwordOf', () => {
  it('names the headword of plurals and irregular forms, and leaves other words as written', () => {
    expect(headwordOf('chapeaux', 'fr')).toBe('chapeau');
    expect(headwordOf('animaux', 'fr')).toBe('animal');
    expect(headwordOf('lampes', 'fr')).toBe('lampe');
    expect(headwordOf('est', 'fr')).toBe('être');
    // Feminine and regular-verb rules guess wrong without a dictionary (lemonde-1): not used.
    expect(headwordOf('monde', 'fr')).toBe('monde');
    expect(headwordOf('renseignement', 'fr')).toBe('renseignement');
    expect(headwordOf('children', 'en')).toBe('child');
    expect(headwordOf('chapeaux', 'es')).toBe('chapeaux');
  });
});

describe('pageCoverage', () => {
  const counts = {
    words: 20,
    signedWords: 5,
    marks: 4,
    unsigned: [
      { key: 'lampes', count: 3 },
      { key: 'lampe', count: 1 },
      { key: 'de', count: 4 },
      { key: 'la', count: 2 },
      { key: 'vert', count: 1 },
      { key: '2024', count: 1 },
    ],
    signed: [
      { key: 'chapeau', tokens: 1, count: 3 },
      { key: 'réseau local', tokens: 2, count: 1 },
    ],
  };

  it('groups the forms of one word, counts function words apart and leaves numbers out', () => {
    const coverage = pageCoverage(counts, 'fr');
    expect(coverage).toEqual({
      words: 20,
      signedWords: 5,
      coverage: 0.25,
      marks: 4,
      expressions: [{ key: 'réseau local', count: 1 }],
      missing: [
        { word: 'lampe', count: 4, forms: ['lampes', 'lampe'] },
        { word: 'vert', count: 1, forms: ['vert'] },
      ],
      functionWords: { count: 6, distinct: 2 },
    });
  });

  it('gives a share of 0 for a page without words', () => {
    expect(pageCoverage({ words: 0, signedWords: 0, marks: 0, unsigned: [], signed: [] }, 'fr').coverage).toBe(0);
  });
});

describe('siteCoverage', () => {
  it('sums the pages and merges their missing words with the pages they occur on', () => {
    const a = pageCoverage(
      {
        words: 10,
        signedWords: 2,
        marks: 2,
        unsigned: [
          { key: 'lampes', count: 2 },
          { key: 'vert', count: 1 },
        ],
        signed: [],
      },
      'fr',
    );
    const b = pageCoverage(
      {
        words: 30,
        signedWords: 8,
        marks: 6,
        unsigned: [
          { key: 'lampe', count: 1 },
          { key: 'porte', count: 5 },
        ],
        signed: [],
      },
      'fr',
    );
    expect(
      siteCoverage([
        { url: 'https://x/a', coverage: a },
        { url: 'https://x/b', coverage: b },
      ]),
    ).toEqual({
      pages: 2,
      words: 40,
      signedWords: 10,
      coverage: 0.25,
      marks: 8,
      missing: [
        { word: 'porte', count: 5, forms: ['porte'], pages: ['https://x/b'] },
        { word: 'lampe', count: 3, forms: ['lampes', 'lampe'], pages: ['https://x/a', 'https://x/b'] },
        { word: 'vert', count: 1, forms: ['vert'], pages: ['https://x/a'] },
      ],
    });
  });
});

describe('exports', () => {
  it('quotes CSV fields that need it and writes the word list one word a line', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe('');
    const missing = [{ word: 'lampe', count: 2, forms: ['lampe', 'lampes'] }];
    expect(missingWordsCsv(missing)).toBe('word,count,forms\r\nlampe,2,lampe lampes\r\n');
    expect(wordList(missing)).toBe('lampe\n');
    expect(wordList([])).toBe('');
  });
});
