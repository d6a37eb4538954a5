import { describe, expect, it } from 'vitest';
import { createTicketIssuer, createTicketRedeemer, type TicketStorage } from '../../src/background/player-tickets';
import { isConnectMessage, playerOrigin, readFromPlayer, ticketKey } from '../../src/common/player-channel';
import { readRequest, requestId } from '../../src/player/request';

/** storage.session as a Map. */
function memoryStorage(initial: Record<string, unknown> = {}): TicketStorage & { items: Map<string, unknown> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    get: async () => Object.fromEntries(items),
    set: async (values) => void Object.entries(values).forEach(([k, v]) => items.set(k, v)),
    remove: async (keys) => void keys.forEach((k) => items.delete(k)),
  };
}

describe('player tickets', () => {
  it('are taken once through the background (the Firefox player), and an unknown one not at all', async () => {
    const storage = memoryStorage({ unrelated: 'kept' });
    const ticket = (await createTicketIssuer(storage, () => 1_000)()).ticket;
    const redeem = createTicketRedeemer(storage);
    expect(await redeem('f'.repeat(32))).toEqual({ valid: false });
    expect(await redeem(ticket)).toEqual({ valid: true });
    expect(await redeem(ticket)).toEqual({ valid: false });
    expect([...storage.items.keys()]).toEqual(['unrelated']);
  });

  it('mints 128-bit tickets, each stored where the player looks for it, never twice the same', async () => {
    const storage = memoryStorage();
    const issue = createTicketIssuer(storage, () => 1_000);
    const tickets = new Set<string>();
    for (let i = 0; i < 50; i++) tickets.add((await issue()).ticket);
    expect(tickets.size).toBe(50);
    for (const ticket of tickets) {
      expect(isConnectMessage({ signet: 'connect', ticket })).toBe(true);
      expect(storage.items.get(ticketKey(ticket))).toBe(1_000);
    }
  });

  it('sweeps tickets no player took within a minute, and leaves other session items alone', async () => {
    let now = 0;
    const storage = memoryStorage({ unrelated: 'kept' });
    const issue = createTicketIssuer(storage, () => now);
    const old = (await issue()).ticket;
    now = 30_000;
    const recent = (await issue()).ticket;
    now = 61_000;
    const fresh = (await issue()).ticket;
    expect([...storage.items.keys()].sort()).toEqual([ticketKey(fresh), ticketKey(recent), 'unrelated'].sort());
    expect(storage.items.has(ticketKey(old))).toBe(false);
  });
});

describe('the connect message and the player origin', () => {
  it.each([
    [{ signet: 'connect', ticket: 'a'.repeat(32) }, true],
    [{ signet: 'connect', ticket: 'A'.repeat(32) }, false],
    [{ signet: 'connect', ticket: 'a'.repeat(31) }, false],
    [{ signet: 'connect' }, false],
    [{ signet: 'close' }, false],
    ['connect', false],
    [null, false],
  ])('%j is a connect message: %s', (data, expected) => {
    expect(isConnectMessage(data)).toBe(expected);
  });

  it('aims at the extension’s own origin in Chromium, whose content scripts get a dynamic URL', () => {
    expect(playerOrigin('chrome-extension://682c8a75-2c14-40c0-915e-11c52f27344a/src/player/index.html', 'kbinhhdljkkcljhgdpgpdmaddjafakjg')).toBe(
      'chrome-extension://kbinhhdljkkcljhgdpgpdmaddjafakjg',
    );
    expect(playerOrigin('moz-extension://0b1c/src/player/index.html', 'signet@example.org')).toBe('moz-extension://0b1c');
  });
});

describe('requests through the channel', () => {
  it('bounds what a page’s text puts in a request before it reaches the background', () => {
    const keys = [' chapeau ', 'chapeau', '', 'x'.repeat(121), 42, ...Array.from({ length: 30 }, (_, i) => `k${i}`)];
    const request = readRequest({ type: 'show', keys, word: `  ${'w'.repeat(200)}`, fromKeyboard: 'yes', lang: 'fr-FR' })!;
    expect(request.keys[0]).toBe('chapeau');
    expect(request.keys).toHaveLength(16);
    expect(request.word).toBe('w'.repeat(120));
    expect(request.fromKeyboard).toBe(false);
    expect(request.lang).toBe('fr-FR');
    expect(readRequest({ type: 'show', keys: ['a'], word: '', fromKeyboard: true, lang: 'fr"><' })).toEqual({ keys: ['a'], word: 'a', fromKeyboard: true, lang: '' });
  });

  it('reads "clear" as no request, and anything else as nothing', () => {
    expect(readRequest({ type: 'clear' })).toEqual({ keys: [], word: '', fromKeyboard: false, lang: '' });
    expect(readRequest({ type: 'show' })).toBeNull();
    expect(readRequest({ signet: 'close' })).toBeNull();
    expect(readRequest('show')).toBeNull();
  });

  it('carries a phrase only when it is one Signet writes', () => {
    const phrase = {
      items: [
        { kind: 'sign', text: 'clown', keys: ['clown'] },
        { kind: 'skip', text: 'au', keys: [] },
      ],
      cut: 0,
    };
    const show = { type: 'show', keys: [], word: 'clown au', fromKeyboard: false, lang: 'fr' };
    expect(readRequest({ ...show, phrase })?.phrase).toEqual(phrase);
    expect(readRequest({ ...show, phrase: { items: [{ kind: 'play', text: 'x', keys: [] }, ...phrase.items] } })).not.toHaveProperty('phrase');
    expect(readRequest(show)).not.toHaveProperty('phrase');
    // The same word as a phrase or alone is another request: the player must switch.
    expect(requestId(readRequest({ ...show, phrase })!)).not.toBe(requestId(readRequest(show)!));
  });
});

describe('messages from the player', () => {
  it('reads "close" and "phrase-at" with an item index, and nothing else', () => {
    expect(readFromPlayer({ type: 'close' })).toEqual({ type: 'close' });
    expect(readFromPlayer({ type: 'phrase-at', index: 3 })).toEqual({ type: 'phrase-at', index: 3 });
    for (const index of [-1, 1.5, '2', undefined]) expect(readFromPlayer({ type: 'phrase-at', index })).toBeNull();
    expect(readFromPlayer({ signet: 'close' })).toBeNull();
    expect(readFromPlayer(null)).toBeNull();
  });
});
