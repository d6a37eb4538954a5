import type { Token } from './text/tokenize';
import type { WordInfo } from '../common/messages';

export interface Match {
  /** Offsets in the tokenized text: from the first token's start to the last token's end. */
  start: number;
  end: number;
  /** Index of the first and one past the last token. */
  tokenStart: number;
  tokenEnd: number;
  /** Dictionary keys to ask the background for (several for homographs), best first. */
  keys: string[];
}

/** Longest match, left to right, without overlaps (implementation pending). */
export function findMatches(_tokens: readonly Token[], _info: (token: Token) => WordInfo | undefined): Match[] {
  throw new Error('not implemented');
}
