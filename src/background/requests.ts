/**
 * Runtime checks of incoming requests. Any page with our content script can send messages, and
 * a compromised page could drive that script, so nothing is trusted for its TypeScript type: each
 * parser checks types and sizes and returns a fresh object holding only the known fields.
 */
import { MAX_MARKS_RUNS, MAX_MARKS_TEXT, MAX_WORD_LENGTH, MAX_WORDS, WORD_SEPARATOR, type MessageType, type RequestOf } from '../common/messages';
import { TICKET_PATTERN } from '../common/player-channel';
import { mySignsRequestParsers } from './my-signs';

export { MAX_WORD_LENGTH, MAX_WORDS };
/** The player asks for the keys of one match (homographs, candidates): a handful. */
export const MAX_KEYS = 100;
export const MAX_KEY_LENGTH = 500;
export const MAX_URL_LENGTH = 2_048;
export const MAX_ID_LENGTH = 200;

export class BadRequest extends Error {}

type RequestParsers = { readonly [T in MessageType]: (request: unknown) => RequestOf<T> };

export const requestParsers: RequestParsers = {
  'words.lookup': (request) => {
    const fields = record(request);
    const parsed: RequestOf<'words.lookup'> = { words: wordLines(fields.words, 'words') };
    if (fields.capsWords !== undefined) parsed.capsWords = wordLines(fields.capsWords, 'capsWords');
    if (fields.lang !== undefined) parsed.lang = languageTag(fields.lang);
    if (fields.signLanguage !== undefined) parsed.signLanguage = languageTag(fields.signLanguage);
    return parsed;
  },
  'text.marks': (request) => {
    const fields = record(request);
    if (typeof fields.text !== 'string' || fields.text.length > MAX_MARKS_TEXT) throw new BadRequest(`text must be a text of at most ${MAX_MARKS_TEXT} characters`);
    const parsed: RequestOf<'text.marks'> = { text: fields.text, lengths: runLengths(fields.lengths, fields.text.length), locale: languageTag(fields.locale) };
    if (fields.lang !== undefined) parsed.lang = languageTag(fields.lang);
    if (fields.signLanguage !== undefined) parsed.signLanguage = languageTag(fields.signLanguage);
    return parsed;
  },
  'words.covered': (request) => {
    const fields = record(request);
    const parsed: RequestOf<'words.covered'> = {};
    if (fields.lang !== undefined) parsed.lang = languageTag(fields.lang);
    if (fields.signLanguage !== undefined) parsed.signLanguage = languageTag(fields.signLanguage);
    return parsed;
  },
  'entries.get': (request) => {
    const fields = record(request);
    const parsed: RequestOf<'entries.get'> = { keys: stringArray(fields.keys, 'keys', MAX_KEYS, MAX_KEY_LENGTH) };
    if (fields.lang !== undefined) parsed.lang = languageTag(fields.lang);
    if (fields.signLanguage !== undefined) parsed.signLanguage = languageTag(fields.signLanguage);
    return parsed;
  },
  'sources.list': (request) => {
    record(request);
    return {};
  },
  'sources.add': (request) => {
    const fields = record(request);
    const parsed: RequestOf<'sources.add'> = { url: string(fields.url, 'url', MAX_URL_LENGTH) };
    if (fields.replace !== undefined) parsed.replace = boolean(fields.replace, 'replace');
    return parsed;
  },
  'sources.confirmUpdate': (request) => {
    const fields = record(request);
    return { id: string(fields.id, 'id', MAX_ID_LENGTH), install: boolean(fields.install, 'install') };
  },
  'sources.remove': (request) => ({ id: string(record(request).id, 'id', MAX_ID_LENGTH) }),
  'sources.setEnabled': (request) => {
    const fields = record(request);
    if (typeof fields.enabled !== 'boolean') throw new BadRequest('enabled must be true or false');
    return { id: string(fields.id, 'id', MAX_ID_LENGTH), enabled: fields.enabled };
  },
  'sources.update': (request) => {
    const fields = record(request);
    return fields.id === undefined ? {} : { id: string(fields.id, 'id', MAX_ID_LENGTH) };
  },
  'sources.progress': (request) => {
    record(request);
    return {};
  },
  'sources.addLinguaLibre': (request) => ({ signLanguage: languageTag(string(record(request).signLanguage, 'signLanguage', 16)) }),
  'videos.load': (request) => ({ url: httpUrl(record(request).url) }),
  'videos.prefetch': (request) => {
    const fields = record(request);
    const parsed: RequestOf<'videos.prefetch'> = { keys: stringArray(fields.keys, 'keys', MAX_KEYS, MAX_KEY_LENGTH) };
    if (fields.lang !== undefined) parsed.lang = languageTag(fields.lang);
    if (fields.signLanguage !== undefined) parsed.signLanguage = languageTag(fields.signLanguage);
    return parsed;
  },
  'videos.drop': (request) => ({ url: httpUrl(record(request).url) }),
  'player.ticket': (request) => {
    record(request);
    return {};
  },
  'player.redeemTicket': (request) => {
    const ticket = record(request).ticket;
    if (typeof ticket !== 'string' || !TICKET_PATTERN.test(ticket)) throw new BadRequest('ticket must be 32 hex digits');
    return { ticket };
  },
  'cache.stats': (request) => {
    record(request);
    return {};
  },
  'cache.setBudget': (request) => {
    const bytes = record(request).bytes;
    if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes <= 0) throw new BadRequest('bytes must be a positive number');
    return { bytes };
  },
  'cache.clear': (request) => {
    record(request);
    return {};
  },
  ...mySignsRequestParsers(),
};

/** A video address as the player holds it: absolute http(s). */
function httpUrl(value: unknown): string {
  const text = string(value, 'url', MAX_URL_LENGTH);
  if (!/^https?:\/\//.test(text)) throw new BadRequest('url must be an http(s) address');
  return text;
}

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(requestParsers, type);
}

/** A BCP 47 tag as pages write it in <html lang> ("fr", "fr-FR", "en-GB"); "" means unknown. */
function languageTag(value: unknown): string {
  if (typeof value !== 'string' || !/^(?:[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*)?$/.test(value)) {
    throw new BadRequest('lang must be a language tag such as "fr" or "en-GB"');
  }
  return value;
}

function record(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BadRequest('the request must be an object');
  return value as Record<string, unknown>;
}

function string(value: unknown, name: string, maxLength: number): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) {
    throw new BadRequest(`${name} must be a text of 1 to ${maxLength} characters`);
  }
  return value;
}

/**
 * A 'words.lookup' list: at most MAX_WORDS lines, of which those over MAX_WORD_LENGTH characters
 * are left out, not refused: one JWT or base64 string on a page (143 characters) made the whole
 * lookup fail, and with it every mark of the page. No dictionary form is that long.
 */
function wordLines(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length > MAX_WORDS * (MAX_WORD_LENGTH + 1)) {
    throw new BadRequest(`${name} must be a text of at most ${MAX_WORDS} lines`);
  }
  // Checked in one pass without splitting: the handler splits it once (splitWords). The list is
  // copied only when it holds an over-long line, which the content script already drops.
  let lines = 0;
  let kept: string[] | null = null;
  let keptFrom = 0;
  for (let start = 0; start <= value.length; lines++) {
    let end = value.indexOf(WORD_SEPARATOR, start);
    if (end < 0) end = value.length;
    if (end - start > MAX_WORD_LENGTH) {
      (kept ??= []).push(value.slice(keptFrom, start));
      keptFrom = end + 1;
    }
    start = end + 1;
  }
  if (lines > MAX_WORDS) throw new BadRequest(`${name} must be a text of at most ${MAX_WORDS} lines`);
  if (!kept) return value;
  kept.push(value.slice(keptFrom));
  return kept.join('');
}

/** The runs' lengths of a 'text.marks': whole numbers that add up to the text's length. */
function runLengths(value: unknown, textLength: number): number[] {
  const refused = () => new BadRequest(`lengths must be at most ${MAX_MARKS_RUNS} whole numbers adding up to the text's length`);
  if (!Array.isArray(value) || value.length > MAX_MARKS_RUNS) throw refused();
  let sum = 0;
  for (const length of value) {
    if (!Number.isInteger(length) || length < 0) throw refused();
    sum += length as number;
  }
  if (sum !== textLength) throw refused();
  return [...(value as number[])];
}

/** The words of a 'words.lookup' list (empty lines are not words). */
export function splitWords(list: string): string[] {
  return list.split(WORD_SEPARATOR).filter((word) => word.length > 0);
}

function stringArray(value: unknown, name: string, maxItems: number, maxLength: number): string[] {
  if (!Array.isArray(value) || value.length > maxItems) throw new BadRequest(`${name} must be a list of at most ${maxItems} texts`);
  for (const item of value) {
    if (typeof item !== 'string' || item.length > maxLength) {
      throw new BadRequest(`${name} must hold texts of at most ${maxLength} characters`);
    }
  }
  return [...(value as string[])];
}

function boolean(value: unknown, name: string): boolean {
  if (typeof value !== 'boolean') throw new BadRequest(`${name} must be true or false`);
  return value;
}
