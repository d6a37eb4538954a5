import { describe, expect, it } from 'vitest';
import type { Continuation, WordInfo } from '../../src/common/messages';
import { findMatches } from '../../src/core/match';
import { formTokens, phraseKey } from '../../src/core/text/normalise';
import { tokenize, type Token } from '../../src/core/text/tokenize';

/**
 * A small stand-in for the background: forms from the Elix list (plus a few made-up expressions
 * and homographs), and a lemma table standing in for deinflection ("locaux" → "local").
 */
const FORMS = [
  'chapeau',
  'château',
  'chauve-souris',
  'réseau local',
  'réseau',
  'à la saint glinglin',
  'dé',
  'achat',
  'appétit',
  'couche',
  'cour',
  'course',
  'souris',
  'local',
  'réseau local sans fil',
  'coup',
  'coup de main',
  'coup de foudre',
  'aujourd’hui',
];
const LEMMAS: Record<string, string[]> = {
  locaux: ['local'],
  réseaux: ['réseau'],
  chapeaux: ['chapeau'],
  couches: ['couche'],
  cours: ['cour', 'course'], // homograph by deinflection: two keys
  coups: ['coup'],
};

function makeInfo(forms: readonly string[], lemmas: Record<string, string[]>): (token: Token) => WordInfo | undefined {
  const singles = new Set<string>();
  const expressions: string[][] = [];
  for (const form of forms) {
    const keys = formTokens(form);
    if (keys.length === 1) singles.add(keys[0] as string);
    else expressions.push(keys);
  }
  const insideExpressions = new Set(expressions.flatMap((keys) => keys.slice(1)));
  return (token) => {
    const candidates = [token.key, ...(lemmas[token.key] ?? [])];
    const keys = candidates.filter((key) => singles.has(key));
    const continuations: Continuation[] = expressions
      .filter((keys) => candidates.includes(keys[0] as string))
      .map((keys) => ({ rest: keys.slice(1), key: phraseKey(keys) }))
      .sort((a, b) => b.rest.length - a.rest.length);
    const alts = (lemmas[token.key] ?? []).filter((key) => insideExpressions.has(key));
    if (keys.length === 0 && continuations.length === 0 && alts.length === 0) return undefined;
    return { keys, continuations, alts };
  };
}

const info = makeInfo(FORMS, LEMMAS);

/** [matched text, keys] for each match, the most readable exact description of the output. */
function matched(text: string, lookup = info): [string, string[]][] {
  return findMatches(tokenize(text), lookup).map((m) => [text.slice(m.start, m.end), m.keys]);
}

describe('findMatches against a small dictionary', () => {
  it.each<[string, [string, string[]][]]>([
    ['', []],
    ['rien ici', []],
    ['un chapeau', [['chapeau', ['chapeau']]]],
    ['Un CHAPEAU rouge', [['CHAPEAU', ['chapeau']]]],
    ['des chapeaux', [['chapeaux', ['chapeau']]]],
    ['un cha\u00ADpeau', [['cha\u00ADpeau', ['chapeau']]]],
    // the longest expression wins
    ['un réseau local.', [['réseau local', ['réseau local']]]],
    ['un réseau local sans fil', [['réseau local sans fil', ['réseau local sans fil']]]],
    ['un réseau local sans', [['réseau local', ['réseau local']]]],
    ['réseau\nlocal', [['réseau\nlocal', ['réseau local']]]],
    ['réseau\u00A0local', [['réseau\u00A0local', ['réseau local']]]],
    ['un réseau', [['réseau', ['réseau']]]],
    // no expression across punctuation: each word alone
    [
      'réseau, local',
      [
        ['réseau', ['réseau']],
        ['local', ['local']],
      ],
    ],
    [
      'réseau. Local',
      [
        ['réseau', ['réseau']],
        ['Local', ['local']],
      ],
    ],
    [
      'réseau 3 local',
      [
        ['réseau', ['réseau']],
        ['local', ['local']],
      ],
    ],
    // inflected forms continue an expression through alts
    ['des réseaux locaux', [['réseaux locaux', ['réseau local']]]],
    [
      'des réseaux, locaux',
      [
        ['réseaux', ['réseau']],
        ['locaux', ['local']],
      ],
    ],
    // hyphens, apostrophes, NBSP
    ['une chauve-souris', [['chauve-souris', ['chauve souris']]]],
    ['une chauve‐souris', [['chauve‐souris', ['chauve souris']]]],
    ['une chauve souris', [['chauve souris', ['chauve souris']]]],
    ['la souris', [['souris', ['souris']]]],
    ['chauve, souris', [['souris', ['souris']]]],
    ['aujourd’hui', [['aujourd’hui', ['aujourd hui']]]],
    ["aujourd'hui", [["aujourd'hui", ['aujourd hui']]]],
    [
      'l’achat d’appétit',
      [
        ['achat', ['achat']],
        ['appétit', ['appétit']],
      ],
    ],
    ['Quel chapeau\u00A0!', [['chapeau', ['chapeau']]]],
    // a four-word expression, and its broken forms
    ['à la saint glinglin', [['à la saint glinglin', ['à la saint glinglin']]]],
    ['À la Saint-Glinglin !', [['À la Saint-Glinglin', ['à la saint glinglin']]]],
    ['à la saint, glinglin', []],
    // "dé" (a die) is not the preposition "de"
    ['le dé de Paul', [['dé', ['dé']]]],
    // homographs: two keys, exact spelling order kept
    ['les cours', [['cours', ['cour', 'course']]]],
    // expressions sharing a first word: longest that fits, else the word
    ['un coup de main', [['coup de main', ['coup de main']]]],
    ['un coup de foudre', [['coup de foudre', ['coup de foudre']]]],
    ['un coup de pied', [['coup', ['coup']]]],
    ['des coups de main', [['coups de main', ['coup de main']]]],
    // no overlaps, left to right
    [
      'réseau local réseau',
      [
        ['réseau local', ['réseau local']],
        ['réseau', ['réseau']],
      ],
    ],
    [
      'chapeau château chapeau',
      [
        ['chapeau', ['chapeau']],
        ['château', ['château']],
        ['chapeau', ['chapeau']],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(matched(text)).toEqual(expected);
  });
});

describe('findMatches: offsets and token indices', () => {
  it('reports the first token start, last token end and token range', () => {
    const text = 'Un réseau local, un chapeau.';
    expect(findMatches(tokenize(text), info)).toEqual([
      { start: 3, end: 15, tokenStart: 1, tokenEnd: 3, keys: ['réseau local'] },
      { start: 20, end: 27, tokenStart: 4, tokenEnd: 5, keys: ['chapeau'] },
    ]);
  });
});

describe('findMatches with hand-written answers', () => {
  const token = (key: string, joined: boolean, start = 0): Token => ({ start, end: start + key.length, key, joined, caps: false });

  it.each<[string, Token[], Record<string, WordInfo>, [number, number, string[]][]]>([
    [
      'homographous expressions of the same length give all their keys',
      [token('avocat', false, 0), token('général', true, 7)],
      {
        avocat: {
          keys: ['avocat'],
          continuations: [
            { rest: ['général'], key: 'avocat général' },
            { rest: ['général'], key: 'avocat général (droit)' },
          ],
          alts: [],
        },
      },
      [[0, 2, ['avocat général', 'avocat général (droit)']]],
    ],
    [
      'a shorter continuation listed first still loses to a longer one that matches',
      [token('coup', false, 0), token('de', true, 5), token('main', true, 8)],
      {
        coup: {
          keys: ['coup'],
          continuations: [
            { rest: ['de'], key: 'coup de' },
            { rest: ['de', 'main'], key: 'coup de main' },
          ],
          alts: [],
        },
      },
      [[0, 3, ['coup de main']]],
    ],
    [
      'a word with only continuations and no keys is not matched alone',
      [token('saint', false, 0), token('nectaire', false, 6)],
      { saint: { keys: [], continuations: [{ rest: ['nectaire'], key: 'saint nectaire' }], alts: [] } },
      [],
    ],
    [
      'the next token continues through its alts, not through its keys',
      [token('réseaux', false, 0), token('locales', true, 8)],
      {
        réseaux: { keys: ['réseau'], continuations: [{ rest: ['local'], key: 'réseau local' }], alts: ['réseau'] },
        locales: { keys: ['locale'], continuations: [], alts: ['local'] },
      },
      [[0, 2, ['réseau local']]],
    ],
    [
      'a continuation running past the last token does not match',
      [token('réseau', false, 0)],
      { réseau: { keys: ['réseau'], continuations: [{ rest: ['local'], key: 'réseau local' }], alts: [] } },
      [[0, 1, ['réseau']]],
    ],
  ])('%s', (_name, tokens, answers, expected) => {
    const matches = findMatches(tokens, (t) => answers[t.key]);
    expect(matches.map((m) => [m.tokenStart, m.tokenEnd, m.keys])).toEqual(expected);
  });
});
