/**
 * Scores resolveWord against a lexicon whose every lemma is a dictionary key: the worst case for
 * wrong matches, since any real lemma a rule produces lights up.
 */
import { resolveWord, type KeyIndex } from '../../src/core/resolve';
import { foldAccents } from '../../src/core/lang/engine';

/** One inflected form of a sampled lemma. */
export interface Item {
  form: string;
  /**
   * Its lemma; several when the reference cannot tell them apart (Morphy gives both "scare" and
   * "scar" for "scaring"): finding one of them counts.
   */
  lemmas: readonly string[];
  /** Reporting group: part of speech, or the source of the form. */
  group: string;
}

export interface Lexicon {
  index: KeyIndex;
  /** True when the form has a noun, adjective or verb reading: running-text scores count only those. */
  contentWord(form: string): boolean;
  /** Every lemma of every analysis of the form, in any part of speech (incl. the form itself when it is a lemma). */
  gold(form: string): ReadonlySet<string>;
}

export interface Scores {
  group: string;
  forms: number;
  /** Share of forms whose lemma is among the keys. */
  recall: number;
  /** Share of forms whose first key is one of their lemmas. */
  top1: number;
  /** Share of returned keys that are lemmas of the form. */
  precision: number;
  /** Share of forms with at least one wrong key (a real lemma that is not the form's). */
  wrongForms: number;
  /** Share of forms that still light up something when the dictionary lacks all their lemmas. */
  falseLightUps: number;
  /** Recall of the same forms written in capitals without accents ("ACCOMPAGNEES"). */
  capsRecall: number;
}

/** The same index without the form's own lemmas: what a smaller dictionary that lacks the word would show. */
function without(index: KeyIndex, gold: ReadonlySet<string>): KeyIndex {
  return {
    has: (key) => !gold.has(key) && index.has(key),
    folded: (key) => (index.folded?.(key) ?? []).filter((k) => !gold.has(k)),
  };
}

export function evaluate(items: readonly Item[], lexicon: Lexicon, lang: string): Scores[] {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const list = groups.get(item.group);
    if (list) list.push(item);
    else groups.set(item.group, [item]);
  }
  const scores: Scores[] = [];
  for (const [group, list] of groups) {
    let found = 0;
    let first = 0;
    let keysTotal = 0;
    let keysRight = 0;
    let wrong = 0;
    let lightUps = 0;
    let capsFound = 0;
    for (const { form, lemmas } of list) {
      const gold = lexicon.gold(form);
      const keys = resolveWord(form, false, lexicon.index, lang);
      if (lemmas.some((l) => keys.includes(l))) found++;
      if (keys[0] !== undefined && gold.has(keys[0])) first++;
      keysTotal += keys.length;
      const right = keys.filter((k) => gold.has(k)).length;
      keysRight += right;
      if (right < keys.length) wrong++;
      if (resolveWord(form, false, without(lexicon.index, gold), lang).length > 0) lightUps++;
      const capsKeys = resolveWord(foldAccents(form), true, lexicon.index, lang);
      if (lemmas.some((l) => capsKeys.includes(l))) capsFound++;
    }
    const n = list.length;
    scores.push({
      group,
      forms: n,
      recall: found / n,
      top1: first / n,
      precision: keysTotal === 0 ? 1 : keysRight / keysTotal,
      wrongForms: wrong / n,
      falseLightUps: lightUps / n,
      capsRecall: capsFound / n,
    });
  }
  return scores;
}

/** Forms a rule set misses or gets wrong, most frequent patterns first: the list that drove the rules. */
export function failures(items: readonly Item[], lexicon: Lexicon, lang: string, limit: number): string[] {
  const out: string[] = [];
  for (const { form, lemmas, group } of items) {
    const keys = resolveWord(form, false, lexicon.index, lang);
    const gold = lexicon.gold(form);
    const bad = keys.filter((k) => !gold.has(k));
    if (!lemmas.some((l) => keys.includes(l))) {
      out.push(`miss  ${group}  ${form} → ${lemmas.join('|')}  (got ${keys.join(', ') || 'nothing'})`);
    } else if (bad.length > 0) out.push(`wrong ${group}  ${form} → ${bad.join(', ')}`);
  }
  return out.slice(0, limit);
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

export function markdown(title: string, scores: readonly Scores[]): string {
  const rows = scores.map((s) => `| ${s.group} | ${s.forms} | ${pct(s.recall)} | ${pct(s.top1)} | ${pct(s.precision)} | ${pct(s.wrongForms)} | ` + `${pct(s.falseLightUps)} | ${pct(s.capsRecall)} |`);
  return [
    `### ${title}`,
    '',
    '| forms of | n | recall | first key right | precision | forms with a wrong key | light-ups without the lemma | recall in CAPS |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n');
}

/** Deterministic shuffle (mulberry32), so the seeded sample is the same on every machine. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface TokenScores {
  tokens: number;
  /** Share of tokens with at least one key that is a lemma of theirs. */
  found: number;
  /** Share of tokens with at least one key that is not. */
  wrong: number;
}

/**
 * Token-weighted scores over running text: every token with a noun, adjective or verb reading, as
 * often as the page has it (function words and names are left out: their lexicon lemmas are
 * grammatical tags such as LEFFF's "cln", and no sign dictionary lists them as such).
 */
export function evaluateTokens(tokens: readonly string[], lexicon: Lexicon, lang: string): TokenScores {
  const memo = new Map<string, readonly [boolean, boolean]>();
  let known = 0;
  let found = 0;
  let wrong = 0;
  for (const token of tokens) {
    if (!lexicon.contentWord(token)) continue;
    const gold = lexicon.gold(token);
    known++;
    let answer = memo.get(token);
    if (!answer) {
      const keys = resolveWord(token, false, lexicon.index, lang);
      answer = [keys.some((k) => gold.has(k)), keys.some((k) => !gold.has(k))];
      memo.set(token, answer);
    }
    if (answer[0]) found++;
    if (answer[1]) wrong++;
  }
  return { tokens: known, found: found / known, wrong: wrong / known };
}

export function tokenMarkdown(rows: ReadonlyArray<readonly [string, TokenScores]>): string {
  return [
    '| running text | noun, adjective and verb tokens | tokens with a right key | tokens with a wrong key |',
    '|---|---:|---:|---:|',
    ...rows.map(([name, s]) => `| ${name} | ${s.tokens} | ${pct(s.found)} | ${pct(s.wrong)} |`),
    '',
  ].join('\n');
}
