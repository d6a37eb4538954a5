/**
 * The private channel between a content script and the player frame it created.
 *
 * Why a MessageChannel, handed over once per load of the frame, rather than the frame's URL or
 * window messages: the page shares the DOM with the content script, hears every `message` event
 * of its own window, can post to the frames it reaches and can frame the player page itself
 * (Chromium 156 leaves frames of a closed shadow tree out of `window.frames`, but that is no
 * promise); and changing the frame's URL (its fragment) added two history entries per sign.
 * So the content script transfers one MessagePort to the frame's window with the extension's
 * origin as target origin: the browser delivers it only to a document of that origin, and a
 * transferred port belongs to its receiver alone, so the page can neither read it nor hear what
 * goes through it. Nothing is ever posted to the page's window.
 *
 * The player cannot tell the content script's postMessage from the page's (same source window,
 * same origin), so the handover carries a one-time ticket: the background mints it for the
 * content script and writes it to `storage.session`, which web pages and content scripts cannot
 * read; the player accepts a port only with a ticket found there, and removes it. A page that
 * frames the player (or posts to Signet's frame) has no ticket: the player then shows its empty
 * state and asks the background nothing. Runtime messaging through the background (10ten,
 * Yomitan) would also keep the page out, but the player would have to announce itself to the
 * background first, which a player framed by any page would do too.
 */

import type { PhraseRequest } from './phrase';

/** Content script → player, through the port. */
export type ToPlayer =
  | {
      type: 'show';
      /** Dictionary keys, best first. */
      keys: string[];
      /** The words as written on the page: title while loading, "no sign" message. */
      word: string;
      /** Opened from the keyboard: the player may take focus. */
      fromKeyboard: boolean;
      /** The page's language (BCP 47, "" when unknown): the player asks the dictionaries the marks came from. */
      lang: string;
      /** Several words signed in turn (src/common/phrase.ts); absent for one word. */
      phrase?: PhraseRequest;
    }
  /** Closed: stop and unload the video, nothing plays unseen. */
  | { type: 'clear' };

/**
 * Player → content script, through the port.
 * 'close': the reader asked to close (Esc, the close button).
 * 'step': go to the next (1) or previous (-1) marked word (the player's N and P keys).
 * 'phrase-at': phrase mode, item `index` of the phrase is being signed: the page highlights it.
 * 'expand': the "no sign yet" bubble is being spelled: the frame needs the full player's room.
 */
export type FromPlayer = { type: 'close' } | { type: 'expand' } | { type: 'step'; direction: 1 | -1 } | { type: 'phrase-at'; index: number };

/** A message from the player's port as one of the protocol, or null. */
export function readFromPlayer(data: unknown): FromPlayer | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, index, direction } = data as { type?: unknown; index?: unknown; direction?: unknown };
  if (type === 'close' || type === 'expand') return { type };
  if (type === 'step' && (direction === 1 || direction === -1)) return { type, direction };
  if (type === 'phrase-at' && typeof index === 'number' && Number.isInteger(index) && index >= 0) return { type, index };
  return null;
}

/** The one window message of the protocol, posted to the player frame with the port. */
export interface ConnectMessage {
  signet: 'connect';
  ticket: string;
}

/** 128 random bits, in hex. */
export const TICKET_PATTERN = /^[0-9a-f]{32}$/;

/** Where a ticket waits in storage.session until its player takes it. */
export function ticketKey(ticket: string): string {
  return `playerTicket:${ticket}`;
}

export function isConnectMessage(data: unknown): data is ConnectMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { signet, ticket } = data as { signet?: unknown; ticket?: unknown };
  return signet === 'connect' && typeof ticket === 'string' && TICKET_PATTERN.test(ticket);
}

/**
 * The origin a player document has once loaded. Chromium hands content scripts a per-session
 * dynamic URL (`use_dynamic_url`: chrome-extension://<random uuid>/…) but commits the frame at
 * the extension's own origin, chrome-extension://<id> (seen in Chromium 156); a message aimed at
 * the dynamic origin would be dropped. Firefox's moz-extension://<uuid> is the origin itself.
 */
export function playerOrigin(playerUrl: string, extensionId: string): string {
  // Built by hand: URL.origin is "null" for schemes the URL standard does not know (Node, some engines).
  const url = new URL(playerUrl);
  return url.protocol === 'chrome-extension:' ? `chrome-extension://${extensionId}` : `${url.protocol}//${url.host}`;
}
