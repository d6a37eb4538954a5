/**
 * Who may ask the background what: each part of Signet gets only the requests it uses. Content
 * scripts run inside web pages that may be hostile (a page cannot reach runtime messaging, but a
 * flaw in a content script would hand the page what the content script may ask), so they may
 * look words up and ask for a prefetch by keys, nothing else; the player reads entries and
 * videos; only the options page and the popup see or change dictionaries and the cache; the
 * studio only has My signs read again.
 *
 * The one table to adjust when a part starts asking for something new.
 */
import type { MessageType } from '../common/messages';

/** The part of runtime.MessageSender looked at; kept small so tests can build one. */
export interface SenderInfo {
  /** The sending document's URL: the web page's for a content script, the extension page's otherwise. */
  url?: string | undefined;
  /** Set for senders inside a tab: content scripts, and extension pages framed in a tab (the player). */
  tab?: boolean | undefined;
  /** The sending extension's id (always ours for runtime.onMessage). */
  id?: string | undefined;
}

export type SenderKind = 'content' | 'player' | 'options' | 'popup' | 'welcome' | 'studio';

/** Extension pages by their path inside the extension (as built, see manifest.json and vite.config.ts). */
const PAGE_PATHS: Readonly<Record<string, SenderKind>> = {
  '/src/player/index.html': 'player',
  '/src/options/index.html': 'options',
  '/src/popup/index.html': 'popup',
  '/src/welcome/index.html': 'welcome',
  '/src/studio/index.html': 'studio',
};

export const WHO_MAY_ASK: { readonly [T in MessageType]: readonly SenderKind[] } = {
  // The welcome page runs the content script's modules on its sample sentences (src/welcome/).
  'words.lookup': ['content', 'welcome'],
  'words.covered': ['content', 'welcome'],
  'text.marks': ['content', 'welcome'],
  'videos.prefetch': ['content', 'welcome'],
  // The ticket that lets the content script's own player frame accept its channel
  // (src/common/player-channel.ts).
  'player.ticket': ['content', 'welcome'],
  'player.redeemTicket': ['player'],
  'entries.get': ['player'],
  'videos.load': ['player'],
  'videos.drop': ['player'],
  'sources.list': ['options', 'popup', 'welcome'],
  'sources.progress': ['options'],
  // The popup installs the pack a site declares (<link rel="signet-pack">), on the reader's click.
  'sources.add': ['options', 'popup'],
  'sources.remove': ['options'],
  'sources.setEnabled': ['options'],
  'sources.update': ['options'],
  // The welcome page reads the Lingua Libre base of the sign language the reader chose.
  'sources.addLinguaLibre': ['options', 'welcome'],
  'sources.confirmUpdate': ['options'],
  'cache.stats': ['options'],
  'cache.setBudget': ['options'],
  'cache.clear': ['options'],
  // The studio writes My signs into its own database, then has the background rebuild their
  // sources from it (src/background/my-signs.ts); a pack .zip is stored by the options page first.
  'mySigns.sync': ['studio'],
  'sources.installFile': ['options'],
  // A word the reader asked for had no sign: the page (its content script) or the player's *Record this sign*.
  'wanted.add': ['content', 'player'],
};

export interface ExtensionIdentity {
  /** runtime.getURL(''): "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  baseUrl: string;
  /** runtime.id. */
  id?: string;
}

/**
 * Documents a content script runs in (manifest.json): web pages, and the frames a page makes
 * without an address of their own (about:blank, srcdoc, blob: and data: frames: all_frames with
 * match_origin_as_fallback), whose sender URL is that, not the page's.
 */
const CONTENT_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:', 'file:', 'about:', 'blob:', 'data:']);

/**
 * Which part of Signet sent a message, from what the browser says about the sender (never from
 * the message). An extension page is known by its path on the extension's origin; a page of
 * that scheme on another host is ours only if the browser names our id as its sender (a
 * web-accessible page loaded through a dynamic URL has another host). A content script is a
 * sender inside a tab whose document is not an extension page. Anything else is nobody.
 */
export function senderKind(sender: SenderInfo, self: ExtensionIdentity): SenderKind | null {
  let url: URL;
  try {
    url = new URL(sender.url ?? '');
  } catch {
    return null;
  }
  const base = new URL(self.baseUrl);
  if (url.protocol === base.protocol) {
    const ours = url.host === base.host || (self.id !== undefined && sender.id === self.id);
    return ours ? (PAGE_PATHS[url.pathname] ?? null) : null;
  }
  if (sender.tab && CONTENT_PROTOCOLS.has(url.protocol)) return 'content';
  return null;
}

export function mayAsk(type: MessageType, kind: SenderKind | null): boolean {
  return kind !== null && WHO_MAY_ASK[type].includes(kind);
}
