/**
 * English reference data from wink-lexicon (MIT): WordNet's lemma list with lexicographer files
 * (hence parts of speech), WordNet's exception lists (irregular and doubled forms), and a
 * corpus-derived tag lexicon (fnTBL, Penn Treebank tags) listing real inflected forms.
 * A form's gold lemmas follow WordNet's own lemmatiser, Morphy: the exception list, else its
 * detachment rules kept only when they give a WordNet lemma of that part of speech.
 */
import { createRequire } from 'node:module';

interface WinkLexicon {
  lexicon: Record<string, string[]>;
  wnWords: Record<string, number>;
  wnWordSenses: number[][];
  wnSenses: string[];
  wnNounExceptions: Record<string, string>;
  wnVerbExceptions: Record<string, string>;
  wnAdjectiveExceptions: Record<string, string>;
}

export type Pos = 'noun' | 'verb' | 'adj';

/** Morphy's detachment rules (WordNet morph.c). */
const MORPHY: Readonly<Record<Pos, ReadonlyArray<readonly [string, string]>>> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
};

/** Penn tags of inflected forms → the part of speech of their lemma. */
export const INFLECTED_TAGS: Readonly<Record<string, Pos>> = {
  NNS: 'noun',
  VBD: 'verb',
  VBN: 'verb',
  VBG: 'verb',
  VBZ: 'verb',
  JJR: 'adj',
  JJS: 'adj',
};
/** Tags of base forms: the form is its own lemma. */
const BASE_TAGS = new Set(['NN', 'VB', 'VBP', 'JJ', 'RB', 'IN', 'DT', 'CC', 'PRP', 'PRP$', 'MD', 'RP', 'WDT', 'WP', 'WRB', 'UH', 'PDT', 'EX', 'TO', 'CD']);

export class WordNet {
  readonly data: WinkLexicon;
  /** Single-word lemmas by part of speech. */
  readonly lemmas: Record<Pos, Set<string>> = { noun: new Set(), verb: new Set(), adj: new Set() };
  readonly allLemmas = new Set<string>();
  readonly exceptions: Record<Pos, Record<string, string>>;

  constructor() {
    this.data = createRequire(import.meta.url)('wink-lexicon') as WinkLexicon;
    for (const [word, id] of Object.entries(this.data.wnWords)) {
      if (!/^[a-z]+$/.test(word)) continue;
      this.allLemmas.add(word);
      for (const sense of this.data.wnWordSenses[id] ?? []) {
        const file = this.data.wnSenses[sense] ?? '';
        const pos = file.startsWith('noun') ? 'noun' : file.startsWith('verb') ? 'verb' : file.startsWith('adj') ? 'adj' : undefined;
        if (pos) this.lemmas[pos].add(word);
      }
    }
    this.exceptions = { noun: this.data.wnNounExceptions, verb: this.data.wnVerbExceptions, adj: this.data.wnAdjectiveExceptions };
    // wink's word list leaves out words of one or two letters ("go", "do", "be", "ox"): the
    // exception lists' lemmas are WordNet lemmas by definition.
    for (const pos of ['noun', 'verb', 'adj'] as const) {
      for (const lemma of Object.values(this.exceptions[pos])) {
        if (!/^[a-z]+$/.test(lemma)) continue;
        this.lemmas[pos].add(lemma);
        this.allLemmas.add(lemma);
      }
    }
  }

  /** Morphy: lemmas of `form` as a `pos`. */
  morphy(form: string, pos: Pos): string[] {
    const exception = Object.hasOwn(this.exceptions[pos], form) ? this.exceptions[pos][form] : undefined;
    if (exception !== undefined) return [exception];
    const out = new Set<string>();
    if (this.lemmas[pos].has(form)) out.add(form);
    for (const [suffix, replacement] of MORPHY[pos]) {
      if (!form.endsWith(suffix)) continue;
      const base = form.slice(0, form.length - suffix.length) + replacement;
      if (this.lemmas[pos].has(base)) out.add(base);
    }
    return [...out];
  }

  /** Mainly a noun, verb or adjective: the corpus lexicon's first (most frequent) tag is NN*, VB* or JJ*. */
  contentWord(form: string): boolean {
    const tags = Object.hasOwn(this.data.lexicon, form) ? (this.data.lexicon[form] ?? []) : [];
    return /^(?:NNS?|VB[DGNPZ]?|JJ[RS]?)$/.test(tags[0] ?? '');
  }

  /** Every lemma of every reading of `form`: its tags in the corpus lexicon, exception lists, and itself if a lemma. */
  gold(form: string): Set<string> {
    const out = new Set<string>();
    if (this.allLemmas.has(form)) out.add(form);
    const tags = Object.hasOwn(this.data.lexicon, form) ? (this.data.lexicon[form] ?? []) : [];
    for (const tag of tags) {
      const pos = INFLECTED_TAGS[tag];
      if (pos) for (const lemma of this.morphy(form, pos)) out.add(lemma);
      else if (BASE_TAGS.has(tag)) out.add(form);
    }
    for (const pos of ['noun', 'verb', 'adj'] as const) {
      const exception = Object.hasOwn(this.exceptions[pos], form) ? this.exceptions[pos][form] : undefined;
      if (exception !== undefined) out.add(exception);
    }
    return out;
  }
}
