import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../src/core/text/tokenize';

/** [start, end, key, joined]: caps has its own table below, to keep these rows readable. */
type Row = [number, number, string, boolean];
const rows = (tokens: Token[]): Row[] => tokens.map((t) => [t.start, t.end, t.key, t.joined]);

describe('tokenize: words, offsets and joins', () => {
  it.each<[string, Row[]]>([
    ['', []],
    ['   \n ', []],
    ['chapeau', [[0, 7, 'chapeau', false]]],
    ['  Château ', [[2, 9, 'château', false]]],
    [
      'un réseau local.',
      [
        [0, 2, 'un', false],
        [3, 9, 'réseau', true],
        [10, 15, 'local', true],
      ],
    ],
    // inline elements concatenated by the scanner: line breaks and runs of spaces still join
    [
      'réseau\nlocal',
      [
        [0, 6, 'réseau', false],
        [7, 12, 'local', true],
      ],
    ],
    [
      'réseau \n\t  local',
      [
        [0, 6, 'réseau', false],
        [11, 16, 'local', true],
      ],
    ],
    [
      'réseau, local',
      [
        [0, 6, 'réseau', false],
        [8, 13, 'local', false],
      ],
    ],
    [
      'réseau. Local',
      [
        [0, 6, 'réseau', false],
        [8, 13, 'local', false],
      ],
    ],
    [
      'réseau/local',
      [
        [0, 6, 'réseau', false],
        [7, 12, 'local', false],
      ],
    ],
    [
      '(réseau) local',
      [
        [1, 7, 'réseau', false],
        [9, 14, 'local', false],
      ],
    ],
    [
      'réseau 3 local',
      [
        [0, 6, 'réseau', false],
        [9, 14, 'local', false],
      ],
    ],
    [
      'réseau - local',
      [
        [0, 6, 'réseau', false],
        [9, 14, 'local', false],
      ],
    ],
    [
      'chauve-souris',
      [
        [0, 6, 'chauve', false],
        [7, 13, 'souris', true],
      ],
    ],
    [
      'chauve‐souris',
      [
        [0, 6, 'chauve', false],
        [7, 13, 'souris', true],
      ],
    ],
    [
      'chauve–souris',
      [
        [0, 6, 'chauve', false],
        [7, 13, 'souris', true],
      ],
    ],
    [
      'chauve--souris',
      [
        [0, 6, 'chauve', false],
        [8, 14, 'souris', false],
      ],
    ],
    // French elision, typographic and ASCII apostrophes
    [
      'l’achat',
      [
        [0, 1, 'l', false],
        [2, 7, 'achat', true],
      ],
    ],
    [
      "d'appétit",
      [
        [0, 1, 'd', false],
        [2, 9, 'appétit', true],
      ],
    ],
    [
      'qu’un',
      [
        [0, 2, 'qu', false],
        [3, 5, 'un', true],
      ],
    ],
    [
      'jusqu’au',
      [
        [0, 5, 'jusqu', false],
        [6, 8, 'au', true],
      ],
    ],
    [
      'lorsqu’il',
      [
        [0, 6, 'lorsqu', false],
        [7, 9, 'il', true],
      ],
    ],
    [
      'puisqu’elle',
      [
        [0, 6, 'puisqu', false],
        [7, 11, 'elle', true],
      ],
    ],
    [
      'aujourdʼhui',
      [
        [0, 7, 'aujourd', false],
        [8, 11, 'hui', true],
      ],
    ],
    [
      'L’Achat',
      [
        [0, 1, 'l', false],
        [2, 7, 'achat', true],
      ],
    ],
    // NBSP, narrow NBSP and thin space before ; : ! ? belong to the sentence, not to a word
    [
      'Quel chapeau\u00A0!',
      [
        [0, 4, 'quel', false],
        [5, 12, 'chapeau', true],
      ],
    ],
    [
      'chapeau\u202F; cloche',
      [
        [0, 7, 'chapeau', false],
        [10, 16, 'cloche', false],
      ],
    ],
    [
      'réseau\u00A0local',
      [
        [0, 6, 'réseau', false],
        [7, 12, 'local', true],
      ],
    ],
    [
      'réseau\u202Flocal',
      [
        [0, 6, 'réseau', false],
        [7, 12, 'local', true],
      ],
    ],
    [
      'réseau\u2009local',
      [
        [0, 6, 'réseau', false],
        [7, 12, 'local', true],
      ],
    ],
    // invisible characters inside a word
    ['cha\u00ADpeau', [[0, 8, 'chapeau', false]]],
    ['cha\u200Bpe\u200Dau', [[0, 9, 'chapeau', false]]],
    [
      'un cha\u00ADpeau\u00AD',
      [
        [0, 2, 'un', false],
        [3, 11, 'chapeau', true],
      ],
    ],
    // accents, NFD, ligatures: offsets are the written ones, keys are normalised
    ['cha\u0302teau', [[0, 8, 'château', false]]],
    [
      'un cœur',
      [
        [0, 2, 'un', false],
        [3, 7, 'coeur', true],
      ],
    ],
    ['\uFB01n', [[0, 2, 'fin', false]]],
    [
      'dé de',
      [
        [0, 2, 'dé', false],
        [3, 5, 'de', true],
      ],
    ],
    // digits: words with letters are kept, numbers alone are separators
    [
      'le 2e chapeau',
      [
        [0, 2, 'le', false],
        [3, 5, '2e', true],
        [6, 13, 'chapeau', true],
      ],
    ],
    ['1 - 3 of 18', [[6, 8, 'of', false]]],
    ['mp3', [[0, 3, 'mp3', false]]],
    // inclusive writing stays one token
    ['entrepreneur·e·s', [[0, 16, 'entrepreneur·e·s', false]]],
    ['entrepreneur.e.s', [[0, 16, 'entrepreneur·e·s', false]]],
    [
      'les salarié·es',
      [
        [0, 3, 'les', false],
        [4, 14, 'salarié·es', true],
      ],
    ],
    ['étudiant·e', [[0, 10, 'étudiant·e', false]]],
    ['acteur·rice·s', [[0, 13, 'acteur·rice·s', false]]],
    ['Salarié•e•s,', [[0, 11, 'salarié·e·s', false]]],
    ['citoyen⋅ne', [[0, 10, 'citoyen·ne', false]]],
    [
      'la fin.Et',
      [
        [0, 2, 'la', false],
        [3, 6, 'fin', true],
        [7, 9, 'et', false],
      ],
    ],
    [
      'fin. e',
      [
        [0, 3, 'fin', false],
        [5, 6, 'e', false],
      ],
    ],
    [
      'fin.eux',
      [
        [0, 3, 'fin', false],
        [4, 7, 'eux', false],
      ],
    ],
    [
      'i.e. oui',
      [
        [0, 1, 'i', false],
        [2, 3, 'e', false],
        [5, 8, 'oui', false],
      ],
    ],
    // UTF-16 offsets around astral characters
    ['😀 chapeau', [[3, 10, 'chapeau', false]]],
  ])('%j', (text, expected) => {
    expect(rows(tokenize(text))).toEqual(expected);
  });
});

describe('tokenize: caps', () => {
  it.each<[string, boolean[]]>([
    ['ETAT', [true]],
    ['CHÂTEAU', [true]],
    ['État', [false]],
    ['A', [false]],
    ['À LA SAINT GLINGLIN', [false, true, true, true]],
    ['CŒUR', [true]],
    ['L’ÉTAT', [false, true]],
    ['MP3', [true]],
    ['iPhone', [false]],
  ])('%j → %j', (text, caps) => {
    expect(tokenize(text).map((t) => t.caps)).toEqual(caps);
  });
});

describe('tokenize: locale and cache', () => {
  it('lower-cases with the given locale', () => {
    expect(tokenize('ISPARTA', 'tr').map((t) => t.key)).toEqual(['ısparta']);
    expect(tokenize('ISPARTA', 'fr').map((t) => t.key)).toEqual(['isparta']);
  });

  it('gives the same tokens on a second run (cached keys)', () => {
    const text = 'Le chapeau du CHAPEAU, un cha\u00ADpeau.';
    const first = tokenize(text);
    expect(tokenize(text)).toEqual(first);
    expect(first.map((t) => t.key)).toEqual(['le', 'chapeau', 'du', 'chapeau', 'un', 'chapeau']);
  });

  it('keeps the cache bounded without losing keys', () => {
    // Cyrillic words: Latin ones take the uncached fast path and would never fill the cache.
    const words = Array.from({ length: 60_000 }, (_, i) => `слово${i.toString(36)}`);
    const tokens = tokenize(words.join(' '));
    expect(tokens).toHaveLength(60_000);
    expect(tokens[59_999]?.key).toBe(words[59_999]);
    expect(tokenize('Chapeau')[0]?.key).toBe('chapeau');
  });
});
