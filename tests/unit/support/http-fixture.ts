/**
 * A small HTTP server on 127.0.0.1 for background tests: each path answers a fixed body with an
 * ETag and honours If-None-Match (as a CDN does), or runs its own handler; every request is logged.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export class HttpFixture {
  readonly routes = new Map<string, Handler>();
  readonly log: Array<{ path: string; status: number; conditional: boolean }> = [];
  private readonly server: Server;
  origin = '';

  constructor() {
    this.server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      const conditional = request.headers['if-none-match'] !== undefined;
      response.on('finish', () => this.log.push({ path, status: response.statusCode, conditional }));
      const handler = this.routes.get(path);
      if (handler) handler(request, response);
      else response.writeHead(404).end('not found');
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** Serves `body` (JSON unless a string or bytes) with an ETag of its content; 304 to a matching If-None-Match. */
  file(path: string, body: unknown, type = 'application/json'): string {
    const bytes = typeof body === 'string' || body instanceof Uint8Array ? Buffer.from(body as string) : Buffer.from(JSON.stringify(body));
    const etag = `"${createHash('sha1').update(bytes).digest('hex').slice(0, 16)}"`;
    this.routes.set(path, (request, response) => {
      if (request.headers['if-none-match'] === etag) return void response.writeHead(304, { ETag: etag }).end();
      response.writeHead(200, { 'Content-Type': type, ETag: etag, 'Content-Length': bytes.length }).end(bytes);
    });
    return this.origin + path;
  }

  /** Requests of a path so far (304s included). */
  hits(path: string): number {
    return this.log.filter((line) => line.path === path).length;
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
