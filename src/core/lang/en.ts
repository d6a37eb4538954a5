/**
 * English deinflection: plurals and third persons, -ing, -ed, comparatives, and the irregular
 * forms of en-irregular.ts. Candidates are spellings only; resolve.ts keeps those the dictionary has.
 *
 * Ranks (lower first): plural 10–12, irregular 30, verb 40, comparative 45.
 */
import { SuffixRules, finish, wordSet, type SuffixRule } from './engine';
import { enIrregularForms, enPrefixedIrregular } from './en-irregular';
import type { Candidate, LanguageRules, RuleKind } from './types';

const PLURAL = 10;
const VERB = 40;
const DEGREE = 45;

/**
 * Never deinflected by rules and never accent-folded: "his" is no plural of "hi", "was" none of
 * "wa". Irregular forms still apply ("was" → "be").
 */
const EN_FUNCTION_WORDS = wordSet(
  'a an the and or but if of in on at to for from by with about as is am are was were be been being',
  'do does did done has have had having i you he she it we they me him her us them my your his its',
  'our their mine yours hers ours theirs this that these those there here what which who whom whose',
  'when where why how not no nor yes so than too very can could will would shall should may might must',
  'also just only even ever never always often still yet again all any some each every both either',
  'neither few many much more most less least other another such own same off out up down over under',
  'into onto upon through across after before since until till while because though although unless',
  'whether whereas per via then thus hence myself yourself himself herself itself ourselves themselves',
  'none nothing something anything everything someone anyone everyone somebody anybody everybody',
);

/**
 * Never the lemma of another word by a rule: "shed" is no past of "she", "hers" no plural of
 * "her". Smaller than the list above: "willed" → "will", "others" → "other", "fewer" → "few".
 */
const EN_NOT_LEMMAS = wordSet(
  'a an the and or but if of in on at to for from by with as is am are was were be been being do does',
  'did has have had i you he she it we they me him her us them my your his its our their this that',
  'these those there here what which who whom whose when where why how not no nor than so',
);

/**
 * Words ending in -s that are not plurals of the shorter word: "news" is not "new", "goods" not
 * "good", "clothes" not "cloth", "species" not "specie" (coined money).
 */
const EN_INVARIABLES = wordSet(
  'news means goods clothes physics species series politics economics mathematics ethics pants',
  'manners customs besides perhaps always sometimes thanks lens gas bus yes whereas',
);

/**
 * Words in -er/-est that are no comparatives although their stem is a word: "honest" is not
 * "hone", "forest" not "fore", "mother" not "moth". Used when the dictionary lacks the word
 * itself (when it has it, comparative rules are dropped anyway: they are weak).
 */
const NOT_DEGREES = wordSet(
  'honest modest forest earnest interest harvest manifest contest protest request conquest',
  'mother brother number corner tower flower power after master hunger finger ginger danger',
  'timber lumber chamber member border order under over other ever never winter water paper',
);

const VOWELS = /[aeiouy]+/g;
/**
 * Consonant, one vowel, consonant: the syllable shape that doubles its last letter ("stop" →
 * "stopped"); "qu" counts as a consonant ("quit" → "quitting").
 */
const CVC = /(?:[^aeiou]|qu)[aeiou][^aeiouwxy]$/;
const DOUBLED = /([bdgklmnprtvz])\1$/;
/** Doubled consonants that bases rarely end in: "starr-ed" is "star", not the surname "Starr". */
const DOUBLED_NOT_BASE = /([bdgmnprtv])\1$/;
/** A stem whose base may have ended in a mute e: "rat-ed" → "rate", "argu-ed", "ow-ed", "ey-ed". */
const E_STEM = /[^aeio]$/;
/** Comparatives whose base ends in a mute e: "lat-est" → "late", "nic-er" → "nice". */
const SOFT_END = /(?:[^aeiouwxy]|u)$/;

/** Syllables, roughly: vowel groups, a leading "y" being a consonant and a final mute "e" not counting. */
function syllables(word: string): number {
  const core = word.replace(/^y/, '').replace(/([^l])e$/, '$1');
  return core.match(VOWELS)?.length ?? 0;
}

const isShortCvc = (stem: string): boolean => CVC.test(stem) && syllables(stem) === 1;

/** "starr", "pitt", "penn": a doubled stem whose single form is a CVC base ("star", "pit", "pen"). */
const redoubled = (stem: string): boolean => DOUBLED_NOT_BASE.test(stem) && CVC.test(stem.slice(0, -1));
/**
 * "walk-ing", "visit-ing", "see-ing", "add-ing": not a one-syllable CVC stem, which would have
 * doubled ("rat" → "ratting"), nor a doubled one that comes from such a base.
 */
const ingStem = (stem: string): boolean => !isShortCvc(stem) && !redoubled(stem);
/** "walk-ed", "play-ed"; "se-ed", "ne-ed" are no pasts ("agreed" has its own rule). */
const edStem = (stem: string): boolean => ingStem(stem) && !stem.endsWith('e');
/** "rat-ed" → "rate", "argu-ed" → "argue", "ey-ed" → "eye": the base ended in a mute e. */
const eStem = (stem: string): boolean => E_STEM.test(stem) && !DOUBLED.test(stem);
/** The same before -ing, where a "-ye" base keeps its e ("dyeing"): "dying" is not "dye". */
const eStemIng = (stem: string): boolean => eStem(stem) && !stem.endsWith('y');
/**
 * "stopp-ed" → "stop", "beginn-ing" → "begin": a doubled consonant after a CVC base; British
 * "-ll-" after any vowel ("fuelled" → "fuel", "travelling" → "travel").
 */
const undoubled = (stem: string): readonly string[] => (DOUBLED.test(stem) && (CVC.test(stem.slice(0, -1)) || stem.endsWith('ll')) ? [stem.slice(0, -1)] : []);

/** Comparatives: one-syllable bases ("tall-er", not "moth-er": see NOT_DEGREES) and "narrow-er". */
const degreeStem = (stem: string): boolean => (syllables(stem) === 1 && !isShortCvc(stem)) || stem.endsWith('ow');
/** "wid-er" → "wide", "nic-est" → "nice": a one-syllable base ending in a mute e. */
const degreeEStem = (stem: string): boolean => syllables(stem) === 1 && SOFT_END.test(stem);

function rule(suffix: string, replacement: string, name: string, kind: RuleKind, rank: number, extra: Partial<SuffixRule> = {}): SuffixRule {
  return { suffix, replacement, rule: name, kind, rank, ...extra };
}

const NOUN_RULES = new SuffixRules([
  rule('s', '', 'plural -s', 'number', PLURAL, { stem: (s) => !s.endsWith('s') }),
  rule('es', '', 'plural -es', 'number', PLURAL, { stem: (s) => /(?:s|x|z|ch|sh)$/.test(s) }),
  // "heroes", "potatoes"; a stem of three letters keeps "toes" and "shoes" away from "to" and "sho".
  rule('oes', 'o', 'plural -oes→-o', 'number', PLURAL, { minStem: 3 }),
  rule('ies', 'y', 'plural -ies→-y', 'number', PLURAL),
  // "wolves", "leaves", "thieves", "loaves"; not "serves" → "serf" nor "proves" → "proof".
  rule('ves', 'f', 'plural -ves→-f', 'number', PLURAL, { stem: (s) => /(?:l|ea|ie|oa|oo|ar)$/.test(s) }),
  rule('ves', 'fe', 'plural -ves→-fe', 'number', PLURAL, { stem: (s) => s.endsWith('i') }),
  rule('men', 'man', 'plural -men→-man', 'number', PLURAL),
  rule('ses', 'sis', 'plural -ses→-sis', 'number', PLURAL + 1),
  rule('ices', 'ex', 'plural -ices→-ex', 'number', PLURAL + 2),
  rule('ices', 'ix', 'plural -ices→-ix', 'number', PLURAL + 2),
  rule('ae', 'a', 'plural -ae→-a', 'number', PLURAL + 2, { minStem: 3 }),
  // Learned plurals ("optima", "polyhedra", "papyri", "fibromata", "chateaux"); weak, so that a
  // key such as "stamina", "taxi" or "sterna" stays itself.
  rule('a', 'um', 'plural -a→-um', 'number', PLURAL + 3, { minStem: 3, weak: true }),
  rule('a', 'on', 'plural -a→-on', 'number', PLURAL + 3, { minStem: 3, weak: true }),
  rule('ata', 'a', 'plural -ata→-a', 'number', PLURAL + 3, { minStem: 3, weak: true }),
  rule('i', 'us', 'plural -i→-us', 'number', PLURAL + 3, { minStem: 3, weak: true }),
  rule('eaux', 'eau', 'plural -eaux→-eau', 'number', PLURAL + 3, { minStem: 2, weak: true }),
  rule('mice', 'mouse', 'plural -mice→-mouse', 'number', PLURAL, { minStem: 1 }),
]);

const VERB_RULES = new SuffixRules([
  rule('ing', '', 'verb -ing', 'verb', VERB, { stem: ingStem }),
  rule('ing', 'e', 'verb -ing→-e', 'verb', VERB, { stem: eStemIng }),
  rule('ing', '', 'verb -ing, doubled consonant', 'verb', VERB, { stems: undoubled }),
  rule('ying', 'ie', 'verb -ying→-ie', 'verb', VERB, { minStem: 1 }),
  rule('cking', 'c', 'verb -cking→-c', 'verb', VERB, { minStem: 3, stem: (s) => s.endsWith('i') }),
  rule('ed', '', 'verb -ed', 'verb', VERB, { stem: edStem }),
  rule('ed', 'e', 'verb -ed→-e', 'verb', VERB, { stem: eStem }),
  rule('ed', '', 'verb -ed, doubled consonant', 'verb', VERB, { stems: undoubled }),
  // "agreed", "guaranteed"; a short stem would turn "seed", "need", "feed" into "see", "nee", "fee".
  rule('eed', 'ee', 'verb -eed→-ee', 'verb', VERB, { minStem: 3 }),
  rule('ied', 'y', 'verb -ied→-y', 'verb', VERB),
  rule('ied', 'ie', 'verb -ied→-ie', 'verb', VERB, { minStem: 1, stem: (s) => s.length === 1 }),
  rule('cked', 'c', 'verb -cked→-c', 'verb', VERB, { minStem: 3, stem: (s) => s.endsWith('i') }),
]);

// All weak: "teacher", "corner" and "mother" are words of their own when the dictionary has them.
const DEGREE_RULES = new SuffixRules([
  rule('er', '', 'comparative -er', 'degree', DEGREE, { weak: true, stem: degreeStem }),
  rule('er', 'e', 'comparative -er→-e', 'degree', DEGREE, { weak: true, stem: degreeEStem }),
  rule('ier', 'y', 'comparative -ier→-y', 'degree', DEGREE, { weak: true }),
  rule('est', '', 'superlative -est', 'degree', DEGREE, { weak: true, stem: degreeStem }),
  rule('est', 'e', 'superlative -est→-e', 'degree', DEGREE, { weak: true, stem: degreeEStem }),
  rule('iest', 'y', 'superlative -iest→-y', 'degree', DEGREE, { weak: true }),
  rule('est', '', 'superlative -est, doubled consonant', 'degree', DEGREE, { weak: true, stems: undoubled }),
]);

export function candidates(word: string): Candidate[] {
  const out: Candidate[] = [];
  enIrregularForms().apply(word, out);
  enPrefixedIrregular(word, out);
  if (EN_FUNCTION_WORDS.has(word))
    return finish(
      word,
      out.filter((c) => c.kind === 'irregular' || c.kind === 'degree'),
    );
  if (!EN_INVARIABLES.has(word)) NOUN_RULES.apply(word, out);
  VERB_RULES.apply(word, out);
  if (!NOT_DEGREES.has(word)) DEGREE_RULES.apply(word, out);
  return finish(word, out).filter((c) => c.kind === 'irregular' || !EN_NOT_LEMMAS.has(c.lemma));
}

export const en: LanguageRules = {
  candidates,
  isFunctionWord: (word) => EN_FUNCTION_WORDS.has(word),
  prepare: () => void enIrregularForms(),
};
