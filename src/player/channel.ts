import browser from 'webextension-polyfill';
import { isConnectMessage, ticketKey } from '../common/player-channel';
import { send } from '../common/send';

/**
 * Resolves with the port of the content script that created this frame, once it has handed it
 * over with a ticket the background minted (the protocol and why: src/common/player-channel.ts).
 * Until then the player shows its empty state and asks the background nothing: a player framed
 * by a web page, with whatever URL, never gets past this. One port per document; a page's own
 * messages, and ports without a valid ticket, are ignored and closed.
 *
 * Called at the module's start: the content script posts the port at the frame's load event,
 * which comes after this page's scripts have run.
 */
export function waitForChannel(): Promise<MessagePort> {
  return new Promise((resolve) => {
    // Opened on its own (a tab): nobody can hand it a channel.
    if (window.parent === window) return;
    let accepted = false;
    const onMessage = (event: MessageEvent) => {
      const port = event.ports[0];
      if (accepted || event.source !== window.parent || !isConnectMessage(event.data) || event.ports.length !== 1 || !port) {
        for (const unused of event.ports) unused.close();
        return;
      }
      void takeTicket(event.data.ticket).then(
        (valid) => {
          if (accepted || !valid) return port.close();
          accepted = true;
          removeEventListener('message', onMessage);
          resolve(port);
        },
        () => port.close(),
      );
    };
    addEventListener('message', onMessage);
  });
}

/**
 * True once for a ticket the background minted. Read from storage.session where the player can
 * (Chromium); Firefox 153 leaves storage.session undefined in an extension page framed by a web
 * page, so there the background takes the ticket for it.
 */
async function takeTicket(ticket: string): Promise<boolean> {
  const session = browser.storage.session as typeof browser.storage.session | undefined;
  if (!session) return (await send('player.redeemTicket', { ticket })).valid;
  const key = ticketKey(ticket);
  const stored: Record<string, unknown> = await session.get(key);
  if (!(key in stored)) return false;
  await session.remove(key); // One-time: a ticket seen by anyone else is worthless.
  return true;
}
