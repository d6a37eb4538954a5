/**
 * Reads a pack file from the network: one GET, bounded in time and size, never with the user's
 * cookies. Every failure becomes an Error whose message a user can act on.
 */
import { packAddressProblem } from './address';

export interface DownloadOptions {
  /** Covers the whole exchange, headers and body. */
  timeoutMs: number;
  maxBytes: number;
  /** Tests pass their own; the extension uses the global fetch. */
  fetch?: typeof fetch;
}

export interface Download {
  text: string;
  /** Where the file really came from, after redirects: the base for its relative URLs. */
  finalUrl: string;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

export async function downloadText(url: URL, options: DownloadOptions): Promise<Download> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const timeoutError = () => new Error(`This address did not answer within ${describeSeconds(options.timeoutMs)}. Check the address, or try again later.`);

  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url.href, {
        signal: controller.signal,
        // A pack is public; sending the user's cookies to its host would only leak them.
        credentials: 'omit',
        redirect: 'follow',
        // An update must see the new file, not a cached copy of the old one.
        cache: 'no-cache',
        headers: { Accept: 'application/json' },
      });
    } catch {
      if (timedOut) throw timeoutError();
      // fetch() gives no detail on purpose (network errors and CORS refusals look the same to scripts).
      throw new Error('The server did not answer, or does not allow Signet to read this file (CORS). Check the address; the server must send the header Access-Control-Allow-Origin.');
    }

    const finalUrl = checkFinalUrl(response.url || url.href);
    checkStatus(response.status);

    const declared = Number(response.headers.get('Content-Length'));
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      controller.abort();
      throw tooLarge(options.maxBytes);
    }

    let bytes: Uint8Array;
    try {
      bytes = await readAtMost(response, options.maxBytes);
    } catch (error) {
      if (error instanceof TooLarge) {
        controller.abort();
        throw tooLarge(options.maxBytes);
      }
      if (timedOut) throw timeoutError();
      throw new Error('The connection was cut while Signet was reading this file. Try again.');
    }
    return { text: decodeUtf8(bytes), finalUrl };
  } finally {
    clearTimeout(timer);
  }
}

/** A redirect may lead anywhere; the file must still come from an address we would accept directly. */
function checkFinalUrl(href: string): string {
  let finalUrl: URL;
  try {
    finalUrl = new URL(href);
  } catch {
    throw new Error('This address redirected Signet to something that is not a web address. Ask the dictionary’s publisher for its direct address.');
  }
  const problem = packAddressProblem(finalUrl);
  if (problem) throw new Error(`This address redirected Signet to ${finalUrl.protocol}//${finalUrl.host}, which it cannot use. ${problem}`);
  return finalUrl.href;
}

function checkStatus(status: number): void {
  if (status >= 200 && status < 300) return;
  if (status === 404 || status === 410) {
    throw new Error(`No file was found at this address (HTTP ${status}). Check the address: it should end with the pack’s file name, usually pack.json.`);
  }
  if (status === 401 || status === 403) {
    throw new Error(`The server refused to give this file (HTTP ${status}). Signet can only install dictionaries that are public.`);
  }
  if (status >= 500) throw new Error(`The server had a problem (HTTP ${status}). Try again later.`);
  throw new Error(`The server answered with an error (HTTP ${status}). Check the address.`);
}

class TooLarge extends Error {}

/** Counts bytes as they arrive, because Content-Length may be missing or false (compressed, chunked). */
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    // fatal: a file in another encoding would otherwise give words with replacement characters.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('This file is not a Signet dictionary: it is not text in UTF-8.');
  }
}

function tooLarge(maxBytes: number): Error {
  return new Error(`This file is too large for a Signet dictionary (the limit is ${describeMegabytes(maxBytes)}). Ask its publisher to split it into several packs.`);
}

function describeSeconds(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

function describeMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1 ? `${Math.round(megabytes * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} kB`;
}
