import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface RouteServer {
  origin: string;
  /** What one path answers; anything else is a 404. */
  route(path: string, handler: Route): string;
  /** A JSON document (or text, or bytes) answered 200 with a type. */
  serve(path: string, body: unknown, type?: string): string;
  close(): Promise<void>;
}

/**
 * A server of hand-written answers on 127.0.0.1, for packs and videos that are wrong in one
 * precise way (a bad schema, a redirect to data:, a server that never answers, a corrupt video).
 */
export async function startRouteServer(): Promise<RouteServer> {
  const routes = new Map<string, Route>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const handler = routes.get(path);
    if (handler) handler(req, res);
    else res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = (path: string) => origin + path.split('/').map(encodeURIComponent).join('/');
  return {
    origin,
    route: (path, handler) => {
      routes.set(path, handler);
      return url(path);
    },
    serve: (path, body, type = 'application/json') => {
      const bytes = typeof body === 'string' || body instanceof Uint8Array ? Buffer.from(body as string) : Buffer.from(JSON.stringify(body));
      routes.set(path, (_req, res) => res.writeHead(200, { 'Content-Type': type, 'Content-Length': bytes.length, 'Access-Control-Allow-Origin': '*' }).end(bytes));
      return url(path);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
