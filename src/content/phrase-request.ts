import type { PhraseItem, PhraseRequest } from '../common/phrase';
import { findMatches } from '../core/match';
import { MAX_PHRASE_WORDS, planPhrase } from '../core/phrase';
import type { Token } from '../core/text/tokenize';
import type { Anchor, SignRequest } from './overlay';
import type { PhraseText } from './phrase-text';
import type { WordLookup } from './word-lookup';

/** What the content script keeps of a phrase it asked the player to sign: the request, and where its words are. */
export interface PhraseShown extends PhraseRequest {
  /** Each item's words on the page (null when the phrase has no place there), highlighted in turn. */
  ranges: Array<Range | null>;
}

/**
 * Several words asked for at once (a selection, the command or menu on a sentence) become a
 * phrase: each word or expression with a sign is signed, the rest fingerspelled or skipped (see
 * src/core/phrase.ts). A phrase that turns out to be one sign ("réseau local") is that sign.
 */
export async function phraseRequestFor(phrase: PhraseText, tokens: readonly Token[], lookup: WordLookup, locale: string, anchor: Anchor, fromKeyboard: boolean): Promise<SignRequest> {
  const kept = tokens.slice(0, MAX_PHRASE_WORDS);
  await lookup.learn([kept]);
  const { parts, cut } = planPhrase(tokens, findMatches(kept, lookup.info), locale);
  const text = (start: number, end: number) => phrase.text.slice(start, end);
  const only = parts.length === 1 ? parts[0]! : undefined;
  if (only?.kind === 'sign') {
    return { keys: only.keys, written: text(only.start, only.end), anchor: phrase.rangeOf(only.start, only.end) ?? anchor, fromKeyboard };
  }
  const items = parts.map((part): PhraseItem => ({ kind: part.kind, text: text(part.start, part.end), keys: part.keys }));
  const last = parts[parts.length - 1]!;
  return {
    keys: [],
    written: text(parts[0]!.start, last.end),
    anchor,
    fromKeyboard,
    phrase: { items, cut, ranges: parts.map((part) => phrase.rangeOf(part.start, part.end)) },
  };
}
