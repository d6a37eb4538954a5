/**
 * Suffix-rule engine shared by the languages: tables are compiled once into maps keyed by
 * ending, and a word is matched by slicing its last 0…n letters (no regular expression per
 * call), in the manner of 10ten's and Yomitan's deinflectors.
 */
import type { Candidate, RuleKind } from './types';

/** Combining marks left by NFD: what "accent-insensitive" removes. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, control characters included
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Accent-folded spelling: "château" → "chateau", "français" → "francais", "naïf" → "naif".
 * Capitals on French pages routinely drop accents and the cedilla ("ETAT", "FRANCAIS").
 */
export function foldAccents(word: string): string {
  // Pure ASCII is the common case on every page: skip the two normalisations.
  if (!NON_ASCII.test(word)) return word;
  return word.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

export interface SuffixRule {
  /** Ending removed from the word ("" is allowed: "vend" → "vendre"). */
  suffix: string;
  /** Ending added to the stem. */
  replacement: string;
  rule: string;
  kind: RuleKind;
  rank: number;
  /** Shortest stem accepted (default 2): "va" must not give "ver" by the "-a" simple past. */
  minStem?: number;
  /** Extra condition on the stem (what is left once the suffix is removed). */
  stem?: (stem: string) => boolean;
  /** Other spellings of the stem to try besides the stem itself ("lèv" → "lev", "lév"; "appell" → "appel"). */
  variants?: (stem: string) => readonly string[];
  /** Spellings to use instead of the stem ("stopp" → "stop" for "stopped"). */
  stems?: (stem: string) => readonly string[];
  weak?: boolean;
}

export class SuffixRules {
  private readonly bySuffix = new Map<string, SuffixRule[]>();
  private readonly byFoldedSuffix = new Map<string, SuffixRule[]>();
  private readonly maxLength: number;

  constructor(rules: readonly SuffixRule[]) {
    let max = 0;
    for (const rule of rules) {
      add(this.bySuffix, rule.suffix, rule);
      add(this.byFoldedSuffix, foldAccents(rule.suffix), rule);
      max = Math.max(max, rule.suffix.length);
    }
    this.maxLength = max;
  }

  /**
   * Appends the candidates of `word` to `out`. With `folded`, endings are compared without
   * accents (for caps words: "ACCOMPAGNEES" ends like "-ées").
   */
  apply(word: string, out: Candidate[], folded = false, via?: string): void {
    const table = folded ? this.byFoldedSuffix : this.bySuffix;
    const max = Math.min(this.maxLength, word.length);
    for (let n = 0; n <= max; n++) {
      const rules = table.get(word.slice(word.length - n));
      if (!rules) continue;
      const stem = word.slice(0, word.length - n);
      for (const rule of rules) {
        if (stem.length < (rule.minStem ?? 2)) continue;
        if (rule.stem && !rule.stem(stem)) continue;
        if (rule.stems) {
          for (const other of rule.stems(stem)) push(out, other + rule.replacement, rule, via);
          continue;
        }
        push(out, stem + rule.replacement, rule, via);
        if (rule.variants) for (const other of rule.variants(stem)) push(out, other + rule.replacement, rule, via);
      }
    }
  }
}

function add(map: Map<string, SuffixRule[]>, key: string, rule: SuffixRule): void {
  const list = map.get(key);
  if (list) list.push(rule);
  else map.set(key, [rule]);
}

function push(out: Candidate[], lemma: string, rule: SuffixRule, via: string | undefined): void {
  const candidate: Candidate = { lemma, rule: rule.rule, kind: rule.kind, rank: rule.rank };
  if (via !== undefined) candidate.via = via;
  if (rule.weak) candidate.weak = true;
  out.push(candidate);
}

/**
 * Table of whole-word forms (irregular plurals, irregular verbs) → lemmas, with a folded twin.
 * The twin is made on its first use: only words written in capitals ask for it. Building the
 * French irregular verbs' table (9,574 forms) took 24–30 ms with the twin and 19–22 ms without
 * (Node 20, three runs each), paid after each service-worker start.
 */
export class FormTable {
  private readonly forms = new Map<string, Candidate[]>();
  private folded: Map<string, Candidate[]> | null = null;

  add(form: string, lemma: string, rule: string, kind: RuleKind, rank: number, weak = false): void {
    if (form === lemma) return;
    const candidate: Candidate = { lemma, rule, kind, rank };
    if (weak) candidate.weak = true;
    addCandidate(this.forms, form, candidate);
    if (this.folded) addCandidate(this.folded, foldAccents(form), candidate);
  }

  apply(word: string, out: Candidate[], folded = false): void {
    const found = (folded ? this.foldedForms() : this.forms).get(word);
    if (found) for (const candidate of found) out.push(candidate);
  }

  get size(): number {
    return this.forms.size;
  }

  /** Every form's candidates under its accent-folded spelling, in the order they were added. */
  private foldedForms(): Map<string, Candidate[]> {
    if (this.folded) return this.folded;
    const folded = new Map<string, Candidate[]>();
    for (const [form, candidates] of this.forms) {
      const key = foldAccents(form);
      for (const candidate of candidates) addCandidate(folded, key, candidate);
    }
    this.folded = folded;
    return folded;
  }
}

function addCandidate(map: Map<string, Candidate[]>, key: string, candidate: Candidate): void {
  const list = map.get(key);
  if (!list) map.set(key, [candidate]);
  else if (!list.some((c) => c.lemma === candidate.lemma)) list.push(candidate);
}

/**
 * Best first (stable by rank: rules of one rank keep their table order), each lemma once, and
 * never the word itself.
 */
export function finish(word: string, out: Candidate[]): Candidate[] {
  out.sort((a, b) => a.rank - b.rank);
  const seen = new Set<string>([word]);
  const result: Candidate[] = [];
  for (const candidate of out) {
    if (seen.has(candidate.lemma)) continue;
    seen.add(candidate.lemma);
    result.push(candidate);
  }
  return result;
}

/** A set from a space-separated word list (tables stay readable as text). */
export function wordSet(...lists: string[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const list of lists) for (const word of list.split(/\s+/)) if (word) set.add(word);
  return set;
}
