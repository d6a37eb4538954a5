import type { ToPlayer } from '../common/player-channel';
import type { OverlaySize } from '../common/settings';
import { LeaveWatch } from './leave-watch';
import { PlayerLink } from './player-link';
import { clipToVisible, watchFrameView } from './frame-view';
import { frameLayout, placeFixed, placeOverlay, type Box } from './position';
import { moveHost, overlayParent } from './fullscreen-parent';
import type { PhraseShown } from './phrase-request';
import { PhraseHighlight } from './phrase-highlight';

/**
 * The video's width for each size. Medium, the default, is 512×384 CSS px: the Elix signers'
 * faces, forehead to chin, are 64–70 px of the 480 px frame (measured by skin tone,
 * tests/e2e/support/face.ts), so 51–56 px on screen; at the former 320 px they were ~30 px, too
 * small to read the grammar a face carries. Small keeps 400×300. Large ("enlarge") asks for most
 * of the viewport; placement then gives it the room beside the word.
 */
export const VIDEO_WIDTHS: Readonly<Record<Exclude<OverlaySize, 'large'>, number>> = {
  small: 400,
  medium: 512,
};
/** The "no sign yet" bubble: the word, an icon, room for a row of actions (src/player/NoSignBubble.tsx). */
export const BUBBLE_SIZE = { width: 300, height: 132 } as const;
/** Share of the viewport's width an enlarged player asks for. */
const ENLARGED_SHARE = 0.92;
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
  /** Opened by hovering: closes on its own once the pointer has left the word and the player (leave-watch.ts). */
  closeOnLeave?: boolean;
  /** Several words signed in turn (phrase mode); absent for one word. */
  phrase?: PhraseShown;
}

const FRAME_CSS = `
:host { all: initial; }
iframe {
  position: fixed; z-index: 2147483647; border: 0; margin: 0; padding: 0;
  border-radius: 10px; background: #111; transform-origin: 0 0;
  /* Two rings, light then dark, so the edge shows on black pages and on white ones alike. */
  box-shadow: 0 0 0 1px rgba(255,255,255,.75), 0 0 0 2px rgba(0,0,0,.55), 0 6px 24px rgba(0,0,0,.35);
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
  private size: OverlaySize = 'medium';
  private leaveWatch: LeaveWatch | null = null;
  /** What had focus before a keyboard request moved it into the player; it gets it back on close. */
  private returnFocus: HTMLElement | null = null;
  private repositionQueued = false;
  private readonly phraseHighlight = new PhraseHighlight();
  /** The last 'show' sent, to tell a new request from the same one again. */
  private lastShown = '';
  /** The "no sign yet" bubble grew into the full player (the reader asked for its spelling). */
  private expanded = false;

  /** `lang`: the page's language, passed to the player so it asks the same dictionaries. */
  /** In a frame of the page: what the top-level window shows of it (frame-view.ts), watched from the first sign on. */
  private frameView: ReturnType<typeof watchFrameView> | null = null;

  constructor(private readonly lang: string) {}

  get element(): HTMLElement | null {
    return this.host;
  }

  /** A sign shown in a host the page has since removed is not open: pointing at its word shows it again. */
  get isOpen(): boolean {
    return this.current !== null && this.host?.isConnected === true;
  }

  /** Where the shown sign's words are, while one is shown. */
  get shownAnchor(): Anchor | null {
    return this.current?.anchor ?? null;
  }

  /** The player's N and P keys: go to the next or previous marked word (the controller's job). */
  onStep: (direction: 1 | -1) => void = () => undefined;

  /** The words of the sign (or "no sign" bubble) on screen. */
  get shownWord(): string | null {
    return this.current?.written ?? null;
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
    overlayParent().append(host);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    this.host = host;
    this.frame = frame;
    this.link = new PlayerLink(frame, (message) => {
      if (message.type === 'close') this.close();
      else if (message.type === 'expand') this.expand();
      else if (message.type === 'step') this.onStep(message.direction);
      // The player moved to another word of the phrase: highlight it on the page.
      else if (message.type === 'phrase-at') this.phraseHighlight.show(this.current?.phrase?.ranges[message.index] ?? null);
    });
    this.leaveWatch = new LeaveWatch(
      frame,
      () => document.activeElement === host,
      () => this.close(),
    );
  }

  /** The player's size from the settings; an open sign is resized and placed again at once. */
  setSize(size: OverlaySize): void {
    this.size = size;
    this.reposition();
  }

  show(request: SignRequest): void {
    this.frameView ??= watchFrameView(() => this.onScrollOrResize());
    this.prepare();
    const frame = this.frame!;
    const wasOpen = this.current !== null;
    this.current = request;
    const phrase = request.phrase ? { items: request.phrase.items, cut: request.phrase.cut } : undefined;
    const message: ToPlayer = { type: 'show', keys: request.keys, word: request.written, fromKeyboard: request.fromKeyboard, lang: this.lang, ...(phrase ? { phrase } : {}) };
    // Another request: the last phrase's word is no longer being signed. The same one again (the
    // player keeps its place and says nothing new) keeps its highlight.
    const shown = JSON.stringify(message);
    if (shown !== this.lastShown) {
      this.phraseHighlight.clear();
      this.expanded = false;
    }
    this.lastShown = shown;
    this.link!.post(message);
    this.reposition();
    frame.classList.add('open');
    if (!wasOpen) this.listenWhileOpen(true);
    if (request.closeOnLeave) this.leaveWatch!.start(request.anchor);
    else this.leaveWatch!.stop();
    if (request.fromKeyboard) {
      const active = document.activeElement;
      if (active !== this.host && active instanceof HTMLElement) this.returnFocus = active;
      frame.focus();
    }
  }

  close(): void {
    if (!this.current) return;
    this.current = null;
    this.phraseHighlight.clear();
    this.lastShown = '';
    this.expanded = false;
    this.listenWhileOpen(false);
    this.leaveWatch?.stop();
    this.frame?.classList.remove('open');
    this.link?.post({ type: 'clear' }); // Stops the video: nothing plays unseen.
    this.restoreFocus();
  }

  /** The player spells a word without a sign: the bubble makes way for the full player. */
  private expand(): void {
    if (!this.current || this.expanded) return;
    this.expanded = true;
    this.reposition();
  }

  /** Closes and removes the host: Signet was turned off on this page. */
  destroy(): void {
    this.close();
    this.host?.remove();
    this.forgetHost();
  }

  private forgetHost(): void {
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.link?.dispose();
    this.link = null;
    this.leaveWatch = null;
    this.host = null;
    this.frame = null;
  }

  private listenWhileOpen(on: boolean): void {
    const method = on ? addEventListener : removeEventListener;
    method('scroll', this.onScrollOrResize, { capture: true, passive: true } as AddEventListenerOptions);
    method('resize', this.onScrollOrResize, { passive: true } as AddEventListenerOptions);
    method('pointerdown', this.onPointerDown, { capture: true, passive: true } as AddEventListenerOptions);
    method('keydown', this.onKeyDown, { capture: true } as AddEventListenerOptions);
    // In a frame of the page (all_frames), a click or Esc on the page around it never reaches
    // this document: that frame losing focus to it closes the sign instead.
    if (window !== window.top) method('blur', this.onFrameBlur);
    // A pinch zoom or its panning moves what the reader sees without a page scroll.
    const visual = globalThis.visualViewport;
    if (visual) {
      if (on) {
        visual.addEventListener('resize', this.onScrollOrResize);
        visual.addEventListener('scroll', this.onScrollOrResize);
      } else {
        visual.removeEventListener('resize', this.onScrollOrResize);
        visual.removeEventListener('scroll', this.onScrollOrResize);
      }
    }
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
    const viewport = clipToVisible(visibleViewport(), this.frameView?.visible() ?? null);
    // A word scrolled out of view (or removed from the page) takes its sign with it.
    if (rect.bottom < viewport.top || rect.top > viewport.top + viewport.height || (rect.width === 0 && rect.height === 0)) {
      this.close();
      return;
    }
    // A word that wraps onto two lines: its whole box is kept clear, not just its first line.
    const word = rects.length > 1 ? this.current.anchor.getBoundingClientRect() : rect;
    const style = this.frame.style;
    if (this.current.keys.length === 0 && !this.current.phrase && !this.expanded) {
      // Nothing to play: the small bubble, not a black video box.
      const place = placeFixed(word, BUBBLE_SIZE, viewport);
      style.width = `${BUBBLE_SIZE.width}px`;
      style.height = `${BUBBLE_SIZE.height}px`;
      style.transform = '';
      this.moveTo(place.left, place.top);
      return;
    }
    const wanted = this.size === 'large' ? viewport.width * ENLARGED_SHARE : VIDEO_WIDTHS[this.size];
    const place = placeOverlay(word, wanted, viewport);
    const layout = frameLayout(place.width);
    style.width = `${layout.width}px`;
    style.height = `${layout.height}px`;
    // Only under the floor width, where not even the compact rows fit, is the frame scaled (position.ts).
    style.transform = layout.scale < 1 ? `scale(${layout.scale})` : '';
    this.moveTo(place.left, place.top);
  }

  /**
   * Puts the frame's corner at (left, top) of the viewport. position: fixed is relative to the
   * viewport only while no ancestor is transformed: a page whose <html> is (`* { transform:
   * translateZ(0) }`, a layer hack) scrolls the frame with it, and scrolled 200 px the sign sat
   * 200 px too high (tests/dom/overlay.browser.test.ts). The frame is measured where it landed and
   * moved by the difference: one layout read per placement, at most one per frame while open.
   */
  private moveTo(left: number, top: number): void {
    const frame = this.frame!;
    const x = Math.round(left);
    const y = Math.round(top);
    frame.style.left = `${x}px`;
    frame.style.top = `${y}px`;
    const box = frame.getBoundingClientRect();
    if (Math.abs(box.left - x) < 1 && Math.abs(box.top - y) < 1) return;
    frame.style.left = `${Math.round(2 * x - box.left)}px`;
    frame.style.top = `${Math.round(2 * y - box.top)}px`;
  }

  /**
   * An element went fullscreen, or fullscreen ended: the host follows it into the top layer and
   * back out (fullscreen-parent.ts), and the open sign is placed again in the new viewport.
   */
  private onFullscreenChange = (event: Event) => {
    if (!event.isTrusted || !this.host?.isConnected) return;
    moveHost(this.host, overlayParent());
    this.onScrollOrResize();
  };

  private onScrollOrResize = () => {
    if (!this.current) return;
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

  /** Focus left this frame, and not for the player inside it (the document then still has focus, in its child). */
  private onFrameBlur = (event: FocusEvent) => {
    if (event.isTrusted && event.target === window && !document.hasFocus()) this.close();
  };

  /** Esc on the page; Esc inside the player is the player's, which asks us to close. */
  private onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    if (event.key === 'Escape') this.close();
  };
}

/**
 * What the reader sees, in the coordinates of position:fixed (the layout viewport): the visual
 * viewport, which a pinch zoom makes smaller than the layout viewport and moves over it.
 */
function visibleViewport(): Box {
  const layoutWidth = document.documentElement.clientWidth || innerWidth;
  const layoutHeight = document.documentElement.clientHeight || innerHeight;
  const visual = globalThis.visualViewport;
  if (!visual || visual.scale <= 1) return { left: 0, top: 0, width: layoutWidth, height: Math.min(layoutHeight, innerHeight) };
  return { left: visual.offsetLeft, top: visual.offsetTop, width: visual.width, height: visual.height };
}
