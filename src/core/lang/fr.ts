/**
 * French deinflection: plurals, feminines (and feminine plurals), verb forms. Candidates are
 * spellings only; resolve.ts keeps those the dictionary has.
 *
 * Ranks (lower first): plural 10–12, feminine 20–22, feminine of a plural 25–27, irregular verb
 * 30, regular verb 40–41.
 */
import { FormTable, SuffixRules, finish, foldAccents, type SuffixRule } from './engine';
import { frIrregularVerbs } from './fr-irregular';
import { expandInclusive } from './fr-inclusive';
import { FR_VERB_RULES } from './fr-verbs';
import { FR_FUNCTION_WORDS, FR_INVARIABLES, FR_IRREGULAR_FEMININES, FR_IRREGULAR_PLURALS, FR_NOT_LEMMAS, FR_NOT_VERB_FORMS } from './fr-words';
import type { Candidate, LanguageRules, RuleKind } from './types';

const PLURAL = 10;
const FEMININE = 20;
/** A feminine rule applied to a singular obtained from a plural ("grandes" → "grande" → "grand"). */
const CHAINED = 5;

function rule(suffix: string, replacement: string, name: string, kind: RuleKind, rank: number, extra: Partial<SuffixRule> = {}): SuffixRule {
  return { suffix, replacement, rule: name, kind, rank, ...extra };
}

/** "stress" is no plural of "stres": a plural -s never follows another s. */
const notS = (stem: string): boolean => !stem.endsWith('s');
/** "chapeaux" is "-eaux", not "-aux" → "chapeal". */
const notE = (stem: string): boolean => !stem.endsWith('e');

// All weak: a key that looks plural is a word of its own ("bus", "fils", "cours").
const PLURAL_RULES = new SuffixRules([
  rule('s', '', 'plural -s', 'number', PLURAL, { stem: notS, weak: true }),
  // "eaux" (water) → "eau": the whole word is the ending.
  rule('eaux', 'eau', 'plural -eaux→-eau', 'number', PLURAL, { minStem: 0, weak: true }),
  rule('eux', 'eu', 'plural -eux→-eu', 'number', PLURAL, { minStem: 1, weak: true }),
  rule('oux', 'ou', 'plural -oux→-ou', 'number', PLURAL, { minStem: 1, weak: true }),
  // "chevaux" → "cheval" first (the common case), then "tuyaux" → "tuyau", "travaux" → "travail".
  rule('aux', 'al', 'plural -aux→-al', 'number', PLURAL, { minStem: 1, stem: notE, weak: true }),
  rule('aux', 'au', 'plural -aux→-au', 'number', PLURAL + 1, { minStem: 1, stem: notE, weak: true }),
  rule('aux', 'ail', 'plural -aux→-ail', 'number', PLURAL + 2, { minStem: 1, stem: notE, weak: true }),
]);

/**
 * A stem a mute feminine -e can follow: "grand·e", "aimé·e", "ami·e", "bleu·e" (not "boa").
 * Plain "e" is for capitals without accents: "AISEE" is "aisé·e".
 */
const FEMININE_E_STEM = /[bcdfghjklmnpqrstvwxzéeiuû]$/;

/**
 * Feminine endings → masculine. Rules that flooded the measurement were left to the table in
 * fr-words.ts instead: "-elle"→"-eau" ("chapelle" → "chapeau"), "-esse"→"-e" ("jeunesse" →
 * "jeune"), "-sse"→"-s" ("tasse" → "tas"), "-ille"→"-il" ("fille" → "fil"), "-che"→"-c"
 * ("bouche" → "bouc").
 */
// "bonne" → "bon", "nulle" → "nul", "sotte" → "sot": one letter before the ending is enough.
const FEMININE_RULES = new SuffixRules([
  // Weak: a noun in -e that is a key is mostly a word of its own ("porte" is no feminine of "port").
  rule('e', '', 'feminine -e', 'gender', FEMININE, { stem: (s) => FEMININE_E_STEM.test(s), weak: true }),
  rule('ère', 'er', 'feminine -ère→-er', 'gender', FEMININE),
  rule('ète', 'et', 'feminine -ète→-et', 'gender', FEMININE),
  rule('euse', 'eur', 'feminine -euse→-eur', 'gender', FEMININE),
  rule('euse', 'eux', 'feminine -euse→-eux', 'gender', FEMININE + 1),
  rule('trice', 'teur', 'feminine -trice→-teur', 'gender', FEMININE),
  rule('ive', 'if', 'feminine -ive→-if', 'gender', FEMININE),
  rule('euve', 'euf', 'feminine -euve→-euf', 'gender', FEMININE, { minStem: 1 }),
  // "longue" → "long", "oblongue"; the plain -e rule would give "longu".
  rule('gue', 'g', 'feminine -gue→-g', 'gender', FEMININE),
  rule('enne', 'en', 'feminine -enne→-en', 'gender', FEMININE, { minStem: 1 }),
  rule('onne', 'on', 'feminine -onne→-on', 'gender', FEMININE, { minStem: 1 }),
  rule('elle', 'el', 'feminine -elle→-el', 'gender', FEMININE, { minStem: 1 }),
  rule('ette', 'et', 'feminine -ette→-et', 'gender', FEMININE, { minStem: 1 }),
  rule('otte', 'ot', 'feminine -otte→-ot', 'gender', FEMININE, { minStem: 1 }),
  rule('eille', 'eil', 'feminine -eille→-eil', 'gender', FEMININE),
  rule('ulle', 'ul', 'feminine -ulle→-ul', 'gender', FEMININE, { minStem: 1 }),
  rule('ouse', 'oux', 'feminine -ouse→-oux', 'gender', FEMININE + 1),
  rule('nche', 'nc', 'feminine -che→-c', 'gender', FEMININE),
  rule('ique', 'ic', 'feminine -que→-c', 'gender', FEMININE + 1),
]);

const NOMINAL_FORMS = new FormTable();
for (const [form, lemma] of FR_IRREGULAR_PLURALS) NOMINAL_FORMS.add(form, lemma, 'irregular plural', 'number', PLURAL, true);
const FEMININE_FORMS = new FormTable();
for (const [form, lemma] of FR_IRREGULAR_FEMININES) FEMININE_FORMS.add(form, lemma, 'irregular feminine', 'gender', FEMININE);

const FOLDED_INVARIABLES = new Set([...FR_INVARIABLES].map(foldAccents));

/** The same pipeline for exact and accent-folded matching (folded: endings compared without accents). */
function deinflect(word: string, folded: boolean): Candidate[] {
  const out: Candidate[] = [];
  const verbs = frIrregularVerbs();
  // Closed-class words only get the irregular-verb table: "a" → "avoir", "est" → "être".
  if (FR_FUNCTION_WORDS.has(word)) {
    verbs.apply(word, out, folded);
    return finish(word, out);
  }

  const invariable = (folded ? FOLDED_INVARIABLES : FR_INVARIABLES).has(word);
  const singulars: Candidate[] = [];
  if (!invariable) {
    NOMINAL_FORMS.apply(word, singulars, folded);
    PLURAL_RULES.apply(word, singulars, folded);
  }
  out.push(...singulars);

  FEMININE_FORMS.apply(word, out, folded);
  FEMININE_RULES.apply(word, out, folded);
  for (const singular of singulars) {
    const chained: Candidate[] = [];
    FEMININE_FORMS.apply(singular.lemma, chained, folded);
    FEMININE_RULES.apply(singular.lemma, chained, folded, singular.lemma);
    for (const c of chained) {
      out.push({ ...c, rule: `${singular.rule} + ${c.rule}`, rank: c.rank + CHAINED, via: singular.lemma });
    }
  }

  verbs.apply(word, out, folded);
  if (!FR_NOT_VERB_FORMS.has(word)) FR_VERB_RULES.apply(word, out, folded);
  return finish(word, out).filter((c) => c.kind === 'irregular' || !FR_NOT_LEMMAS.has(c.lemma));
}

export function candidates(word: string): Candidate[] {
  return deinflect(word, false);
}

export function foldedCandidates(word: string): Candidate[] {
  return deinflect(word, true);
}

export const fr: LanguageRules = {
  candidates,
  foldedCandidates,
  isFunctionWord: (word) => FR_FUNCTION_WORDS.has(word),
  expandInclusive,
  prepare: () => void frIrregularVerbs(),
};
