import browser from 'webextension-polyfill';
import { placeOverlay } from './position';

/** The player's natural size; the iframe scales its video to the width (4:3) plus controls. */
const FRAME_WIDTH = 320;
const FRAME_HEIGHT = 344;
const HOST_TAG = 'signet-overlay';

export interface SignRequest {
  keys: string[];
  /** The words as written on the page. */
  written: string;
  /** Where the words are: the overlay sits beside this range and follows it on scroll. */
  anchor: Range;
  fromKeyboard: boolean;
}

const FRAME_CSS = `
:host { all: initial; }
iframe {
  position: fixed; z-index: 2147483647; border: 0; margin: 0; padding: 0;
  border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.35); background: #111;
  color-scheme: normal; visibility: hidden;
}
iframe.open { visibility: visible; }
`;

/**
 * The only element Signet adds to a page: a host with a closed shadow root holding the player
 * iframe. The video plays in the extension's own page, so the site's CSP (media-src) and CSS
 * cannot block or restyle it. Created lazily, at the first hover intent, so pages where the
 * reader never points at a word are not touched at all.
 */
export class Overlay {
  private host: HTMLElement | null = null;
  private frame: HTMLIFrameElement | null = null;
  private current: SignRequest | null = null;
  private readonly playerUrl = browser.runtime.getURL('src/player/index.html');
  private readonly playerOrigin = new URL(this.playerUrl).origin;
  private repositionQueued = false;

  /** `lang`: the page's language, passed to the player so it asks the same dictionaries. */
  constructor(private readonly lang: string) {}

  get element(): HTMLElement | null {
    return this.host;
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  get shownKeys(): string[] | null {
    return this.current?.keys ?? null;
  }

  /** Creates the host and loads the player ahead of need, so a sign starts at once. */
  prepare(): void {
    if (this.host) return;
    const host = document.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(FRAME_CSS);
    root.adoptedStyleSheets = [sheet];
    const frame = document.createElement('iframe');
    frame.src = this.playerUrl;
    frame.title = 'Signet';
    frame.tabIndex = -1;
    frame.setAttribute('allow', 'autoplay');
    frame.style.width = `${FRAME_WIDTH}px`;
    frame.style.height = `${FRAME_HEIGHT}px`;
    root.append(frame);
    // Outside <body>, so the page's body styles and scripts that walk body's children ignore it.
    document.documentElement.append(host);
    this.host = host;
    this.frame = frame;
    addEventListener('message', this.onMessage);
  }

  show(request: SignRequest): void {
    this.prepare();
    const frame = this.frame!;
    this.current = request;
    const params = new URLSearchParams();
    for (const key of request.keys) params.append('k', key);
    params.set('w', request.written);
    if (this.lang) params.set('l', this.lang);
    if (request.fromKeyboard) params.set('kbd', '1');
    // Only the fragment changes: the player stays loaded and switches word without a reload.
    frame.src = `${this.playerUrl}#${params}`;
    this.reposition();
    frame.classList.add('open');
    addEventListener('scroll', this.onScrollOrResize, { capture: true, passive: true });
    addEventListener('resize', this.onScrollOrResize, { passive: true });
    if (request.fromKeyboard) frame.focus();
  }

  close(): void {
    if (!this.current) return;
    this.current = null;
    this.frame?.classList.remove('open');
    if (this.frame) this.frame.src = `${this.playerUrl}#`; // Stops the video: nothing plays unseen.
    removeEventListener('scroll', this.onScrollOrResize, { capture: true });
    removeEventListener('resize', this.onScrollOrResize);
  }

  /** True when an event target is Signet's own UI. */
  owns(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  private reposition(): void {
    if (!this.current || !this.frame) return;
    const rects = this.current.anchor.getClientRects();
    const rect = rects[0] ?? this.current.anchor.getBoundingClientRect();
    const viewport = { width: document.documentElement.clientWidth || innerWidth, height: innerHeight };
    // A word scrolled out of view (or removed from the page) takes its sign with it.
    if (rect.bottom < 0 || rect.top > viewport.height || (rect.width === 0 && rect.height === 0)) {
      this.close();
      return;
    }
    const place = placeOverlay(rect, { width: FRAME_WIDTH, height: FRAME_HEIGHT }, viewport);
    this.frame.style.left = `${Math.round(place.left)}px`;
    this.frame.style.top = `${Math.round(place.top)}px`;
  }

  private onScrollOrResize = () => {
    if (this.repositionQueued) return;
    this.repositionQueued = true;
    requestAnimationFrame(() => {
      this.repositionQueued = false;
      this.reposition();
    });
  };

  private onMessage = (event: MessageEvent) => {
    // Only the player frame may talk to us; the page can post messages too, so check both.
    if (event.origin !== this.playerOrigin || event.source !== this.frame?.contentWindow) return;
    const data = event.data as { signet?: unknown } | null;
    if (data && data.signet === 'close') this.close();
  };
}
