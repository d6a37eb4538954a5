import browser from 'webextension-polyfill';
import { playerOrigin, readFromPlayer, type ConnectMessage, type FromPlayer, type ToPlayer } from '../common/player-channel';
import { send } from '../common/send';

/**
 * The content script's end of the private channel to its player frame (the protocol and why:
 * src/common/player-channel.ts). At each load of the frame (the first, or a reload after the page
 * navigated it) a new MessagePort is handed over with a fresh ticket, and what the player should
 * show now is sent again; until then requests wait here, so one shown before the frame loaded is
 * not lost. Messages posted on a port wait in it until the player starts listening.
 */
export class PlayerLink {
  /** runtime.getURL: with use_dynamic_url, a URL whose id changes every browser session. */
  static readonly url = browser.runtime.getURL('src/player/index.html');
  private readonly origin = playerOrigin(PlayerLink.url, browser.runtime.id);
  private port: MessagePort | null = null;
  /** The last 'show' while it is on screen: sent again to a frame that loads anew. */
  private current: ToPlayer | null = null;
  /** Asked ahead, so the first load does not wait for the background as well. */
  private ticket: Promise<string> | null = null;
  private loads = 0;
  private disposed = false;

  constructor(
    private readonly frame: HTMLIFrameElement,
    private readonly onPlayerMessage: (message: FromPlayer) => void,
  ) {
    this.ticket = mintTicket();
    frame.addEventListener('load', this.onLoad);
  }

  post(message: ToPlayer): void {
    this.current = message.type === 'show' ? message : null;
    this.port?.postMessage(message);
  }

  dispose(): void {
    this.disposed = true;
    this.frame.removeEventListener('load', this.onLoad);
    this.port?.close();
    this.port = null;
  }

  private onLoad = () => {
    const load = ++this.loads;
    this.port?.close();
    this.port = null;
    const ticket = this.ticket ?? mintTicket();
    this.ticket = null;
    this.connect(load, ticket, 0);
  };

  private connect(load: number, ticket: Promise<string>, attempt: number): void {
    void ticket.then(
      (value) => {
        if (this.disposed || load !== this.loads) return; // Loaded again meanwhile: that load connects.
        const channel = new MessageChannel();
        channel.port1.onmessage = (event: MessageEvent) => {
          const message = readFromPlayer(event.data);
          if (message) this.onPlayerMessage(message);
        };
        const connect: ConnectMessage = { signet: 'connect', ticket: value };
        // The extension's origin as target: should the page have navigated the frame elsewhere,
        // the browser drops the message instead of handing the port to the page's document.
        this.frame.contentWindow?.postMessage(connect, this.origin, [channel.port2]);
        this.port = channel.port1;
        if (this.current) this.port.postMessage(this.current);
      },
      () => {
        // The background did not answer (its worker was starting): try again a little later.
        if (this.disposed || load !== this.loads || attempt >= MAX_TICKET_ATTEMPTS) return;
        setTimeout(() => this.connect(load, mintTicket(), attempt + 1), 500 * (attempt + 1));
      },
    );
  }
}

const MAX_TICKET_ATTEMPTS = 3;

function mintTicket(): Promise<string> {
  return send('player.ticket', {}).then(({ ticket }) => ticket);
}
