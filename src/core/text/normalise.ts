/**
 * Normalisation contract (implementation pending).
 */

/** Key of one word: NFC, locale-aware lower case, typographic apostrophes/hyphens unified, invisible characters removed, ligatures unfolded. */
export function normaliseWord(_word: string, _locale?: string): string {
  throw new Error('not implemented');
}

/** Token keys of a dictionary written form: "réseau local" → ["réseau", "local"], "chauve-souris" → ["chauve", "souris"]. */
export function formTokens(_form: string, _locale?: string): string[] {
  throw new Error('not implemented');
}

/** The lookup key of a token sequence: keys joined by one space. */
export function phraseKey(tokens: readonly string[]): string {
  return tokens.join(' ');
}
