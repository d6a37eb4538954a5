/**
 * Reading a pack.json to validate: from a local file (or the folder holding it) or from an
 * http(s) URL, with the limits the extension's downloader has (MAX_PACK_BYTES, 15 s), so that
 * what passes here downloads there.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_PACK_BYTES } from '../../src/core/pack/limits';
import { CommandError } from './errors';

export const FETCH_TIMEOUT_MS = 15_000;

export interface LoadedText {
  text: string;
  /** URL of the pack.json, against which its relative video URLs resolve (file: for a local file). */
  url: string;
  /** The local file, when read from disk. */
  file?: string;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function loadPackText(target: string, packFileName: string): Promise<LoadedText> {
  if (/^https?:\/\//i.test(target)) return fetchPackText(target);
  let file = path.resolve(target);
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = path.join(file, packFileName);
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) throw new CommandError([`${target}: no such file`]);
  if (info.size > MAX_PACK_BYTES) {
    throw new CommandError([`${target}: ${megabytes(info.size)}, more than the ${megabytes(MAX_PACK_BYTES)} a pack.json may weigh`]);
  }
  return { text: decodeUtf8(await readFile(file), target), url: pathToFileURL(file).href, file };
}

async function fetchPackText(url: string): Promise<LoadedText> {
  const tooBig = () => new CommandError([`${url}: more than the ${megabytes(MAX_PACK_BYTES)} a pack.json may weigh`]);
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/json' } });
    if (!response.ok) throw new CommandError([`${url}: the server answered HTTP ${response.status} ${response.statusText}`.trim()]);
    if (Number(response.headers.get('content-length')) > MAX_PACK_BYTES) throw tooBig();
    // Counted while reading: Content-Length may be absent or wrong.
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = response.body?.getReader();
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
      total += chunk.value.byteLength;
      if (total > MAX_PACK_BYTES) {
        await reader?.cancel();
        throw tooBig();
      }
      chunks.push(chunk.value);
    }
    return { text: decodeUtf8(Buffer.concat(chunks), url), url: response.url || url };
  } catch (error) {
    if (error instanceof CommandError) throw error;
    const name = (error as Error).name;
    if (name === 'TimeoutError') throw new CommandError([`${url}: no complete answer within ${FETCH_TIMEOUT_MS / 1000} s`]);
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    throw new CommandError([`${url}: cannot be downloaded (${cause ?? (error as Error).message})`]);
  }
}

function decodeUtf8(bytes: Uint8Array, source: string): string {
  try {
    // TextDecoder drops a leading byte order mark, which JSON.parse would reject.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CommandError([`${source}: not UTF-8 text`]);
  }
}
