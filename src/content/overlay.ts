import type { OverlaySize } from '../common/settings';
import { PlayerLink } from './player-link';
import { placeOverlay } from './position';

/**
 * Frame sizes: the player scales its 4:3 video to the frame's width and keeps 90 px below it for
 * one row of controls and two lines of text (word, credit).
 */
export const FRAME_SIZES: Readonly<Record<OverlaySize, { width: number; height: number }>> = {
  small: { width: 264, height: 288 },
  medium: { width: 320, height: 330 },
  large: { width: 448, height: 426 },
};
const HOST_TAG = 'signet-overlay';

/** Where a sign's words are on screen: a Range on the page, or an element (a text field). */
export interface Anchor {
  getClientRects(): DOMRectList | DOMRect[];
  getBoundingClientRect(): DOMRect;
}

export interface SignRequest {
  keys: string[];
  /** The words as written on the page. */
  written: string;
  /** Where the words are: the overlay sits beside them and follows them on scroll. */
  anchor: Anchor;
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
 *
 * While a sign is shown the overlay also listens for what closes it (Esc, a click elsewhere, its
 * word scrolled away); closed, it listens to nothing.
 */
export class Overlay {
  private host: HTMLElement | null = null;
  private frame: HTMLIFrameElement | null = null;
  private link: PlayerLink | null = null;
  private current: SignRequest | null = null;
  private size = FRAME_SIZES.medium;
  /** What had focus before a keyboard request moved it into the player; it gets it back on close. */
  private returnFocus: HTMLElement | null = null;
  private repositionQueued = false;

  /** `lang`: the page's language, passed to the player so it asks the same dictionaries. */
  constructor(private readonly lang: string) {}

  get element(): HTMLElement | null {
    return this.host;
  }

  /** A sign shown in a host the page has since removed is not open: pointing at its word shows it again. */
  get isOpen(): boolean {
    return this.current !== null && this.host?.isConnected === true;
  }

  get shownKeys(): string[] | null {
    return this.isOpen ? this.current!.keys : null;
  }

  /**
   * Creates the host and loads the player ahead of need, so a sign starts at once. A host the
   * page took out (a framework that owns <html>'s children, an anti-adblock script,
   * document.open) is made again: the old one and its frame are dead, and no sign would open
   * again until a reload.
   */
  prepare(): void {
    if (this.host?.isConnected) return;
    if (this.host) this.forgetHost();
    const host = document.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(FRAME_CSS);
    root.adoptedStyleSheets = [sheet];
    const frame = document.createElement('iframe');
    // Its one navigation: the player then switches words through its channel, so showing signs
    // adds no entry to the tab's history.
    frame.src = PlayerLink.url;
    frame.title = 'Signet';
    frame.tabIndex = -1;
    // The player never learns the page's address (document.referrer), nor passes it on.
    frame.referrerPolicy = 'no-referrer';
    frame.setAttribute('allow', 'autoplay');
    root.append(frame);
    // Outside <body>, so the page's body styles and scripts that walk body's children ignore it.
    document.documentElement.append(host);
    this.host = host;
    this.frame = frame;
    this.link = new PlayerLink(frame, (message) => {
      if (message.type === 'close') this.close();
    });
    this.applySize();
  }

  /** The frame's size from the settings; an open sign is resized and placed again at once. */
  setSize(size: OverlaySize): void {
    this.size = FRAME_SIZES[size];
    this.applySize();
    this.reposition();
  }

  show(request: SignRequest): void {
    this.prepare();
    const frame = this.frame!;
    const wasOpen = this.current !== null;
    this.current = request;
    this.link!.post({ type: 'show', keys: request.keys, word: request.written, fromKeyboard: request.fromKeyboard, lang: this.lang });
    this.reposition();
    frame.classList.add('open');
    if (!wasOpen) this.listenWhileOpen(true);
    if (request.fromKeyboard) {
      const active = document.activeElement;
      if (active !== this.host && active instanceof HTMLElement) this.returnFocus = active;
      frame.focus();
    }
  }

  close(): void {
    if (!this.current) return;
    this.current = null;
    this.listenWhileOpen(false);
    this.frame?.classList.remove('open');
    this.link?.post({ type: 'clear' }); // Stops the video: nothing plays unseen.
    this.restoreFocus();
  }

  /** Closes and removes the host: Signet was turned off on this page. */
  destroy(): void {
    this.close();
    this.host?.remove();
    this.forgetHost();
  }

  private forgetHost(): void {
    this.link?.dispose();
    this.link = null;
    this.host = null;
    this.frame = null;
  }

  private applySize(): void {
    if (!this.frame) return;
    this.frame.style.width = `${this.size.width}px`;
    this.frame.style.height = `${this.size.height}px`;
  }

  private listenWhileOpen(on: boolean): void {
    const method = on ? addEventListener : removeEventListener;
    method('scroll', this.onScrollOrResize, { capture: true, passive: true } as AddEventListenerOptions);
    method('resize', this.onScrollOrResize, { passive: true } as AddEventListenerOptions);
    method('pointerdown', this.onPointerDown, { capture: true, passive: true } as AddEventListenerOptions);
    method('keydown', this.onKeyDown, { capture: true } as AddEventListenerOptions);
  }

  /**
   * Focus was in the player (opened from the keyboard): give it back to where the reader was.
   * A hidden iframe cannot keep focus, and without this it would fall to <body>, losing the
   * reader's place in the page.
   */
  private restoreFocus(): void {
    const back = this.returnFocus;
    this.returnFocus = null;
    if (!this.host || document.activeElement !== this.host) return;
    if (back?.isConnected) back.focus({ preventScroll: true });
    if (document.activeElement === this.host) this.frame?.blur();
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
    const place = placeOverlay(rect, this.size, viewport);
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

  /** A click anywhere else on the page closes the sign (a click inside the frame never reaches the page). */
  private onPointerDown = (event: PointerEvent) => {
    if (!event.isTrusted) return; // The page's script cannot close the reader's sign either.
    if (event.target !== this.host) this.close();
  };

  /** Esc on the page; Esc inside the player is the player's, which asks us to close. */
  private onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    if (event.key === 'Escape') this.close();
  };
}
