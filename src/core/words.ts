/**
 * The shapes of a word's answer and of a video that travel in messages (src/common/messages.ts)
 * and that src/core computes: defined here so the DOM-free core needs nothing from a higher layer.
 */
import type { PackVideo } from './pack/types';

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

export interface VideoView extends PackVideo {
  /** Absolute http(s) URL, already resolved against the pack's URL and checked. */
  url: string;
  /** The video's own page (its Wikimedia Commons file page): licence and author, linked in the credit. */
  page?: string;
  /** The video's own licence, when it differs from its source's (My signs: chosen per sign). */
  licence?: string;
}
