/**
 * Where the overlay's host must sit to be seen. A fullscreen element is drawn in the top layer,
 * above everything else of the document: a host left under <html> is behind it, so a sign asked
 * for a word of a fullscreen article plays unseen. Inside the fullscreen element it is drawn with
 * it (Yomitan moves its popup the same way, popup.js `_getFrameParentElement`).
 *
 * Not into a frame (its own content script shows the sign in its document), nor into an element
 * whose children are not drawn: a replaced element (video, canvas, img…) or a shadow host (its
 * light children show only where a slot puts them). There the host stays where it was.
 */
const NOT_DRAWN_INSIDE = new Set(['iframe', 'frame', 'object', 'embed', 'video', 'audio', 'canvas', 'img', 'picture', 'svg', 'math', 'input', 'textarea', 'select']);

export function overlayParent(): Element {
  const fullscreen = document.fullscreenElement;
  if (fullscreen && fullscreen !== document.documentElement && !fullscreen.shadowRoot && !NOT_DRAWN_INSIDE.has(fullscreen.localName)) return fullscreen;
  // Outside <body>, so the page's body styles and scripts that walk body's children ignore it.
  return document.documentElement;
}

/**
 * Moves `host` to the end of `parent` (last, so it is drawn above the element's own children). A
 * state-preserving move (Element.moveBefore, Chromium 133) keeps the player frame loaded and its
 * video playing; without it the frame reloads, and the player link hands the sign over again
 * (player-link.ts).
 */
export function moveHost(host: Element, parent: Element): void {
  if (host.parentNode === parent && host === parent.lastElementChild) return;
  const move = (parent as Element & { moveBefore?: (node: Node, child: Node | null) => void }).moveBefore;
  if (typeof move === 'function' && host.isConnected) {
    try {
      move.call(parent, host, null);
      return;
    } catch {
      // Not movable atomically (another document, a disconnected parent): appended below.
    }
  }
  parent.append(host);
}
