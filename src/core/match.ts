import type { Token } from './text/tokenize';
import type { Continuation, WordInfo } from './words';

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

type InfoOf = (token: Token) => WordInfo | undefined;

/**
 * Whether the tokens after `first` spell the continuation's rest: each one joined to the previous
 * (so "réseau, local" never matches "réseau local") and written either as the expression's key
 * or as one of its inflected forms ("réseaux locaux" through alts).
 */
function continues(tokens: readonly Token[], first: number, rest: readonly string[], info: InfoOf): boolean {
  if (rest.length === 0 || first + rest.length >= tokens.length) return false;
  for (let j = 0; j < rest.length; j++) {
    const token = tokens[first + 1 + j];
    const expected = rest[j];
    if (token === undefined || expected === undefined || !token.joined) return false;
    if (token.key !== expected && !(info(token)?.alts.includes(expected) ?? false)) return false;
  }
  return true;
}

/** Keys of every expression of the longest length that matches at `first` (homographous expressions give several). */
function longestExpression(tokens: readonly Token[], first: number, continuations: readonly Continuation[], info: InfoOf): { keys: string[]; length: number } | undefined {
  let length = 0;
  const keys: string[] = [];
  // Continuations arrive longest first, but the order is the background's promise, not ours to
  // rely on for correctness: keep the longest matching length and every key of that length.
  for (const continuation of continuations) {
    const restLength = continuation.rest.length;
    if (restLength < length) continue;
    if (!continues(tokens, first, continuation.rest, info)) continue;
    if (restLength > length) {
      length = restLength;
      keys.length = 0;
    }
    if (!keys.includes(continuation.key)) keys.push(continuation.key);
  }
  return length > 0 ? { keys, length: length + 1 } : undefined;
}

/**
 * Longest match, left to right, without overlaps: at each token, the longest expression it starts
 * ("réseau local" beats "réseau"), else the word alone if it has entries; then carry on after it.
 */
export function findMatches(tokens: readonly Token[], info: InfoOf): Match[] {
  const matches: Match[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    const firstInfo = info(first);
    if (firstInfo === undefined) {
      i++;
      continue;
    }
    const expression = longestExpression(tokens, i, firstInfo.continuations, info);
    const tokenEnd = expression ? i + expression.length : i + 1;
    const keys = expression ? expression.keys : firstInfo.keys;
    if (keys.length > 0) {
      const last = tokens[tokenEnd - 1] as Token;
      matches.push({ start: first.start, end: last.end, tokenStart: i, tokenEnd, keys: [...keys] });
    }
    i = tokenEnd;
  }
  return matches;
}
