/**
 * Tokenizer contract (implementation pending).
 */
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

export function tokenize(_text: string, _locale?: string): Token[] {
  throw new Error('not implemented');
}
