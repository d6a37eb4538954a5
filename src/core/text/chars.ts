/**
 * Character classes shared by normaliseWord and tokenize, so that a dictionary form and the same
 * text on a page always give the same keys. Classes are kept as strings to be spliced into
 * regular expressions, plus char-code predicates for the tokenizer's hot loop.
 */

/** Letters, combining marks (NFD accents, "e\u0301") and digits: the stuff words are made of. */
export const WORD_CHARS = '\\p{L}\\p{M}\\p{N}';

/**
 * Invisible characters that pages put inside words: soft hyphen (hyphenation hints in
 * Wikipedia's long words), zero-width space / non-joiner / joiner, word joiner, and a stray
 * BOM left by concatenated files. They never split a word and never reach a key.
 */
export const INVISIBLES = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF';

/** Typographic apostrophe variants; every one becomes "'" in keys. ASCII "'" is listed too. */
export const APOSTROPHES = "'\\u2019\\u02BC\\u2018\\u201B\\u2032\\uFF07";

/**
 * Hyphen and dash variants that join the halves of a compound ("chauve‐souris" typed with
 * U+2010, or with an en dash by a word processor); in keys they become "-".
 */
export const HYPHENS = '\\-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212\\u2043\\uFE63\\uFF0D';

/**
 * Separators of French inclusive writing: full stop, middle dot, bullet, dot operator, hyphenation
 * point, bullet operator. In keys they all become the middle dot "·".
 */
export const INCLUSIVE_DOTS = '.\\u00B7\\u2022\\u22C5\\u2027\\u2219';

/** One of INCLUSIVE_DOTS, by UTF-16 code. */
export function isInclusiveDotCode(c: number): boolean {
  return c === 0x2e || c === 0xb7 || c === 0x2022 || c === 0x22c5 || c === 0x2027 || c === 0x2219;
}

/**
 * Short lowercase endings that follow an inclusive-writing dot ("entrepreneur·e·s",
 * "acteur·rice·s", "citoyen·ne·s", "heureu·x·se", "nouveau·lle"). The order of alternatives does
 * not matter: callers require a non-letter right after the suffix, so the engine backtracks.
 */
const INCLUSIVE_SUFFIXES = 'e es s x ne nes le les lle lles te tes se ses ve ves fe fes ice ices rice rices trice trices euse euses eure eures ère ères ière ières esse esses'.split(' ');
export const INCLUSIVE_SUFFIX = `(?:${INCLUSIVE_SUFFIXES.join('|')})`;

const INCLUSIVE_SUFFIX_INITIALS = new Set(INCLUSIVE_SUFFIXES.map((suffix) => suffix.charCodeAt(0)));

/** Whether an INCLUSIVE_SUFFIX may start with this UTF-16 code: after a dot, anything else ends the word. */
export function mayStartInclusiveSuffix(c: number): boolean {
  return INCLUSIVE_SUFFIX_INITIALS.has(c);
}

/** Spaces that may separate the words of one expression, incl. the NBSP (U+00A0) and narrow
 * NBSP (U+202F) French puts before ; : ! ? and the thin spaces of typeset text. */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

export function isInvisibleCode(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** A hyphen or apostrophe variant: the one character allowed between two words of a compound. */
export function isConnectorCode(c: number): boolean {
  switch (c) {
    case 0x27:
    case 0x2019:
    case 0x02bc:
    case 0x2018:
    case 0x201b:
    case 0x2032:
    case 0xff07:
    case 0x2d:
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0x2043:
    case 0xfe63:
    case 0xff0d:
      return true;
    default:
      return false;
  }
}
