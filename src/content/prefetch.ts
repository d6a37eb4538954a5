import { send } from '../common/send';
import { scopeFields, type DictionaryScope } from './dictionary-scope';

/** Words prefetched already are remembered (one hover intent per word is enough: the background caches for good), up to this many. */
const MAX_ASKED = 2_000;

/**
 * When the reader has asked for a sign (the hover delay passed, a double-click, a selection):
 * ask the background to fetch that word's first video into the cache while the player frame
 * connects and looks the word up. Never earlier: a request to the video host (Wikimedia for
 * Lingua Libre) tells it which word it is, and a pointer crossing marked words is no request.
 * Only keys go out, never a URL: the background decides what to fetch, from the same
 * dictionaries (page language, reader's sign language) the marks came from.
 */
export function createPrefetcher(scope: DictionaryScope): (keys: readonly string[]) => void {
  const asked = new Set<string>();
  return (keys) => {
    const id = keys.join('\u0000');
    if (keys.length === 0 || asked.has(id)) return;
    if (asked.size >= MAX_ASKED) asked.clear();
    asked.add(id);
    void send('videos.prefetch', { keys: [...keys], ...scopeFields(scope) }).catch(() => asked.delete(id));
  };
}
