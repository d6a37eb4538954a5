import type { ToPlayer } from '../common/player-channel';
import { parsePhrase, type PhraseRequest } from './phrase/phrase-param';

/** What the player is asked to show: the content script's last 'show', bounded here (see readRequest). */
export interface PlayerRequest {
  keys: string[];
  word: string;
  fromKeyboard: boolean;
  /** BCP 47 tag of the page, or "" when the page did not say. */
  lang: string;
  /** Several words signed in turn; absent for one word. */
  phrase?: PhraseRequest;
}

/** Nothing asked (closed, or not yet): no entries to fetch, no video. */
export const NO_REQUEST: PlayerRequest = { keys: [], word: '', fromKeyboard: false, lang: '' };

const MAX_KEYS = 16;
const MAX_KEY_LENGTH = 120;
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * A message from the port as a request, or null when it is not one. Only Signet's content script
 * holds the port, but the values still come from a web page's text: bounded before they reach
 * the background.
 */
export function readRequest(data: unknown): PlayerRequest | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Partial<Record<keyof Extract<ToPlayer, { type: 'show' }>, unknown>>;
  if (message.type === 'clear') return NO_REQUEST;
  if (message.type !== 'show' || !Array.isArray(message.keys)) return null;
  const keys: string[] = [];
  for (const raw of message.keys) {
    if (typeof raw !== 'string') continue;
    const key = raw.trim();
    if (key !== '' && key.length <= MAX_KEY_LENGTH && !keys.includes(key)) keys.push(key);
    if (keys.length === MAX_KEYS) break;
  }
  const written = typeof message.word === 'string' ? message.word.trim().slice(0, MAX_KEY_LENGTH) : '';
  const lang = typeof message.lang === 'string' && LANGUAGE_TAG.test(message.lang) ? message.lang : '';
  const phrase = parsePhrase(message.phrase);
  return { keys, word: written || keys[0] || '', fromKeyboard: message.fromKeyboard === true, lang, ...(phrase ? { phrase } : {}) };
}

/** A stable identity for one request, so an answer that arrives after the request moved on is dropped. */
export function requestId(request: PlayerRequest): string {
  return JSON.stringify([request.keys, request.word, request.fromKeyboard, request.lang, request.phrase ?? null]);
}
