/**
 * The one typed message map between the extension's parts (content script, player, options
 * → background). Every request is validated at runtime by the background before use
 * (src/background/router.ts); responses are wrapped in a Result.
 */

/** An expression (multiword entry) that a word can start. */
export interface Continuation {
  /** Normalised keys of the remaining tokens: ["local"] for "réseau local" started by "réseau". */
  rest: string[];
  /** The dictionary key of the whole expression ("réseau local"). */
  key: string;
}

/** What the background knows about one normalised word of a page. Words with nothing are left out of answers. */
export interface WordInfo {
  /** Dictionary keys of single-word entries this word resolves to, best first (exact spelling first, then deinflected). */
  keys: string[];
  /** Expressions this word (or one of its lemmas) starts, longest first. */
  continuations: Continuation[];
  /**
   * Other normalised forms of this word that occur inside expressions (its lemmas), so that a
   * page token can continue an expression in an inflected form ("locaux" for "local").
   */
  alts: string[];
}

export interface VideoView {
  /** Absolute http(s) URL, already resolved against the pack's URL and checked. */
  url: string;
  type: string;
  width: number;
  height: number;
  duration: number;
  signer?: string;
  region?: string;
}

export interface SourceCredit {
  sourceId: string;
  name: string;
  licence: string;
  attribution: string;
  homepage?: string;
}

export interface EntryView {
  id: string;
  forms: string[];
  definition?: string;
  videos: VideoView[];
  credit: SourceCredit;
}

export interface SourceSummary {
  id: string;
  name: string;
  url: string;
  version: string;
  signLanguage: string;
  spokenLanguage: string;
  licence: string;
  attribution: string;
  entryCount: number;
  installedAt: number;
}

export interface MessageMap {
  /** Content script: which of these normalised words have signs (batched, unique words). */
  'words.lookup': {
    request: {
      /** Unique normalised word keys. */
      words: string[];
      /**
       * Keys of words the page wrote in capitals only ("ETAT", "CHATEAU"): for these, and only
       * these, accent-insensitive matching is allowed, because capitals often drop accents.
       */
      capsWords?: string[];
      /**
       * The page's language (BCP 47, from <html lang>): only dictionaries written in it answer,
       * so an English page never shows LSF signs for "course" or "col". Absent: all of them.
       */
      lang?: string;
    };
    /** Answers keyed by word; a caps-only word's answer is keyed "^" + key. */
    response: { results: Record<string, WordInfo> };
  };
  /** Player: the entries of these dictionary keys (homographs: several), in order, from every enabled source. */
  'entries.get': { request: { keys: string[]; lang?: string }; response: { entries: EntryView[] } };
  'sources.list': { request: Record<string, never>; response: { sources: SourceSummary[] } };
  /** Options page: fetch, validate and install a pack from a URL. */
  'sources.add': { request: { url: string }; response: { source: SourceSummary } };
  'sources.remove': { request: { id: string }; response: { removed: boolean } };
}

export type MessageType = keyof MessageMap;
export type RequestOf<T extends MessageType> = MessageMap[T]['request'];
export type ResponseOf<T extends MessageType> = MessageMap[T]['response'];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  request: RequestOf<T>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
