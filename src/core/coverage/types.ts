/**
 * The figures of a coverage report, shared by the extension's page report and `npm run audit`
 * (whose JSON output, schema/audit-v1.schema.json, is made of these). Field names are part of
 * that format: rename nothing without a new format version.
 */

/** A distinct word of a page with no sign, as Signet resolves it ("chapeaux" counts for "chapeau"). */
export interface MissingWord {
  /** The headword a recording would need: the word's most likely lemma, else the word itself. */
  word: string;
  /** Occurrences on the page (or the site), every written form together. */
  count: number;
  /** The forms the page wrote, most frequent first ("chapeaux", "chapeau"). */
  forms: string[];
}

export interface Expression {
  key: string;
  count: number;
}

export interface PageCoverage {
  /** Words read (text of form fields, code and Signet's own UI is not read). */
  words: number;
  /** Words inside a mark: an expression of three words counts three. */
  signedWords: number;
  /** signedWords / words, 0 when no word was read. */
  coverage: number;
  /** Marks: an expression counts once. */
  marks: number;
  /** Expressions (entries of several words) marked, most frequent first. */
  expressions: Expression[];
  /** Content words without a sign, most frequent first. */
  missing: MissingWord[];
  /** Function words ("de", "the") without a sign, counted apart: a dictionary seldom has them. */
  functionWords: { count: number; distinct: number };
}
