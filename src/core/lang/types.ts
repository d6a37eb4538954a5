/**
 * Shared vocabulary of the per-language deinflection modules (fr.ts, en.ts). A module only
 * proposes spellings; resolve.ts decides which of them the dictionary has and in what order.
 */

/** What a rule undoes; irregular-table matches are "irregular" whatever the category. */
export type RuleKind = 'number' | 'gender' | 'degree' | 'verb' | 'irregular';

export interface Candidate {
  /** A possible dictionary spelling of the word, not checked against any dictionary. */
  lemma: string;
  /** The transformation, for tests and debugging: "plural -aux→-al", "irregular verb être". */
  rule: string;
  kind: RuleKind;
  /** Confidence order, lower first: plural before feminine before verb. */
  rank: number;
  /**
   * For a chained rule (the feminine of a singular: "portes" → "porte" → "port"), the
   * intermediate form. When that form is itself a key the chain stops there.
   */
  via?: string;
  /**
   * Dropped when the word itself (or its accent-restored spelling, or the intermediate form of a
   * chain) is a dictionary key: such a key is mostly a word of its own. French plurals ("bus" is
   * no plural of "bu", "fils" none of "fil"), the plain feminine -e ("porte" is no feminine of
   * "port"), English comparatives ("teacher" is no comparative of "teach").
   */
  weak?: boolean;
}

export interface LanguageRules {
  /** Candidate lemmas of a normalised word, best first, each lemma once, never the word itself. */
  candidates(word: string): Candidate[];
  /**
   * Candidates of a word written in capitals whose accents may be missing ("ACCOMPAGNEES"):
   * endings are matched accent-insensitively; lemmas must then be looked up accent-insensitively.
   */
  foldedCandidates?(word: string): Candidate[];
  /**
   * Closed-class and very frequent words ("de", "ou", "la", "his", "was"): never deinflected by
   * regular rules, never accent-folded, and never produced as a lemma by a regular rule.
   */
  isFunctionWord(word: string): boolean;
  /**
   * Inclusive writing ("entrepreneur·e·s") → the written forms it abbreviates, singular first
   * (masculine, feminine, then the plurals); empty when the word is not inclusive writing.
   */
  expandInclusive?(word: string): string[];
  /**
   * Builds the tables the rules make on first use (the irregular verbs), ahead of the first word:
   * a worker does it while a page tokenizes its text, not on that page's first lookup.
   */
  prepare?(): void;
}
