/**
 * Messages from the player to the content script that hosts its iframe. The content script
 * checks that they come from the extension's origin; '*' is used because the player cannot know
 * the page's origin, and nothing private is sent.
 *   { signet: 'close' }                              the user asked to close (Esc, close button)
 *   { signet: 'playing', key, currentSrc }           a video started playing
 *   { signet: 'phrase-at', index }                   phrase mode: item `index` is being signed
 */
export type PlayerToParentMessage =
  | { signet: 'close' }
  | { signet: 'playing'; key: string; currentSrc: string }
  | { signet: 'phrase-at'; index: number };

export function postToParent(message: PlayerToParentMessage): void {
  // Opened on its own (a tab, a test), the page has no parent to tell.
  if (window.parent === window) return;
  window.parent.postMessage(message, '*');
}
