/**
 * The one typed message map between the extension's parts (content script, player, options
 * → background). Every request is validated at runtime by the background before use
 * (src/background/router.ts); responses are wrapped in a Result.
 */

import type { RunMarksAnswer } from '../core/run-marks';
import type { VideoView, WordInfo } from '../core/words';

// Defined in src/core (the DOM-free layer uses them too); re-exported for the rest of the extension.
export type { Continuation, VideoView, WordInfo } from '../core/words';

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
  /** The definition, signed (packs' definitionVideos). */
  definitionVideos?: VideoView[];
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

/** A pack installed from a URL, or the live Lingua Libre base. */
export type SourceKind = 'pack' | 'lingualibre' | 'my-signs' | 'file';

/** An installed source as the options page lists it. */
export interface SourceView extends SourceSummary {
  kind: SourceKind;
  enabled: boolean;
  /** Last update check (ms since 1970), and its error when it failed (the source still answers as before). */
  checkedAt?: number;
  lastError?: string;
  /** Records of a live source left out because they could not be used. */
  skipped?: number;
  /** A new version that removes more than half of the signs, stored but waiting for the reader's word (the current one answers). */
  heldUpdate?: { version: string; entryCount: number };
}

/** The source that already holds a pack's id, installed from another address. */
export interface SourceConflict {
  id: string;
  name: string;
  url: string;
  /** In words, naming the installed source. */
  message: string;
}

/** An install or update under way, for the options page's progress bars. */
export interface InstallProgress {
  /** The source's id once pack.json has been read; before that, its address. */
  key: string;
  url: string;
  name?: string;
  phase: 'connecting' | 'downloading' | 'saving';
  /** Parts (shards) done and in all; total 0 while not known yet. */
  done: number;
  total: number;
  /** Started again after the browser stopped the background mid-install. */
  resumed: boolean;
}

/**
 * Where the player may play a video from: the cache (it reads the Blob from IndexedDB),
 * the network directly (it could not be stored), or not at all, and why.
 */
export type VideoLoadStatus = 'cached' | 'network' | 'offline' | 'missing' | 'failed';

export interface CacheStats {
  /** Bytes of video stored, and how many videos. */
  bytes: number;
  count: number;
  /** Size budget: the least recently played videos go first past it. */
  budget: number;
}

/** What 'words.lookup' answers: one record per list of the request. */
export interface LookupAnswer {
  results: Record<string, WordInfo>;
  capsResults: Record<string, WordInfo>;
}

/** Joins and splits the word lists of 'words.lookup'. */
export const WORD_SEPARATOR = '\n';
/** Words in one 'words.lookup' (both lists): a page has a few thousand distinct words, this is far above. */
export const MAX_WORDS = 20_000;
/**
 * The longest word a lookup asks about. Longer tokens (JWTs, base64, hashes) are never
 * dictionary forms: the content script drops them, the background leaves them out.
 */
export const MAX_WORD_LENGTH = 100;
/**
 * The most text one 'text.marks' carries, and the most runs: a first read sends at most 800 runs
 * at a time (wikipedia-2, the longest stored page: 312,000 characters in 1,770 runs). A longer run
 * (a whole book in one paragraph) is read up to this length.
 */
export const MAX_MARKS_TEXT = 2_000_000;
export const MAX_MARKS_RUNS = 5_000;

export interface MessageMap {
  /** Content script: which of these normalised words have signs (batched, unique words). */
  'words.lookup': {
    request: {
      /**
       * Unique normalised word keys, one per line (a key never holds a line break). One string
       * crosses the message channel in a fraction of the time thousands do, since the browser
       * converts and checks a message value by value: sending 6,000 words as a list cost 1.7–5.4 ms
       * of the page's main thread, as one string 0.4–3.1 ms (Chromium 156).
       */
      words: string;
      /**
       * Keys of words the page wrote in capitals only ("ETAT", "CHATEAU"), one per line: for
       * these, and only these, accent-insensitive matching is allowed, because capitals often
       * drop accents.
       */
      capsWords?: string;
      /**
       * The page's language (BCP 47, from <html lang>): only dictionaries written in it answer,
       * so an English page never shows LSF signs for "course" or "col". Absent: all of them.
       */
      lang?: string;
      /**
       * The reader's choice of sign language for pages in `lang` (settings.signLanguages), e.g.
       * "fsl". Absent: automatic (see chooseSignLanguage in settings.ts). Ignored without `lang`.
       */
      signLanguage?: string;
    };
    /**
     * Answers keyed by word, words with nothing left out: `results` for `words`, `capsResults`
     * for `capsWords` (a word asked in both lists may get two different answers: "etat" is
     * nothing as written, "état" in capitals).
     */
    response: LookupAnswer;
  };
  /**
   * Content script, as it reads a page: the marks of a batch of its text runs (src/core/run-marks.ts).
   * The runs' text travels as one string and their lengths, which the background splits again.
   */
  'text.marks': {
    request: {
      /** The runs' texts, joined. */
      text: string;
      /** Each run's length in `text`, in order. */
      lengths: number[];
      /** The page's locale (BCP 47), for the tokenizer's casing rules (Turkish "I"). */
      locale: string;
      /** As in 'words.lookup'. */
      lang?: string;
      signLanguage?: string;
    };
    response: RunMarksAnswer;
  };
  /**
   * Content script, before it reads a page: whether any enabled dictionary answers for this
   * language and sign language. A page no dictionary covers (a Spanish article with only French
   * dictionaries installed) is then not scanned at all.
   */
  'words.covered': { request: { lang?: string; signLanguage?: string }; response: { covered: boolean } };
  /** Player: the entries of these dictionary keys (homographs: several), in order, from every enabled source. */
  'entries.get': { request: { keys: string[]; lang?: string; signLanguage?: string }; response: { entries: EntryView[] } };
  'sources.list': { request: Record<string, never>; response: { sources: SourceView[] } };
  /**
   * Options page: fetch, validate and install a pack from a URL. A pack whose id is installed
   * from another address is not installed: `conflict` names that source, and the reader may ask
   * again with `replace` to put this one in its place.
   */
  'sources.add': { request: { url: string; replace?: boolean }; response: { source: SourceSummary } | { conflict: SourceConflict } };
  'sources.remove': { request: { id: string }; response: { removed: boolean } };
  /** Options page: a source answers lookups or not, staying installed. */
  'sources.setEnabled': { request: { id: string; enabled: boolean }; response: { found: boolean } };
  /** Options page ("update now"): check one source (or all) for a new version, install it if any; answers when done. */
  'sources.update': { request: { id?: string }; response: { sources: SourceView[] } };
  /** Options page: install the held version of a source (heldUpdate), or forget it. */
  'sources.confirmUpdate': { request: { id: string; install: boolean }; response: { source: SourceView | null } };
  /** Options page: installs and updates under way (polled while any runs). */
  'sources.progress': { request: Record<string, never>; response: { installs: InstallProgress[] } };
  /** Options page: add the live Lingua Libre source of a sign language ("fsl", "ase") and read it. */
  'sources.addLinguaLibre': { request: { signLanguage: string }; response: { source: SourceView } };
  /** Player: make this video playable (from the cache, fetching and storing it first if needed). */
  'videos.load': { request: { url: string }; response: { status: VideoLoadStatus; detail?: string } };
  /** Content script, when hover intent starts: fetch the first video of these keys into the cache. */
  'videos.prefetch': { request: { keys: string[]; lang?: string; signLanguage?: string }; response: { queued: boolean } };
  /** Player: this stored video does not play (corrupt): forget it, so that Retry fetches it again. */
  'videos.drop': { request: { url: string }; response: { dropped: boolean } };
  /**
   * Content script, when it creates the player frame: a one-time ticket that the player checks in
   * storage.session before it accepts the content script's channel (src/common/player-channel.ts).
   */
  'player.ticket': { request: Record<string, never>; response: { ticket: string } };
  /**
   * Player, in Firefox, where it cannot read storage.session: takes the ticket handed over with
   * the channel, valid once (src/background/player-tickets.ts).
   */
  'player.redeemTicket': { request: { ticket: string }; response: { valid: boolean } };
  'cache.stats': { request: Record<string, never>; response: CacheStats };
  'cache.setBudget': { request: { bytes: number }; response: CacheStats };
  'cache.clear': { request: Record<string, never>; response: CacheStats };
  /** Studio: My signs changed (saved, edited, deleted); rebuild their dictionary sources and tell open tabs. */
  'mySigns.sync': { request: Record<string, never>; response: { signs: number } };
  /** Content script: the reader asked for this word and it had no sign (counted locally when collecting is on). */
  'wanted.add': { request: { word: string; lang: string }; response: { counted: boolean } };
  /** Options page ("Install from a file"): the pack it stored from a .zip is ready; install it as a source. */
  'sources.installFile': { request: { id: string }; response: { source: SourceSummary } };
}

/** What Signet found on a page, for the popup. */
export interface PageStats {
  /** Signet marks and answers pointing on this page (on, and not turned off for its site). */
  active: boolean;
  /** The page's site as settings name it (siteOf), null when the page has none. */
  site: string | null;
  /** The page's language from <html lang>, "" when the page does not say. */
  lang: string;
  /** Words read so far, words inside marks, and marks (an expression is one mark of several words). */
  words: number;
  signedWords: number;
  marks: number;
  /** The page is still being read: the counts may grow. */
  scanning: boolean;
  /** False when no enabled dictionary answers for the page's language: it is not read at all. */
  covered: boolean;
  /**
   * The site's own dictionary, from the page's `<link rel="signet-pack" href>` (resolved; null when
   * none). Read from the DOM only: nothing is fetched until the reader opens the popup.
   */
  declaredPack: string | null;
}

/** One distinct word of a page as the content script read it: its normalised key and how often it occurs. */
export interface PageWordCount {
  key: string;
  /** The page wrote it in capitals only each time (accents may be missing: "ETAT"). */
  caps: boolean;
  count: number;
}

/**
 * What a reader gets on the page, read again from the page as the scan reads it, for the page
 * report and `npm run audit`: the counts the popup shows, the words left without a sign and the
 * expressions marked. Nothing of it leaves the extension.
 */
export interface PageWords {
  /** The page's address and title, for the report's heading and its exports. */
  url: string;
  title: string;
  stats: PageStats;
  /** Words of the page with no sign, each distinct key once, most frequent first. */
  unsigned: PageWordCount[];
  /** Marked words and expressions: the dictionary key of each mark, by key. */
  signed: Array<{ key: string; tokens: number; count: number }>;
  /** Duration of the first scan of the page (ms, the content script's clock); null before it ended. */
  scanMs: number | null;
}

/**
 * Messages from the extension (popup, background) to the content script of a tab, sent with
 * tabs.sendMessage to the top frame and answered with a Result. Only the extension can send
 * these (a web page cannot reach runtime.onMessage), and the content script checks them anyway.
 */
export interface TabMessageMap {
  /** Popup: how many words of the page have a sign. */
  'page.stats': { request: Record<string, never>; response: PageStats };
  /** Page report and audit: the page's words read again, with those that have no sign. */
  'page.words': { request: Record<string, never>; response: PageWords };
  /**
   * Keyboard command and context menu: show the sign of the selected words, or of the word at the
   * caret. `text` is the selection as the browser reported it to the menu; `fromKeyboard` moves
   * focus into the player. `shown` is false when there was nothing to sign.
   */
  'page.sign': { request: { text?: string; fromKeyboard: boolean }; response: { shown: boolean } };
  /**
   * Background, after a dictionary of `spokenLanguage` was installed, updated, enabled, disabled
   * or removed: a page in that language (or that does not say its language) reads its words
   * again. `onlyRemoved`: the change can only take signs away, so only marked words are asked.
   */
  'page.dictionariesChanged': { request: { spokenLanguage: string; onlyRemoved: boolean }; response: { rescanning: boolean } };
  /**
   * Keyboard commands and the popup's Previous/Next: go to the next (1) or previous (-1) marked
   * word in reading order, scroll it into view and play its sign. `word` is what it shows, null
   * when there is no marked word that way.
   */
  'page.step': { request: { direction: 1 | -1; fromKeyboard: boolean }; response: { word: string | null } };
}

export type TabMessageType = keyof TabMessageMap;

export type MessageType = keyof MessageMap;
export type RequestOf<T extends MessageType> = MessageMap[T]['request'];
export type ResponseOf<T extends MessageType> = MessageMap[T]['response'];

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
