/**
 * Keys of words: the one spelling under which a page word and a dictionary form meet. Offsets
 * are never computed from keys (a key may be shorter or longer than the written word: soft
 * hyphens vanish, "œ" becomes "oe", "İ" may lower-case to two code units), so the tokenizer
 * keeps the written run's offsets and only the key goes through here.
 */
import { APOSTROPHES, HYPHENS, INCLUSIVE_DOTS, INCLUSIVE_SUFFIX, INVISIBLES, WORD_CHARS } from './chars';
// A cycle with tokenize.ts (which keys its words here) is safe: neither module calls the other
// while loading, only from inside functions.
import { tokenize } from './tokenize';

const INVISIBLE_RE = new RegExp(`[${INVISIBLES}]`, 'gu');
const APOSTROPHE_RE = new RegExp(`[${APOSTROPHES.replace("'", '')}]`, 'gu');

// The next two are built on first use: parsing their lookarounds over Unicode classes took
// 0.5-1 ms each at load (Node 20), and since the tokenizer keys Latin words without coming here
// (latin.ts), most pages never need them.
let hyphenRe: RegExp | undefined;
let inclusiveDotRe: RegExp | undefined;

/** Only between two word characters: a leading "−" is a minus sign, not part of a compound. */
function hyphenPattern(): RegExp {
  hyphenRe ??= new RegExp(`(?<=[${WORD_CHARS}])[${HYPHENS.replace('\\-', '')}](?=[${WORD_CHARS}])`, 'gu');
  return hyphenRe;
}

/** Same rule as the tokenizer: a dot counts as inclusive writing only before a lowercase suffix
 * that ends the word or is followed by another separator ("entrepreneur.e.s"). */
function inclusiveDotPattern(): RegExp {
  inclusiveDotRe ??= new RegExp(`(?<=[\\p{L}\\p{M}])[${INCLUSIVE_DOTS}](?=${INCLUSIVE_SUFFIX}(?![${WORD_CHARS}]))`, 'gu');
  return inclusiveDotRe;
}

/** Ligatures that French typesetting uses ("cœur", "Lætitia") and that PDFs and old pages leak
 * as presentation forms ("ﬁn" with U+FB01); readers type the unfolded letters. */
const LIGATURES: Readonly<Record<string, string>> = {
  œ: 'oe',
  æ: 'ae',
  ĳ: 'ij',
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};
const LIGATURE_RE = /[œæĳ\uFB00-\uFB06]/gu;
const unfoldLigature = (c: string): string => LIGATURES[c] ?? c;

/** Invisible characters and inclusive-writing dots are rare: test once before two replacements. */
const RARE_CHARS_RE = new RegExp(`[${INVISIBLES}${INCLUSIVE_DOTS}]`, 'u');

/** Cheap pre-check: most words need none of the replacements, and a failed test allocates nothing. */
const NEEDS_MAPPING_RE = new RegExp(`[${APOSTROPHES}${HYPHENS}œæĳ\\uFB00-\\uFB06]`, 'u');

type LowerCase = (word: string) => string;
const lowerCaseByLocale = new Map<string, LowerCase>();

/** The language subtag, lower-cased: "tr-TR" → "tr", "fr_CA" → "fr". */
function languageOf(locale: string): string {
  const tag = locale.toLowerCase();
  for (let i = 0; i < tag.length; i++) {
    const c = tag.charCodeAt(i);
    if (c === 0x2d || c === 0x5f) return tag.slice(0, i);
  }
  return tag;
}

/**
 * Only Turkish, Azeri and Lithuanian have language-specific lower-casing in Unicode's
 * SpecialCasing (dotted and dotless i); every other language lower-cases with toLowerCase().
 */
export function hasPlainLowerCase(locale: string): boolean {
  const language = languageOf(locale);
  return language !== 'tr' && language !== 'az' && language !== 'lt';
}

/**
 * toLowerCase() where the language allows it (see hasPlainLowerCase): it gives the same result
 * and skips a locale lookup per call. An invalid tag (a page's lang="français") falls back
 * instead of throwing.
 */
function lowerCaseFor(locale: string): LowerCase {
  let lower = lowerCaseByLocale.get(locale);
  if (lower) return lower;
  const language = languageOf(locale);
  if (!hasPlainLowerCase(locale)) {
    try {
      'I'.toLocaleLowerCase(locale);
      lower = (word) => word.toLocaleLowerCase(locale);
    } catch {
      lower = (word) => word.toLocaleLowerCase(language);
    }
  } else {
    lower = (word) => word.toLowerCase();
  }
  // Outside Lithuanian, "i" + U+0307 (the lower case of Turkish "İ" in a French or English text)
  // is just an "i": fold it so "İstanbul" and "Istanbul" give one key.
  if (language !== 'lt') {
    const base = lower;
    lower = (word) => {
      const lowered = base(word);
      return lowered.includes('i\u0307') ? lowered.replace(/i\u0307/g, 'i') : lowered;
    };
  }
  lowerCaseByLocale.set(locale, lower);
  return lower;
}

/**
 * Key of one word: invisible characters removed, NFC, inclusive-writing dots unified to "·",
 * locale-aware lower case, apostrophes → "'", hyphens inside the word → "-", ligatures unfolded.
 */
export function normaliseWord(word: string, locale = 'fr'): string {
  let key = word.trim();
  if (key.length === 0) return key;
  if (RARE_CHARS_RE.test(key)) {
    key = key.replace(INVISIBLE_RE, '');
    // Before lower-casing: the tokenizer only glues lowercase suffixes ("salarié.e.s", not "fin.Et").
    key = key.replace(inclusiveDotPattern(), '·');
  }
  key = key.normalize('NFC');
  key = lowerCaseFor(locale)(key);
  if (NEEDS_MAPPING_RE.test(key)) {
    key = key.replace(APOSTROPHE_RE, "'").replace(hyphenPattern(), '-').replace(LIGATURE_RE, unfoldLigature);
  }
  return key;
}

/**
 * Token keys of a dictionary written form: "réseau local" → ["réseau", "local"], "chauve-souris"
 * → ["chauve", "souris"]. It runs the page tokenizer itself, so a form and the same words on a
 * page can never be split differently.
 */
export function formTokens(form: string, locale = 'fr'): string[] {
  return tokenize(form, locale).map((token) => token.key);
}

/** The lookup key of a token sequence: keys joined by one space. */
export function phraseKey(tokens: readonly string[]): string {
  return tokens.join(' ');
}
