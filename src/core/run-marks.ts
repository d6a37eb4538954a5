/**
 * The marks of a batch of text runs, found where the dictionary lives and carried back in a
 * compact form. The content script sends the runs' text as it read it; the background tokenizes
 * it, resolves every word against its index and matches the expressions, and answers with
 * numbers: per run, how many words it holds, and per match its offsets, token span and keys.
 *
 * Why there: a content script starts cold on every page, so its tokenizer ran in V8's interpreter
 * for most of a page's words, while the service worker's compiled one serves every tab. In a CPU
 * profile of lemonde-1 (2,200 words, Chromium 156) tokenizing, collecting the distinct words and
 * matching were 42% of Signet's samples; moving them here took Signet's main-thread time on that
 * page from 27.5 to 12.9 ms (`npm run bench`). What the page still pays is its walk, one message
 * out and one back.
 */
import { findMatches, type Match } from './match';
import { tokenize, type Token } from './text/tokenize';
import type { WordInfo } from './words';

/** What 'text.marks' answers for a batch of runs, in the batch's order. */
export interface RunMarksAnswer {
  /** Words (tokens with a letter) of each run: the popup counts them. */
  words: number[];
  /**
   * Every match of every run, run by run and in text order, as numbers: the run's index, start
   * and end offsets in its text, first token and one past the last, then how many keys and each
   * key's index in `keys`. One list of numbers crosses the channel far cheaper than objects.
   */
  marks: number[];
  /** The keys the marks name, once each, joined by KEY_SEPARATOR (a key never holds a line break). */
  keys: string;
}

/** What one run comes back as, in the content script. */
export interface RunMarks {
  words: number;
  matches: Match[];
}

export const KEY_SEPARATOR = '\n';

/** The runs' texts as one string, and the length of each, in order. */
export interface JoinedRuns {
  text: string;
  lengths: number[];
}

export function joinRuns(texts: readonly string[]): JoinedRuns {
  return { text: texts.join(''), lengths: texts.map((t) => t.length) };
}

/** The texts joinRuns joined; the lengths are the background's request parser's to check (requests.ts). */
export function splitRuns({ text, lengths }: JoinedRuns): string[] {
  const texts: string[] = [];
  let at = 0;
  for (const length of lengths) texts.push(text.slice(at, (at += length)));
  return texts;
}

/**
 * Tokenizes each run and matches it: `info` says what a token's word resolves to (undefined:
 * nothing). Each distinct word is asked once, whatever its number of occurrences.
 */
export function markRuns(texts: readonly string[], locale: string, info: (key: string, caps: boolean) => WordInfo | undefined): RunMarksAnswer {
  const known = new Map<string, WordInfo | undefined>();
  const knownCaps = new Map<string, WordInfo | undefined>();
  const infoOf = (token: Token): WordInfo | undefined => {
    const memo = token.caps ? knownCaps : known;
    if (memo.has(token.key)) return memo.get(token.key);
    const found = info(token.key, token.caps);
    memo.set(token.key, found);
    return found;
  };
  const words: number[] = [];
  const marks: number[] = [];
  const keyIndex = new Map<string, number>();
  texts.forEach((text, run) => {
    const tokens = tokenize(text, locale);
    words.push(tokens.length);
    for (const match of findMatches(tokens, infoOf)) {
      marks.push(run, match.start, match.end, match.tokenStart, match.tokenEnd, match.keys.length);
      for (const key of match.keys) {
        let index = keyIndex.get(key);
        if (index === undefined) keyIndex.set(key, (index = keyIndex.size));
        marks.push(index);
      }
    }
  });
  return { words, marks, keys: [...keyIndex.keys()].join(KEY_SEPARATOR) };
}

/**
 * The answer for `runCount` runs back into each run's word count and matches. Throws on an
 * answer that does not fit the question (an older background during an update of Signet).
 */
export function readRunMarks(answer: RunMarksAnswer, runCount: number): RunMarks[] {
  const { words, marks } = answer;
  if (!Array.isArray(words) || words.length !== runCount || !Array.isArray(marks) || typeof answer.keys !== 'string') {
    throw new Error('The marks do not answer the runs asked about.');
  }
  const keys = answer.keys.split(KEY_SEPARATOR);
  const runs: RunMarks[] = words.map((count) => ({ words: count, matches: [] }));
  // Matches naming the same keys share one frozen list: a page repeats its words, and the content
  // script keeps every match for the life of the page (wikipedia-2: 4,335 matches, a few
  // hundred distinct words).
  const keyLists = new Map<string, string[]>();
  for (let i = 0; i < marks.length; ) {
    const run = runs[marks[i]!];
    const keyCount = marks[i + 5]!;
    if (run === undefined || !(keyCount > 0) || i + 6 + keyCount > marks.length) throw new Error('The marks do not answer the runs asked about.');
    const indices = keyCount === 1 ? String(marks[i + 6]) : marks.slice(i + 6, i + 6 + keyCount).join(',');
    let matchKeys = keyLists.get(indices);
    if (!matchKeys) {
      matchKeys = [];
      for (let k = 0; k < keyCount; k++) {
        const key = keys[marks[i + 6 + k]!];
        if (key === undefined) throw new Error('The marks do not answer the runs asked about.');
        matchKeys.push(key);
      }
      keyLists.set(indices, Object.freeze(matchKeys) as string[]);
    }
    run.matches.push({ start: marks[i + 1]!, end: marks[i + 2]!, tokenStart: marks[i + 3]!, tokenEnd: marks[i + 4]!, keys: matchKeys });
    i += 6 + keyCount;
  }
  return runs;
}
