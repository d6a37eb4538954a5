/**
 * What the overlay asks the player to show, carried in the iframe's URL hash so the content
 * script can switch words by changing only the hash (no reload, the video element survives):
 *   #k=chapeau&k=chapeaux&w=Chapeaux&kbd=1
 * k   dictionary keys, best first (repeated)
 * w   the word as written on the page (title while loading, "no sign" message)
 * kbd 1 when the overlay was opened from the keyboard (the player may then take focus)
 * l   the page's language, so the player asks the dictionaries the page's marks came from
 * p   a phrase (JSON, see phrase/phrase-param.ts): several words signed in turn
 *
 * Any page can embed this web-accessible page with a hash of its choosing, so the values are
 * bounded here before they reach the background.
 */
import { parsePhrase, type PhraseRequest } from './phrase/phrase-param';

export interface PlayerRequest {
  keys: string[];
  word: string;
  fromKeyboard: boolean;
  /** BCP 47 tag of the page, or "" when the page did not say. */
  lang: string;
  /** Several words signed in turn; absent for one word. */
  phrase?: PhraseRequest;
}

const MAX_KEYS = 16;
const MAX_KEY_LENGTH = 120;

export function parsePlayerHash(hash: string): PlayerRequest {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const keys: string[] = [];
  for (const raw of params.getAll('k')) {
    const key = raw.trim();
    if (key !== '' && key.length <= MAX_KEY_LENGTH && !keys.includes(key)) keys.push(key);
    if (keys.length === MAX_KEYS) break;
  }
  const word = (params.get('w') ?? '').trim().slice(0, MAX_KEY_LENGTH) || keys[0] || '';
  const lang = params.get('l') ?? '';
  const phrase = parsePhrase(params.get('p'));
  return {
    keys,
    word,
    fromKeyboard: params.get('kbd') === '1',
    lang: /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : '',
    ...(phrase ? { phrase } : {}),
  };
}

/** A stable identity for one request, so an answer that arrives after the hash moved on is dropped. */
export function requestId(request: PlayerRequest): string {
  return JSON.stringify([request.keys, request.word, request.fromKeyboard, request.lang, request.phrase ?? null]);
}
