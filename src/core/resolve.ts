/**
 * From a page word to dictionary keys. Contract used by the background's dictionary; the
 * language rules (src/core/lang) propose spellings and this module keeps and orders those the
 * dictionary has.
 *
 * Accent-insensitive matching (for words written in capitals, which drop accents: "ETAT",
 * "CHATEAU") needs a map from accent-folded spellings to keys. Build it once per index with
 * buildFoldedIndex (or use createKeyIndex, which does both) and expose it as the `folded`
 * method of KeyIndex.
 */
import { foldAccents } from './lang/engine';
import { rulesFor } from './lang/index';
import type { LanguageRules } from './lang/types';

export { foldAccents } from './lang/engine';

export interface KeyIndex {
  /** True when some entry (single word, or the head/another word of an expression) has this key. */
  has(key: string): boolean;
  /**
   * The keys whose accent-folded spelling (foldAccents) is `foldedKey` and differs from
   * the key itself ("etat" → ["état"]). Keys without accents need not be listed: has() finds them.
   */
  folded(foldedKey: string): readonly string[];
}

/**
 * Accent-insensitive map of an index, built once: folded spelling → keys with accents
 * ("chateau" → ["château"], "peche" → ["pêche", "péché"]). Keys without accents are left out.
 */
export function buildFoldedIndex(keys: Iterable<string>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const key of keys) {
    const folded = foldAccents(key);
    if (folded === key) continue;
    const list = map.get(folded);
    if (!list) map.set(folded, [key]);
    else if (!list.includes(key)) list.push(key);
  }
  return map;
}

/** A KeyIndex over a set of keys, with its folded map: what tests and small callers need. */
export function createKeyIndex(keys: Iterable<string>): KeyIndex {
  const set = new Set(keys);
  const folded = buildFoldedIndex(set);
  const none: readonly string[] = [];
  return { has: (key) => set.has(key), folded: (key) => folded.get(key) ?? none };
}

/** Builds ahead what the rules of `lang` build on first use (LanguageRules.prepare). */
export function prepareRules(lang: string): void {
  rulesFor(lang)?.prepare?.();
}

class Keys {
  readonly list: string[] = [];
  private readonly seen = new Set<string>();
  add(key: string): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(key);
  }
}

function resolveOne(word: string, caps: boolean, index: KeyIndex, rules: LanguageRules, keys: Keys): void {
  const exact = index.has(word);
  if (exact) keys.add(word);
  // "DE" is the preposition, never "dé": function words are never accent-folded.
  const fold = caps && !rules.isFunctionWord(word) ? index.folded.bind(index) : undefined;
  let restored = false;
  if (fold) {
    for (const key of fold(foldAccents(word))) {
      keys.add(key);
      restored = true;
    }
  }
  const known = exact || restored;

  let candidates = rules.candidates(word);
  if (fold && rules.foldedCandidates) {
    // Capitals without accents: "ACCOMPAGNEES" only reaches "accompagner" through "-ées".
    candidates = [...candidates, ...rules.foldedCandidates(word)].sort((a, b) => a.rank - b.rank);
  }
  for (const candidate of candidates) {
    // A word that is a key is mostly a word of its own: "bus" is no plural of "bu", "porte" no
    // feminine of "port". Weak rules stop there; verbs ("marche" → "marcher") and marked
    // feminines ("chanteuse" → "chanteur") go on, as homographs after the word itself.
    if (known && candidate.weak) continue;
    // "portes" → "porte" → "port": the intermediate "porte" is a key, so it is treated like the
    // word itself (weak feminine dropped), while "matérielles" → "matérielle" → "matériel" stays.
    if (candidate.via !== undefined && candidate.weak && index.has(candidate.via)) continue;
    if (index.has(candidate.lemma)) keys.add(candidate.lemma);
    // In capitals "AISEE" gives "aise" (ease) and "aisé" (well-off): both spellings are candidates.
    if (fold) for (const key of fold(foldAccents(candidate.lemma))) keys.add(key);
  }
}

/**
 * Dictionary keys that the normalised page word `word` may stand for, best first: the exact
 * spelling always first, then accent-restored spellings (caps only), then deinflected candidates
 * by rule confidence (plural, feminine, irregular verb, regular verb); homographs keep all.
 * `caps` is true when the page wrote the word in capitals only (accents may have been dropped).
 * `lang` is the BCP 47 tag of the dictionary's written language ("fr", "en"); a language without
 * rules gets the exact spelling only. Pure: the caller memoises per word.
 */
export function resolveWord(word: string, caps: boolean, index: KeyIndex, lang: string): string[] {
  if (word.length === 0) return [];
  const rules = rulesFor(lang);
  if (!rules) return index.has(word) ? [word] : [];
  const keys = new Keys();
  const inclusive = rules.expandInclusive?.(word) ?? [];
  if (inclusive.length > 0) {
    // "entrepreneur·e·s" → "entrepreneur", "entrepreneure", "entrepreneurs", "entrepreneures".
    if (index.has(word)) keys.add(word);
    for (const form of inclusive) resolveOne(form, caps, index, rules, keys);
  } else {
    resolveOne(word, caps, index, rules, keys);
  }
  return keys.list;
}
