import { rulesFor } from '../lang/index';
import type { Expression, MissingWord, PageCoverage } from './types';

/** One distinct unsigned word as the content script counted it. */
export interface WordCount {
  key: string;
  count: number;
}

export interface SignedCount {
  key: string;
  /** Words the mark covers: more than one for an expression. */
  tokens: number;
  count: number;
}

export interface PageCounts {
  words: number;
  signedWords: number;
  marks: number;
  unsigned: readonly WordCount[];
  signed: readonly SignedCount[];
}

/** Tokens made of digits only (years, prices) are no word a sign dictionary would record. */
const NUMBER_RE = /^[\p{N}]+$/u;

/**
 * Rules trusted without a dictionary to check them: plurals and the irregular tables ("chapeaux"
 * → "chapeau", "est" → "être"). Signet tries the others too (feminines, regular verbs), but only
 * keeps what the dictionary has; alone they guess wrong too often to name a word to record
 * ("monde" → "mond", "renseignement" → "renseignemer" on lemonde-1).
 */
const TRUSTED_KINDS: ReadonlySet<string> = new Set(['number', 'irregular']);

/** The headword a page word with no sign most likely stands for, or the word itself. */
export function headwordOf(key: string, lang: string): string {
  const rules = rulesFor(lang);
  if (!rules) return key;
  return rules.candidates(key).find((c) => TRUSTED_KINDS.has(c.kind) && c.via === undefined)?.lemma ?? key;
}

/** The coverage figures of one page from its word counts (page-words.ts in the extension). */
export function pageCoverage(counts: PageCounts, lang: string): PageCoverage {
  const rules = rulesFor(lang);
  const groups = new Map<string, { count: number; forms: Map<string, number> }>();
  let functionCount = 0;
  let functionDistinct = 0;
  for (const { key, count } of counts.unsigned) {
    if (NUMBER_RE.test(key)) continue;
    if (rules?.isFunctionWord(key)) {
      functionCount += count;
      functionDistinct++;
      continue;
    }
    const word = headwordOf(key, lang);
    let group = groups.get(word);
    if (!group) groups.set(word, (group = { count: 0, forms: new Map() }));
    group.count += count;
    // A word and its capitals-only spelling are one form ("etat" and "ETAT" both key "etat").
    group.forms.set(key, (group.forms.get(key) ?? 0) + count);
  }
  const missing: MissingWord[] = [...groups].map(([word, { count, forms }]) => ({ word, count, forms: sortedKeys(forms) }));
  missing.sort(byCountThenWord);
  const expressions: Expression[] = counts.signed.filter((s) => s.tokens > 1).map(({ key, count }) => ({ key, count }));
  expressions.sort((a, b) => b.count - a.count || compare(a.key, b.key));
  return {
    words: counts.words,
    signedWords: counts.signedWords,
    coverage: counts.words === 0 ? 0 : counts.signedWords / counts.words,
    marks: counts.marks,
    expressions,
    missing,
    functionWords: { count: functionCount, distinct: functionDistinct },
  };
}

export function byCountThenWord(a: { count: number; word: string }, b: { count: number; word: string }): number {
  return b.count - a.count || compare(a.word, b.word);
}

function sortedKeys(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([key]) => key);
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
