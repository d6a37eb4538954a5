import browser, { type Runtime } from 'webextension-polyfill';
import type { Result, TabMessageMap, TabMessageType } from '../common/messages';
import { FOCUSED_ONLY } from '../common/send-tab';

export type TabHandlers = {
  readonly [T in TabMessageType]: (request: TabMessageMap[T]['request']) => Promise<TabMessageMap[T]['response']> | TabMessageMap[T]['response'];
};

/** A selection longer than this is not a word to sign; the menu's text is cut here before use. */
const MAX_TEXT_LENGTH = 1_000;

/**
 * Checks what the extension sends to this tab. Only Signet's own pages and worker can reach a
 * content script's runtime.onMessage, but a message of an older or newer version of the
 * extension (during an update) must not be able to break the page's script either.
 */
const parsers: { readonly [T in TabMessageType]: (request: Record<string, unknown>) => TabMessageMap[T]['request'] | null } = {
  'page.stats': () => ({}),
  'page.words': () => ({}),
  'page.sign': (request) => {
    if (typeof request.fromKeyboard !== 'boolean') return null;
    if (request.text !== undefined && typeof request.text !== 'string') return null;
    const text = typeof request.text === 'string' ? request.text.slice(0, MAX_TEXT_LENGTH) : undefined;
    return text === undefined ? { fromKeyboard: request.fromKeyboard } : { text, fromKeyboard: request.fromKeyboard };
  },
  'page.dictionariesChanged': (request) => {
    const { spokenLanguage, onlyRemoved } = request;
    if (typeof spokenLanguage !== 'string' || spokenLanguage.length > 35 || typeof onlyRemoved !== 'boolean') return null;
    return { spokenLanguage, onlyRemoved };
  },
  'page.step': (request) => {
    if ((request.direction !== 1 && request.direction !== -1) || typeof request.fromKeyboard !== 'boolean') return null;
    return { direction: request.direction, fromKeyboard: request.fromKeyboard };
  },
};

/** Answers the extension's questions to this tab; returns the function that stops listening. */
export function listenToExtension(handlers: TabHandlers): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined => {
    if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return undefined;
    const { type, request, [FOCUSED_ONLY]: focusedOnly } = message as { type?: unknown; request?: unknown; [FOCUSED_ONLY]?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(parsers, type)) return undefined;
    // For the frame the reader is in (a keyboard command): the other frames stay silent.
    if (focusedOnly === true && !holdsFocus()) return undefined;
    if (typeof request !== 'object' || request === null) return Promise.resolve({ ok: false, error: 'malformed request' });
    const parsed = parsers[type as TabMessageType](request as Record<string, unknown>);
    if (!parsed) return Promise.resolve({ ok: false, error: 'malformed request' });
    // Returning the promise is how webextension-polyfill sends an asynchronous answer.
    return Promise.resolve()
      .then(() => (handlers[type as TabMessageType] as (r: typeof parsed) => unknown)(parsed))
      .then(
        (value) => ({ ok: true, value }) as const,
        (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }) as const,
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Whether the reader is in this frame: its document has focus, and not through one of its own
 * frames (document.hasFocus() is true for every ancestor of the focused frame, whose
 * activeElement is then the <iframe>). Signet's player frame sits in a host element, not an
 * <iframe> of the page, so focus in the player counts as this frame's.
 */
function holdsFocus(): boolean {
  const active = document.activeElement;
  return document.hasFocus() && !(active instanceof HTMLIFrameElement || active instanceof HTMLFrameElement);
}
