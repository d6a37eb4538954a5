import { send } from '../common/send';

/** Keys asked for already: one hover intent per word is enough (the background caches for good). */
const asked = new Set<string>();
const MAX_ASKED = 2_000;

/**
 * When the reader's pointer starts to rest on a word, before the hover delay ends: ask the
 * background to fetch that word's first video into the cache, so the sign starts at once when
 * the player opens. Only keys go out, never a URL: the background decides what to fetch.
 */
export function prefetchSign(keys: readonly string[]): void {
  const id = keys.join('\u0000');
  if (keys.length === 0 || asked.has(id)) return;
  if (asked.size >= MAX_ASKED) asked.clear();
  asked.add(id);
  const lang = document.documentElement.lang.trim();
  void send('videos.prefetch', { keys: [...keys], ...(lang ? { lang } : {}) }).catch(() => asked.delete(id));
}
