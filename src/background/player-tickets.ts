import { ticketKey } from '../common/player-channel';

/** The part of storage.session the tickets use (a Map in unit tests). */
export interface TicketStorage {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/**
 * A player frame takes its ticket within a second of being created; one left behind (a frame the
 * page navigated away, a tab closed before load) is swept at the next mint after this long.
 */
const TICKET_LIFETIME_MS = 60_000;

/**
 * Takes a ticket on behalf of a player that cannot read storage.session itself: Firefox 153
 * leaves `storage.session` undefined in an extension page framed by a web page (the player),
 * while its options page and background have it. True once, for a ticket minted and not yet
 * taken; a ticket seen by anyone else is worthless.
 */
export function createTicketRedeemer(storage: TicketStorage): (ticket: string) => Promise<{ valid: boolean }> {
  return async (ticket) => {
    const key = ticketKey(ticket);
    const stored = await storage.get(null);
    if (!(key in stored)) return { valid: false };
    await storage.remove([key]);
    return { valid: true };
  };
}

/**
 * Mints the one-time tickets that let a player accept its content script's channel (see
 * src/common/player-channel.ts). storage.session keeps them out of web pages' and content
 * scripts' reach, and across restarts of the service worker.
 */
export function createTicketIssuer(storage: TicketStorage, now: () => number = Date.now): () => Promise<{ ticket: string }> {
  return async () => {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const ticket = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
    const stored = await storage.get(null);
    const stale = Object.entries(stored)
      .filter(([key, minted]) => key.startsWith(ticketKey('')) && (typeof minted !== 'number' || now() - minted > TICKET_LIFETIME_MS))
      .map(([key]) => key);
    if (stale.length > 0) await storage.remove(stale);
    await storage.set({ [ticketKey(ticket)]: now() });
    return { ticket };
  };
}
