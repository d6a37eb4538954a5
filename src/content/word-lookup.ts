import { MAX_MARKS_TEXT, MAX_WORD_LENGTH, MAX_WORDS, WORD_SEPARATOR, type WordInfo } from '../common/messages';
import { joinRuns, readRunMarks, type RunMarks } from '../core/run-marks';
import type { Token } from '../core/text/tokenize';
import { send } from '../common/send';
import { scopeFields, type DictionaryScope } from './dictionary-scope';

/**
 * What the background knows about the page's words, asked once per unique word and kept until
 * the scan is over (forget() below; the dictionary itself stays in the background). Words the
 * page wrote only in capitals are asked in a list of their own and answered in one, because only
 * they may match accent-insensitively ("ETAT" → "état", never "de" → "dé"): the same key may have
 * two answers, kept in two maps.
 */
export class WordLookup {
  private known = new Map<string, WordInfo | null>();
  private knownCaps = new Map<string, WordInfo | null>();
  private covered: Promise<boolean> | null = null;

  constructor(private readonly scope: DictionaryScope) {}

  /**
   * Whether any dictionary answers for this page, asked once: a page no dictionary covers is not
   * read at all (nytimes-5, in Spanish with French and English dictionaries: the whole scan was
   * 3.7 times the floor, for no mark). A failed question counts as covered, so the scan asks again.
   */
  covers(): Promise<boolean> {
    this.covered ??= send('words.covered', scopeFields(this.scope)).then(
      ({ covered }) => covered,
      () => {
        this.covered = null;
        return true;
      },
    );
    return this.covered;
  }

  /**
   * The word counts and matches of these runs' texts, found by the background (core/run-marks.ts):
   * what a scan asks, instead of tokenizing here. A text longer than one message may carry is
   * read up to that length.
   */
  async markRuns(texts: readonly string[], locale: string): Promise<RunMarks[]> {
    const kept = texts.map((text) => (text.length > MAX_MARKS_TEXT ? text.slice(0, MAX_MARKS_TEXT) : text));
    const answers: RunMarks[] = [];
    for (let from = 0; from < kept.length; ) {
      // As many runs as fit in one message (nearly always all of them).
      let to = from + 1;
      for (let size = kept[from]!.length; to < kept.length && size + kept[to]!.length <= MAX_MARKS_TEXT; to++) size += kept[to]!.length;
      const batch = kept.slice(from, to);
      const answer = await send('text.marks', { ...joinRuns(batch), locale, ...scopeFields(this.scope) });
      answers.push(...readRunMarks(answer, batch.length));
      from = to;
    }
    return answers;
  }

  info = (token: Token): WordInfo | undefined => {
    return (token.caps ? this.knownCaps : this.known).get(token.key) ?? undefined;
  };

  /**
   * Forgets the answers (a scan is over: its matches are in the index). Kept, they were a few
   * thousand entries for the life of the tab on a long page (wikipedia-2); a later rescan of a
   * changed block asks again for its own words, in one message.
   */
  forget(): void {
    this.known.clear();
    this.knownCaps.clear();
  }

  /** The dictionaries changed: every answer, and whether any dictionary covers the page, is asked again. */
  reset(): void {
    this.forget();
    this.covered = null;
  }

  /**
   * Asks the background about the tokens' words not asked before. Tokens longer than any
   * dictionary form (a JWT, a base64 string) are not asked about; a page with more distinct
   * words than one message may carry asks in several.
   */
  async learn(tokenLists: Iterable<readonly Token[]>): Promise<void> {
    const words = new Set<string>();
    const capsWords = new Set<string>();
    for (const tokens of tokenLists) {
      for (const token of tokens) {
        if (token.key.length > MAX_WORD_LENGTH) continue;
        if (token.caps) {
          if (!this.knownCaps.has(token.key)) capsWords.add(token.key);
        } else if (!this.known.has(token.key)) {
          words.add(token.key);
        }
      }
    }
    if (words.size + capsWords.size <= MAX_WORDS) return this.ask([...words], [...capsWords]);
    const all = [...words];
    for (let i = 0; i < all.length; i += MAX_WORDS) await this.ask(all.slice(i, i + MAX_WORDS), []);
    const caps = [...capsWords];
    for (let i = 0; i < caps.length; i += MAX_WORDS) await this.ask([], caps.slice(i, i + MAX_WORDS));
  }

  private async ask(words: readonly string[], capsWords: readonly string[]): Promise<void> {
    if (words.length === 0 && capsWords.length === 0) return;
    const request = { words: words.join(WORD_SEPARATOR), capsWords: capsWords.join(WORD_SEPARATOR), ...scopeFields(this.scope) };
    const { results, capsResults } = await send('words.lookup', request);
    // Own properties only: an answer is a plain object, and a page's "constructor" is no entry.
    for (const word of words) this.known.set(word, Object.hasOwn(results, word) ? results[word]! : null);
    for (const word of capsWords) this.knownCaps.set(word, Object.hasOwn(capsResults, word) ? capsResults[word]! : null);
  }
}
