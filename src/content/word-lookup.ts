import type { WordInfo } from '../common/messages';
import type { Token } from '../core/text/tokenize';
import { send } from '../common/send';
import { scopeFields, type DictionaryScope } from './dictionary-scope';

/**
 * What the background knows about the page's words, asked once per unique word and kept for
 * the life of the tab (a page has a few thousand distinct words; the dictionary itself stays in
 * the background). Words the page wrote only in capitals are asked separately, under "^" + key,
 * because only they may match accent-insensitively ("ETAT" → "état", never "de" → "dé").
 */
export class WordLookup {
  private known = new Map<string, WordInfo | null>();

  constructor(private readonly scope: DictionaryScope) {}

  info = (token: Token): WordInfo | undefined => {
    return this.known.get(token.caps ? '^' + token.key : token.key) ?? undefined;
  };

  /** Asks the background about the tokens' words not asked before. */
  async learn(tokenLists: Iterable<readonly Token[]>): Promise<void> {
    const words = new Set<string>();
    const capsWords = new Set<string>();
    for (const tokens of tokenLists) {
      for (const token of tokens) {
        if (token.caps) {
          if (!this.known.has('^' + token.key)) capsWords.add(token.key);
        } else if (!this.known.has(token.key)) {
          words.add(token.key);
        }
      }
    }
    if (words.size === 0 && capsWords.size === 0) return;
    const { results } = await send('words.lookup', { words: [...words], capsWords: [...capsWords], ...scopeFields(this.scope) });
    for (const word of words) this.known.set(word, results[word] ?? null);
    for (const word of capsWords) this.known.set('^' + word, results['^' + word] ?? null);
  }
}
