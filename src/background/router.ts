/**
 * The one entry point of messages into the background: checks the envelope and the request,
 * checks who may ask, calls the handler of the type, and always answers a Result (the caller
 * never sees a rejected promise or a stack trace, only words).
 */
import type { MessageType, RequestOf, ResponseOf, Result } from '../common/messages';
import { mayAsk, senderKind, type SenderInfo } from './permissions';
import { BadRequest, isMessageType, requestParsers } from './requests';
import { text } from './texts';

export type { SenderInfo } from './permissions';

export type Handlers = {
  readonly [T in MessageType]: (request: RequestOf<T>, sender: SenderInfo) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

export interface RouterOptions {
  handlers: Handlers;
  /** runtime.getURL(''): "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  extensionBaseUrl: string;
  /** runtime.id: recognises the extension's own pages loaded through a dynamic URL. */
  extensionId?: string;
  /** Told about every failed request, for the worker's console. */
  onError?: (type: string, error: unknown) => void;
}

export type Route = (message: unknown, sender: SenderInfo) => Promise<Result<unknown>>;

export function createRouter({ handlers, extensionBaseUrl, extensionId, onError }: RouterOptions): Route {
  // An empty base would make every sender look like an extension page.
  if (!/^[a-z-]+:\/\/[^/]+\/$/.test(extensionBaseUrl)) throw new Error(`Not an extension base URL: ${extensionBaseUrl}`);

  return async (message, sender) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    try {
      if (!isMessageType(type)) {
        throw new BadRequest(typeof type === 'string' ? `unknown message type "${type.slice(0, 40)}"` : 'the message has no type');
      }
      if (!mayAsk(type, senderKind(sender, { baseUrl: extensionBaseUrl, ...(extensionId ? { id: extensionId } : {}) }))) {
        throw new NotAllowed(type);
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

/** A request from a part of Signet that does not use it (see permissions.ts). */
class NotAllowed extends Error {
  constructor(type: string) {
    super(text('bg_not_allowed', type));
  }
}

function describe(error: unknown): string {
  if (error instanceof BadRequest) return text('bg_malformed', error.message);
  if (error instanceof Error && error.message) return error.message;
  return text('bg_unexpected');
}
