import type { Match } from './match';
import { isFunctionWord } from './text/function-words';
import type { Token } from './text/tokenize';

/**
 * Phrase mode: a selection of several words signed word by word. Each part is a sign (a word
 * or an expression a dictionary has, the longest match, as the marks), a word to fingerspell
 * (names, and any other word without a sign), or a function word without a sign, skipped.
 */
export type PhrasePartKind = 'sign' | 'spell' | 'skip';

export interface PhrasePart {
  kind: PhrasePartKind;
  /** Offsets in the tokenized text. */
  start: number;
  end: number;
  /** Dictionary keys of a sign, best first; [] otherwise. */
  keys: string[];
}

/** Longer selections are cut: past a few sentences, word-by-word signing stops being a help. */
export const MAX_PHRASE_WORDS = 60;

export interface PhrasePlan {
  parts: PhrasePart[];
  /** Words left out past MAX_PHRASE_WORDS. */
  cut: number;
}

/**
 * The parts of a phrase from its tokens and their matches (findMatches over the same tokens,
 * cut to MAX_PHRASE_WORDS first so that no expression runs past the cut).
 */
export function planPhrase(tokens: readonly Token[], matches: readonly Match[], locale: string): PhrasePlan {
  const kept = tokens.slice(0, MAX_PHRASE_WORDS);
  const byStart = new Map(matches.filter((m) => m.tokenEnd <= kept.length).map((m) => [m.tokenStart, m]));
  const parts: PhrasePart[] = [];
  for (let i = 0; i < kept.length; ) {
    const match = byStart.get(i);
    if (match) {
      parts.push({ kind: 'sign', start: match.start, end: match.end, keys: [...match.keys] });
      i = match.tokenEnd;
      continue;
    }
    const token = kept[i]!;
    parts.push({ kind: isFunctionWord(token.key, locale) ? 'skip' : 'spell', start: token.start, end: token.end, keys: [] });
    i += 1;
  }
  return { parts, cut: tokens.length - kept.length };
}
