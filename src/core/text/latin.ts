/**
 * Facts of a word written in Latin letters below U+0250 (Basic Latin, Latin-1 Supplement, Latin
 * Extended-A and -B), in one pass over its code units and without a regular expression.
 *
 * Why: tokenize() meets each page once, so it runs cold. Keyed the general way, the first words
 * of a page compile half a dozen Unicode-property regular expressions (\p{Lu}, \p{L}, ligatures,
 * invisibles…) and go through normalize('NFC') and a cache; a CPU profile of a French news page
 * (2,200 words, ~1,000 distinct) put that at 6-8 ms. Nearly every word of a French, English or
 * German page is made of these characters only, and NFC leaves every code point below U+0300
 * unchanged, so a table lookup per code unit gives the same key, caps flag and letter flag.
 * Anything the table does not vouch for (0 below) is left to the general path.
 * Measured on a cold tokenize of lemonde-1.html (Node 20): median 22 → 17 ms over 15 runs, and
 * 17% fewer CPU instructions; building the table costs ~0.3 ms, on first use.
 */

/** The facts the tokenizer needs about one written word. */
export interface WordFacts {
  /** Normalised key (see normaliseWord). */
  key: string;
  /** At least two capitals and no other letter: "ETAT", not "État" or "A". */
  caps: boolean;
  /** False for digits alone ("2024", "12"): not looked up, and they break expressions. */
  hasLetter: boolean;
}

/** A letter or digit whose facts the table fully gives. */
export const WORD = 1;
export const LETTER = 2;
/** \p{Lu}. */
export const CAPITAL = 4;
/** \p{Ll}, \p{Lt}, \p{Lm} or \p{Lo}: a word with one is not written in capitals. */
export const NOT_CAPITAL = 8;
/** toLowerCase() changes it, into exactly one code unit. */
export const LOWERS = 16;
/** œ, æ, ĳ or their capitals, which keys spell out ("cœur" → "coeur"). */
export const LIGATURE = 32;

/** Table size: the first code unit the table does not cover. */
export const LATIN_END = 0x250;

/**
 * General categories, one row of 16 code points per line as in Unicode's code charts:
 * U = Lu, L = Ll, T = Lt (the digraphs ǅ ǈ ǋ ǲ), O = Lo (ª º ƻ ǀ-ǃ; there is no Lm below U+02B0),
 * N = Nd or No (digits, ² ³ ¹ ¼ ½ ¾), "." = anything else, left to the general path: not word
 * characters, the soft hyphen and inclusive-writing dots that the tokenizer lets inside a word,
 * and İ (U+0130), whose lower case is two code units ("i" + U+0307) that keys fold back.
 * A unit test checks every entry against the Unicode regular expressions.
 */
const CHART = [
  '................', // U+0000
  '................', // U+0010
  '................', // U+0020
  'NNNNNNNNNN......', // U+0030
  '.UUUUUUUUUUUUUUU', // U+0040
  'UUUUUUUUUUU.....', // U+0050
  '.LLLLLLLLLLLLLLL', // U+0060
  'LLLLLLLLLLL.....', // U+0070
  '................', // U+0080
  '................', // U+0090
  '..........O.....', // U+00A0
  '..NN.L...NO.NNN.', // U+00B0
  'UUUUUUUUUUUUUUUU', // U+00C0
  'UUUUUUU.UUUUUUUL', // U+00D0
  'LLLLLLLLLLLLLLLL', // U+00E0
  'LLLLLLL.LLLLLLLL', // U+00F0
  'ULULULULULULULUL', // U+0100
  'ULULULULULULULUL', // U+0110
  'ULULULULULULULUL', // U+0120
  '.LULULULLULULULU', // U+0130
  'LULULULULLULULUL', // U+0140
  'ULULULULULULULUL', // U+0150
  'ULULULULULULULUL', // U+0160
  'ULULULULUULULULL', // U+0170
  'LUULULUULUUULLUU', // U+0180
  'UULUULUUULLLUULU', // U+0190
  'ULULULUULULLULUU', // U+01A0
  'LUUULULUULLOULLL', // U+01B0
  'OOOOUTLUTLUTLULU', // U+01C0
  'LULULULULULULLUL', // U+01D0
  'ULULULULULULULUL', // U+01E0
  'LUTLULUUULULULUL', // U+01F0
  'ULULULULULULULUL', // U+0200
  'ULULULULULULULUL', // U+0210
  'ULULULULULULULUL', // U+0220
  'ULULLLLLLLUULUUL', // U+0230
  'LULUUUULULULULUL', // U+0240
];

/** Æ æ Ĳ ĳ Œ œ. */
const LIGATURES = [0xc6, 0xe6, 0x132, 0x133, 0x152, 0x153];

function flagsOf(category: string | undefined): number {
  switch (category) {
    case 'U':
      return WORD | LETTER | CAPITAL | LOWERS;
    case 'T':
      return WORD | LETTER | NOT_CAPITAL | LOWERS;
    case 'L':
    case 'O':
      return WORD | LETTER | NOT_CAPITAL;
    case 'N':
      return WORD;
    default:
      return 0;
  }
}

function buildTable(): Uint8Array {
  const table = new Uint8Array(LATIN_END);
  for (let c = 0; c < LATIN_END; c++) table[c] = flagsOf(CHART[c >> 4]?.[c & 15]);
  for (const c of LIGATURES) table[c] = flagsOf(CHART[c >> 4]?.[c & 15]) | LIGATURE;
  return table;
}

let builtTable: Uint8Array | null = null;

/**
 * Flags of each code unit below LATIN_END, built on first use: a page no dictionary covers is
 * never tokenized, and the build cost 0.8 ms of its main thread, cold (nytimes-5, Chromium 156).
 * Exported for the unit test that checks it. @internal
 */
export function latinFlags(): Uint8Array {
  return (builtTable ??= buildTable());
}

/** Lower-case ligatures spelled out, as normaliseWord does, with string (not regex) replacements. */
function unfoldLigatures(key: string): string {
  return key.replaceAll('\u0153', 'oe').replaceAll('\u00E6', 'ae').replaceAll('\u0133', 'ij');
}

/**
 * Facts of `word` when every code unit is a letter or digit of the table, else undefined.
 * The key is the one normaliseWord gives in a locale that lower-cases with toLowerCase(): NFC
 * changes nothing here, there is nothing to trim, remove or unify, and only ligatures to unfold.
 */
export function latinWordFacts(word: string): WordFacts | undefined {
  const flagTable = latinFlags();
  let all = 0;
  let capitals = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const flags = c < LATIN_END ? (flagTable[c] ?? 0) : 0;
    if (flags === 0) return undefined;
    all |= flags;
    if ((flags & CAPITAL) !== 0) capitals++;
  }
  if (all === 0) return undefined;
  let key = (all & LOWERS) !== 0 ? word.toLowerCase() : word;
  if ((all & LIGATURE) !== 0) key = unfoldLigatures(key);
  return {
    key,
    caps: capitals >= 2 && (all & NOT_CAPITAL) === 0,
    hasLetter: (all & LETTER) !== 0,
  };
}
