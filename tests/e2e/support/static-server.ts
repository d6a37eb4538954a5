import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface RequestLogLine {
  method: string;
  path: string;
  status: number;
  /** The Referer header sent, "" when none (no request may carry the reader's page address). */
  referer: string;
}

export interface StaticServer {
  origin: string;
  url(path: string): string;
  /** Every request served so far (tests check what Signet asked for). */
  log: RequestLogLine[];
  /** Extra headers for paths starting with a prefix, e.g. a strict CSP on one page. */
  setHeaders(prefix: string, headers: Record<string, string>): void;
  /** Answers paths starting with a prefix only after this many milliseconds (a slow CDN); 0 removes the delay. */
  setDelay(prefix: string, ms: number): void;
  /**
   * Sends ETag and Last-Modified for paths starting with a prefix, and 304 to a matching
   * If-None-Match, as a CDN serving a pack does. Off elsewhere: a page revalidated from the
   * browser's cache loads differently, which tests watching a page's parsing must not see.
   */
  setValidators(prefix: string): void;
  close(): Promise<void>;
}

/**
 * A plain static file server on 127.0.0.1, as a CDN would serve a pack: byte ranges (the
 * media stack asks for them), CORS for any origin, correct MIME types, and where asked
 * (setValidators) ETag and Last-Modified with 304 answers to conditional requests.
 */
export async function startStaticServer(mounts: Record<string, string>): Promise<StaticServer> {
  const log: RequestLogLine[] = [];
  const extraHeaders: Array<[string, Record<string, string>]> = [];
  const delays = new Map<string, number>();
  const validated: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const delay = [...delays].find(([prefix]) => path.startsWith(prefix))?.[1] ?? 0;
    const validators = validated.some((prefix) => path.startsWith(prefix));
    const answer = () => log.push({ method: req.method ?? 'GET', path, status: serve(req, res, path, mounts, extraHeaders, validators), referer: req.headers.referer ?? '' });
    if (delay > 0) setTimeout(answer, delay);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + path.split('/').map(encodeURIComponent).join('/'),
    log,
    setHeaders: (prefix, headers) => extraHeaders.push([prefix, headers]),
    setDelay: (prefix, ms) => (ms > 0 ? delays.set(prefix, ms) : delays.delete(prefix)),
    setValidators: (prefix) => validated.push(prefix),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function serve(req: IncomingMessage, res: ServerResponse, path: string, mounts: Record<string, string>, extraHeaders: Array<[string, Record<string, string>]>, validators = false): number {
  const mount = Object.keys(mounts)
    .filter((m) => path.startsWith(m))
    .sort((a, b) => b.length - a.length)[0];
  if (!mount) return end(res, 404);
  const root = mounts[mount]!;
  const file = normalize(join(root, path.slice(mount.length)));
  if (!file.startsWith(root + sep) && file !== root) return end(res, 403);
  if (res.destroyed) return 0;
  let size: number;
  let mtime: Date;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return end(res, 404);
    size = stat.size;
    mtime = stat.mtime;
  } catch {
    return end(res, 404);
  }
  const etag = `"${size.toString(16)}-${mtime.getTime().toString(16)}"`;
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Cache-Control', 'no-cache');
  if (validators) {
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', mtime.toUTCString());
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304);
      res.end();
      return 304;
    }
  }
  for (const [prefix, headers] of extraHeaders) {
    if (path.startsWith(prefix)) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  }
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  let start = 0;
  let last = size - 1;
  let status = 200;
  if (range && (range[1] || range[2])) {
    start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    last = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > last || start >= size) {
      res.setHeader('Content-Range', `bytes */${size}`);
      return end(res, 416);
    }
    status = 206;
    res.setHeader('Content-Range', `bytes ${start}-${last}/${size}`);
  }
  res.setHeader('Content-Length', String(last - start + 1));
  res.writeHead(status);
  if (req.method === 'HEAD') res.end();
  else createReadStream(file, { start, end: last }).pipe(res);
  return status;
}

function end(res: ServerResponse, status: number): number {
  res.writeHead(status, { 'Content-Type': 'text/plain' });
  res.end(String(status));
  return status;
}
