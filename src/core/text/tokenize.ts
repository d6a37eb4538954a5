/**
 * Words of a text with their UTF-16 offsets, for the scanner to map back onto DOM text nodes.
 *
 * One regular-expression pass, not Intl.Segmenter: the segmenter costs ~6 µs per call and grows
 * superlinearly on long strings, while the page scan must tokenize a 1.6 MB page (yahoo-2) without
 * long tasks. Each run is tokenized once, cold: words in Latin letters get their key and caps
 * flag from a table (latin.ts) rather than from Unicode-property regular expressions, and only
 * the other words go through normaliseWord, cached per written form.
 */
import { INCLUSIVE_DOTS, INCLUSIVE_SUFFIX, INVISIBLES, isConnectorCode, isInclusiveDotCode, isInvisibleCode, isSpaceCode, mayStartInclusiveSuffix } from './chars';
import { latinWordFacts, type WordFacts } from './latin';
import { hasPlainLowerCase, normaliseWord } from './normalise';

export interface Token {
  /** Offset of the first UTF-16 code unit of the word in the tokenized text. */
  start: number;
  /** Offset just past the word. */
  end: number;
  /** Normalised key of the word (see normaliseWord). */
  key: string;
  /**
   * True when this token is tied to the previous one only by a space (any kind, incl. NBSP),
   * a hyphen or an apostrophe, so the two may belong to one expression ("réseau local",
   * "chauve-souris", "aujourd’hui"). False after punctuation or at the start.
   */
  joined: boolean;
  /** Written all in capitals (at least two letters): capitals often drop accents ("ETAT"). */
  caps: boolean;
}

/** Word characters minus U+02BC: the modifier letter apostrophe is a letter (Lm) to Unicode, but
 * French keyboards and Word's autocorrect use it as the apostrophe of "aujourdʼhui". */
const WORD_CLASS = '[[\\p{L}\\p{M}\\p{N}]--[\\u02BC]]';
const WORD_START_CLASS = '[[\\p{L}\\p{N}]--[\\u02BC]]';
const INCLUSIVE_ENDING = `[${INCLUSIVE_DOTS}]${INCLUSIVE_SUFFIX}(?!${WORD_CLASS})`;
/**
 * A run of letters, marks and digits, with invisible characters allowed only between them
 * ("cha\u00ADpeau"). Apostrophes and hyphens are not word characters, so "l’achat" and
 * "jusqu’au" split into the elided word and the next one, and "chauve-souris" into two joined
 * tokens. Then up to two inclusive-writing endings ("entrepreneur·e·s", "salarié.es"): a dot
 * variant after a word of two letters or more, a lowercase suffix and no letter right after, so
 * that "la fin.Et", "fin. e" and "i.e." stay apart.
 * Runs of digits alone match too but are dropped in the loop: requiring a letter in the pattern
 * ("\p{N}*\p{L}…") made every failed position twice as slow on yahoo-2 (60 ms vs 27 ms).
 */
const INCLUSIVE_TAIL = `(?<=[\\p{L}\\p{M}]{2})${INCLUSIVE_ENDING}(?:${INCLUSIVE_ENDING})?`;
const WORD_SOURCE = `${WORD_START_CLASS}${WORD_CLASS}*(?:[${INVISIBLES}]+${WORD_CLASS}+)*(?:${INCLUSIVE_TAIL})?`;

/**
 * The whole definition of a word as one expression: the reference the tokenizer's loop is checked
 * against (tests/unit/latin.test.ts over the real pages). A fresh global regex each call.
 */
export function wordPattern(): RegExp {
  // The v flag (Chrome 112, Firefox 116, Node 20) for the class subtraction above.
  return new RegExp(WORD_SOURCE, 'gv');
}

/**
 * What the loop runs over the text: one class, compiled at the cost of the bare floor's. The
 * reference expression repeats its Unicode classes seven times, and compiling it took 6.3 ms
 * cold against 2.1 ms for this one (lemonde-1's text, Node 20), paid again on every page load;
 * the rarer parts of a word (a leading mark, U+02BC, invisibles, inclusive endings) are handled
 * in the loop, by the reference's own sub-expressions compiled only when a page needs them.
 */
export function wordRunPattern(): RegExp {
  return /[\p{L}\p{M}\p{N}]+/gu;
}

const RUN_RE = wordRunPattern();

interface RareParts {
  /** A character that may start a word (not a combining mark, not U+02BC). */
  start: RegExp;
  /** Invisible characters, each run followed by word characters, from lastIndex on. */
  invisibles: RegExp;
  /** Up to two inclusive-writing endings from lastIndex on. */
  inclusive: RegExp;
}

let rareParts: RareParts | undefined;

function rarePartsOnce(): RareParts {
  rareParts ??= {
    start: new RegExp(WORD_START_CLASS, 'yv'),
    invisibles: new RegExp(`(?:[${INVISIBLES}]+${WORD_CLASS}+)*`, 'yv'),
    inclusive: new RegExp(INCLUSIVE_TAIL, 'yv'),
  };
  return rareParts;
}

/**
 * Offset of the first character of text[from, to) that may start a word: below U+0300 every
 * letter or digit does but U+02BC; from there the reference's own start class decides.
 */
function wordStartIn(text: string, from: number, to: number): number {
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    if (c < 0x300) {
      if (c !== 0x2bc) return i;
      i++;
      continue;
    }
    const start = rarePartsOnce().start;
    start.lastIndex = i;
    if (start.test(text)) return i;
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return to;
}

/** The word nextWord found: module state rather than an object per word of a 20,000-word page. */
let foundStart = 0;
let foundEnd = 0;
let foundWord = '';

/**
 * Finds the next word of `text` from RUN_RE.lastIndex on, as the reference expression would match
 * it, into found*; false at the end. RUN_RE.lastIndex is left just past the word.
 */
function nextWord(text: string): boolean {
  for (;;) {
    const run = RUN_RE.exec(text);
    if (run === null) return false;
    const runText = run[0];
    const runEnd = run.index + runText.length;
    const start = wordStartIn(text, run.index, runEnd);
    if (start === runEnd) continue;
    // U+02BC is a letter to the run's class and an apostrophe to words: "aujourdʼhui" is two.
    const apostrophe = runText.indexOf('\u02BC', start - run.index);
    let end = apostrophe === -1 ? runEnd : run.index + apostrophe;
    if (end === runEnd && isInvisibleCode(text.charCodeAt(end))) {
      const invisibles = rarePartsOnce().invisibles;
      invisibles.lastIndex = end;
      end += invisibles.exec(text)![0].length;
    }
    if (isInclusiveDotCode(text.charCodeAt(end)) && mayStartInclusiveSuffix(text.charCodeAt(end + 1))) {
      const inclusive = rarePartsOnce().inclusive;
      inclusive.lastIndex = end;
      const tail = inclusive.exec(text);
      if (tail !== null) end += tail[0].length;
    }
    RUN_RE.lastIndex = end;
    foundStart = start;
    foundEnd = end;
    foundWord = start === run.index && end === runEnd ? runText : text.slice(start, end);
    return true;
  }
}

interface LetterPatterns {
  /** With `nonCapital`: at least two capitals and no lowercase, titlecase or caseless letter. */
  twoCapitals: RegExp;
  nonCapital: RegExp;
  letter: RegExp;
}

/** Built on first use: parsing these Unicode classes took ~0.5 ms at load (Node 20), and pages
 * whose words are all Latin (latin.ts) never need them. */
let letterPatterns: LetterPatterns | undefined;

function letterPatternsOnce(): LetterPatterns {
  letterPatterns ??= {
    twoCapitals: /\p{Lu}[\s\S]*\p{Lu}/u,
    nonCapital: /[\p{Ll}\p{Lt}\p{Lm}\p{Lo}]/u,
    letter: /\p{L}/u,
  };
  return letterPatterns;
}

/**
 * The general way to a word's facts, for any script and locale: "ETAT" and "CHÂTEAU" are caps,
 * "État" and "A" are not. Exported for tests. @internal
 */
export function wordFactsSlow(word: string, locale: string): WordFacts {
  const { twoCapitals, nonCapital, letter } = letterPatternsOnce();
  return {
    key: normaliseWord(word, locale),
    caps: twoCapitals.test(word) && !nonCapital.test(word),
    hasLetter: letter.test(word),
  };
}

interface LocaleFacts {
  /** Whether latinWordFacts gives this locale's keys (not in Turkish, Azeri or Lithuanian). */
  latin: boolean;
  /** Facts of the words the Latin fast path leaves out, by written form. */
  cache: Map<string, WordFacts>;
}

/** Bounded so that an endless feed (infinite scroll, live tickers) cannot grow memory forever. */
const CACHE_LIMIT = 50_000;
const factsByLocale = new Map<string, LocaleFacts>();

function localeFacts(locale: string): LocaleFacts {
  let facts = factsByLocale.get(locale);
  if (facts === undefined) {
    // A page may tag elements with many lang values; keep only a few locales' caches alive.
    if (factsByLocale.size >= 8) factsByLocale.clear();
    facts = { latin: hasPlainLowerCase(locale), cache: new Map() };
    factsByLocale.set(locale, facts);
  }
  return facts;
}

/**
 * Facts of one written word. Words in Latin letters take the table-driven fast path; the rest
 * (other scripts, presentation-form ligatures, soft hyphens, inclusive writing, Turkish casing)
 * take the general path, cached. No cache in front of the fast path: a Map lookup per word cost
 * more than the table pass it saves (cold tokenize in CPU instructions, Node 20: +3 to +12 million
 * instructions on lemonde-1, wikipedia-2 and nytimes-5; wall-clock medians within noise).
 */
function wordFacts(word: string, facts: LocaleFacts, locale: string): WordFacts {
  const latin = facts.latin ? latinWordFacts(word) : undefined;
  if (latin !== undefined) return latin;
  let cached = facts.cache.get(word);
  if (cached === undefined) {
    if (facts.cache.size >= CACHE_LIMIT) facts.cache.clear();
    cached = wordFactsSlow(word, locale);
    facts.cache.set(word, cached);
  }
  return cached;
}

/**
 * Whether the characters between two words tie them into a possible expression: only spaces
 * (any number, newlines included: inline elements and line wraps), or exactly one hyphen or
 * apostrophe. Anything else ("réseau, local", "réseau/local", "réseau 3 local") breaks the tie.
 * Invisible characters are ignored.
 */
function isJoiningGap(text: string, from: number, to: number): boolean {
  let spaces = 0;
  let connectors = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Plain spaces and newlines first: indented HTML leaves gaps of hundreds of them, and this
    // shortcut cut the gap checks from 2.3 ms to 0.6 ms on yahoo-2 (188,000 gap characters).
    if (c === 0x20 || c === 0x0a || isSpaceCode(c)) spaces++;
    else if (isConnectorCode(c)) connectors++;
    else if (!isInvisibleCode(c)) return false;
  }
  return connectors === 0 ? spaces > 0 : connectors === 1 && spaces === 0;
}

export function tokenize(text: string, locale = 'fr'): Token[] {
  const known = localeFacts(locale);
  const tokens: Token[] = [];
  RUN_RE.lastIndex = 0;
  let previousEnd = -1;
  while (nextWord(text)) {
    const start = foundStart;
    const end = foundEnd;
    const facts = wordFacts(foundWord, known, locale);
    if (!facts.hasLetter) {
      // "réseau 3 local", "1 - 3 of 18": the token after a number is never joined.
      previousEnd = -1;
      continue;
    }
    tokens.push({
      start,
      end,
      key: facts.key,
      joined: previousEnd >= 0 && isJoiningGap(text, previousEnd, start),
      caps: facts.caps,
    });
    previousEnd = end;
  }
  return tokens;
}
