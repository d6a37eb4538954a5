/**
 * The one entry point of messages into the background: checks the envelope and the request,
 * checks who may ask, calls the handler of the type, and always answers a Result (the caller
 * never sees a rejected promise or a stack trace, only words).
 */
import type { MessageType, RequestOf, ResponseOf, Result } from '../common/messages';
import { BadRequest, isMessageType, requestParsers } from './requests';

/** The part of runtime.MessageSender the router looks at; kept small so tests can build one. */
export interface SenderInfo {
  url?: string | undefined;
}

export type Handlers = {
  readonly [T in MessageType]: (request: RequestOf<T>, sender: SenderInfo) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

/**
 * Types that change what is installed, touch the cache or make the background fetch a given
 * address. Content scripts run inside web pages, which may be hostile; only the extension's own
 * pages (options, player) may send these. A content script may ask for a prefetch, by keys only.
 */
const EXTENSION_PAGES_ONLY: ReadonlySet<MessageType> = new Set<MessageType>([
  'sources.add',
  'sources.remove',
  'sources.setEnabled',
  'sources.update',
  'sources.addLinguaLibre',
  'videos.load',
  'videos.drop',
  'cache.setBudget',
  'cache.clear',
  // My signs: only the studio (and the options page) change what they hold.
  'mySigns.sync',
  'sources.installFile',
]);

export interface RouterOptions {
  handlers: Handlers;
  /** runtime.getURL(''): "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  extensionBaseUrl: string;
  /** Told about every failed request, for the worker's console. */
  onError?: (type: string, error: unknown) => void;
}

export type Route = (message: unknown, sender: SenderInfo) => Promise<Result<unknown>>;

export function createRouter({ handlers, extensionBaseUrl, onError }: RouterOptions): Route {
  // An empty base would make every sender look like an extension page.
  if (!/^[a-z-]+:\/\/[^/]+\/$/.test(extensionBaseUrl)) throw new Error(`Not an extension base URL: ${extensionBaseUrl}`);

  return async (message, sender) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    try {
      if (!isMessageType(type)) {
        throw new BadRequest(typeof type === 'string' ? `unknown message type "${type.slice(0, 40)}"` : 'the message has no type');
      }
      if (EXTENSION_PAGES_ONLY.has(type) && !isExtensionPage(sender, extensionBaseUrl)) {
        throw new Error('Only Signet’s own pages may change dictionaries or the video cache.');
      }
      const request = requestParsers[type]((message as { request?: unknown }).request);
      return { ok: true, value: await dispatch(handlers, type, request, sender) };
    } catch (error) {
      onError?.(typeof type === 'string' ? type : '(none)', error);
      return { ok: false, error: describe(error) };
    }
  };
}

/** One generic call site, so that the request type and the handler type stay tied together. */
function dispatch<T extends MessageType>(handlers: Handlers, type: T, request: RequestOf<T>, sender: SenderInfo): Promise<ResponseOf<T>> | ResponseOf<T> {
  const handler = handlers[type] as (request: RequestOf<T>, sender: SenderInfo) => Promise<ResponseOf<T>> | ResponseOf<T>;
  return handler(request, sender);
}

function isExtensionPage(sender: SenderInfo, extensionBaseUrl: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(extensionBaseUrl);
}

function describe(error: unknown): string {
  if (error instanceof BadRequest) return `Signet’s background refused a malformed message: ${error.message}.`;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong in Signet’s background. Try again.';
}
