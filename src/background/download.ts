/**
 * Reads a pack file (or a shard, or a SPARQL answer) from the network: one GET, bounded in time
 * and size, never with the user's cookies, conditional when the caller holds validators of the
 * copy it has (ETag / Last-Modified: an unchanged file then costs one 304 and no body). Every
 * failure becomes an Error whose message a user can act on.
 */
import { packAddressProblem } from './address';
import { readAtMost, TooLarge } from './bounded-read';
import { formatNumber, text } from './texts';

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface DownloadOptions {
  /** Covers the whole exchange, headers and body. */
  timeoutMs: number;
  maxBytes: number;
  /** Tests pass their own; the extension uses the global fetch. */
  fetch?: typeof fetch;
  /** Of the copy the caller has: the server may answer 304 Not Modified. */
  validators?: Validators;
  accept?: string;
}

export interface Download extends Validators {
  notModified?: false;
  text: string;
  bytes: Uint8Array;
  /** Where the file really came from, after redirects: the base for its relative URLs. */
  finalUrl: string;
}

/** The server says the caller's copy is current. */
export interface NotModified {
  notModified: true;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

export async function downloadIfChanged(url: URL, options: DownloadOptions): Promise<Download | NotModified> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const timeoutError = () => new Error(text('bg_timeout', describeSeconds(options.timeoutMs)));

  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
  const { etag, lastModified } = options.validators ?? {};
  if (etag) headers['If-None-Match'] = etag;
  if (lastModified) headers['If-Modified-Since'] = lastModified;
  const doFetch = options.fetch ?? fetch;
  try {
    let response: Response;
    try {
      response = await doFetch(url.href, {
        signal: controller.signal,
        // A pack is public; sending the user's cookies to its host would only leak them.
        credentials: 'omit',
        // The worker's own URL would be the referrer: a dictionary's host has no use for it.
        referrerPolicy: 'no-referrer',
        redirect: 'follow',
        // An update must see the new file, not a cached copy of the old one; with validators of
        // our own, the HTTP cache must stay out of the way so that a 304 reaches us as a 304.
        cache: etag || lastModified ? 'no-store' : 'no-cache',
        headers,
      });
    } catch {
      if (timedOut) throw timeoutError();
      throw await unreachable(doFetch, url);
    }

    let finalUrl: string;
    try {
      finalUrl = checkFinalUrl(response.url || url.href);
    } catch (error) {
      controller.abort(); // Not one byte more from a place Signet does not read from.
      throw error;
    }
    if (response.status === 304 && (etag || lastModified)) {
      await response.body?.cancel().catch(() => undefined);
      return { notModified: true };
    }
    checkStatus(response.status);

    let bytes: Uint8Array;
    try {
      bytes = await readAtMost(response, options.maxBytes);
    } catch (error) {
      if (error instanceof TooLarge) {
        controller.abort();
        throw tooLarge(options.maxBytes);
      }
      if (timedOut) throw timeoutError();
      throw new Error(text('bg_connection_cut'));
    }
    const download: Download = { text: decodeUtf8(bytes), bytes, finalUrl };
    const newEtag = response.headers.get('ETag');
    const newLastModified = response.headers.get('Last-Modified');
    if (newEtag) download.etag = newEtag;
    if (newLastModified) download.lastModified = newLastModified;
    return download;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Why a fetch failed, as far as a script can tell: fetch() gives no detail on purpose (network
 * errors and CORS refusals look the same). One case is worth telling apart: a redirect to
 * something that is not a web address (data:, file:, javascript:, ftp:), which fetch refuses
 * to follow; asking again without following shows whether the server redirected at all.
 */
async function unreachable(doFetch: typeof fetch, url: URL): Promise<Error> {
  try {
    const probe = await doFetch(url.href, { credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'manual', cache: 'no-store', signal: AbortSignal.timeout(5_000) });
    if (probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400)) {
      return new Error(text('bg_redirect_unreadable'));
    }
  } catch {
    // Unreachable both ways: a network problem.
  }
  return new Error(text('bg_unreachable'));
}

/** A redirect may lead anywhere; the file must still come from an address we would accept directly. */
function checkFinalUrl(href: string): string {
  let finalUrl: URL;
  try {
    finalUrl = new URL(href);
  } catch {
    throw new Error(text('bg_redirect_not_web'));
  }
  const problem = packAddressProblem(finalUrl);
  if (problem) throw new Error(text('bg_redirect_refused', `${finalUrl.protocol}//${finalUrl.host}`, problem));
  return finalUrl.href;
}

function checkStatus(status: number): void {
  if (status >= 200 && status < 300) return;
  if (status === 404 || status === 410) {
    throw new Error(text('bg_http_not_found', status));
  }
  if (status === 401 || status === 403) {
    throw new Error(text('bg_http_forbidden', status));
  }
  if (status >= 500) throw new Error(text('bg_http_server', status));
  throw new Error(text('bg_http_other', status));
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    // fatal: a file in another encoding would otherwise give words with replacement characters.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(text('bg_not_utf8'));
  }
}

function tooLarge(maxBytes: number): Error {
  return new Error(text('bg_too_large', describeMegabytes(maxBytes)));
}

export function describeSeconds(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return text(seconds === 1 ? 'bg_seconds_one' : 'bg_seconds_other', formatNumber(seconds));
}

export function describeMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1 ? `${formatNumber(Math.round(megabytes * 10) / 10)} MB` : `${formatNumber(Math.ceil(bytes / 1024))} kB`;
}
