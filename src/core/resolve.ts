/**
 * From a page word to dictionary keys. Contract used by the background's dictionary; the
 * language rules (deinflection, accents, inclusive writing) plug in here.
 */
export interface KeyIndex {
  /** True when some entry (single word, or the head/another word of an expression) has this key. */
  has(key: string): boolean;
}

/**
 * Dictionary keys that the normalised page word `word` may stand for, best first: the exact
 * spelling always first, then deinflected or accent-restored candidates. `caps` is true when
 * the page wrote the word in capitals only (accents may have been dropped). `lang` is the
 * BCP 47 tag of the dictionary's written language ("fr", "en").
 * Current behaviour: exact spelling only (language rules pending).
 */
export function resolveWord(word: string, _caps: boolean, index: KeyIndex, _lang: string): string[] {
  return index.has(word) ? [word] : [];
}
