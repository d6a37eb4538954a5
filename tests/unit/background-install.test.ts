import 'fake-indexeddb/auto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackground, type Background } from '../../src/background/services';

// The real validator refuses every video URL that could not be resolved, so the install's own
// refusal is reached only through a resolver told to fail for one URL.
vi.mock('../../src/core/pack/urls', async (importActual) => {
  const actual = await importActual<typeof import('../../src/core/pack/urls')>();
  return {
    ...actual,
    resolveVideoUrl: (url: string, packUrl: string) => (url.includes('unresolvable') ? null : actual.resolveVideoUrl(url, packUrl)),
  };
});

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** A static pack host on 127.0.0.1; each test says what a path answers. */
class PackServer {
  readonly routes = new Map<string, Handler>();
  readonly requests: IncomingMessage[] = [];
  private readonly server: Server;
  origin = '';

  constructor(private readonly host: string) {
    this.server = createServer((request, response) => {
      this.requests.push(request);
      const handler = this.routes.get(request.url ?? '');
      if (handler) handler(request, response);
      else response.writeHead(404).end('not found');
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, this.host, resolve));
    this.origin = `http://${this.host}:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  json(path: string, body: unknown): string {
    const text = JSON.stringify(body);
    this.routes.set(path, (_request, response) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(text));
    return this.origin + path;
  }

  redirect(path: string, location: string): string {
    this.routes.set(path, (_request, response) => response.writeHead(302, { Location: location }).end());
    return this.origin + path;
  }
}

function pack(version: string, entries: Array<{ id: string; forms: string[]; url?: string }>, overrides: object = {}) {
  return {
    format: 'signet-pack',
    formatVersion: 1,
    id: 'elix-demo',
    name: 'Elix demo',
    version,
    signLanguage: 'fsl',
    spokenLanguage: 'fr',
    licence: 'CC-BY-SA-4.0',
    attribution: 'Elix – Signes de sens',
    homepage: 'https://www.elix-lsf.fr/',
    entries: entries.map(({ id, forms, url }) => ({
      id,
      forms,
      videos: [{ url: url ?? `videos/${id}-${version}.webm`, type: 'video/webm', width: 640, height: 480, duration: 2 }],
    })),
    ...overrides,
  };
}

const VERSION_1 = pack('1', [
  { id: 'chat', forms: ['chat'] },
  { id: 'reseau-local', forms: ['réseau local'] },
]);

let server: PackServer;
let elsewhere: PackServer;
let databases = 0;
let background: Background;
let goodUrl: string;

beforeAll(async () => {
  server = await new PackServer('127.0.0.1').start();
  // Linux routes all of 127/8 to the loopback device: a host that http:// is not allowed to reach.
  elsewhere = await new PackServer('127.0.0.2').start();
});

afterAll(async () => {
  await server.stop();
  await elsewhere.stop();
});

beforeEach(async () => {
  server.routes.clear();
  background = createBackground({ databaseName: `install-test-${++databases}`, timeoutMs: 300, maxBytes: 64 * 1024 });
  goodUrl = server.json('/packs/elix/pack.json', VERSION_1);
  await background.installPackFromUrl(goodUrl);
});

/** The dictionary installed in beforeEach, exactly as it was. */
async function expectVersion1Answering(): Promise<void> {
  expect((await background.dictionary.lookupWords(['chat', 'réseau'])).results).toEqual({
    chat: { keys: ['chat'], continuations: [], alts: [] },
    réseau: { keys: [], continuations: [{ rest: ['local'], key: 'réseau local' }], alts: [] },
  });
  const [entry] = await background.dictionary.getEntries(['chat']);
  expect(entry?.videos[0]?.url).toBe(`${server.origin}/packs/elix/videos/chat-1.webm`);
  expect((await background.listSources()).map((s) => `${s.id}@${s.version}`)).toEqual(['elix-demo@1']);
}

async function expectRefused(url: string, message: RegExp | string): Promise<void> {
  await expect(background.installPackFromUrl(url)).rejects.toThrow(message);
  await expectVersion1Answering();
}

describe('installPackFromUrl', () => {
  it('installs a pack, resolving its video URLs against the pack address', async () => {
    await expectVersion1Answering();
    const [source] = await background.listSources();
    expect(source).toMatchObject({ id: 'elix-demo', name: 'Elix demo', url: goodUrl, entryCount: 2, spokenLanguage: 'fr' });
    const [entry] = await background.dictionary.getEntries(['réseau local']);
    expect(entry?.credit).toEqual({
      sourceId: 'elix-demo',
      name: 'Elix demo',
      licence: 'CC-BY-SA-4.0',
      attribution: 'Elix – Signes de sens',
      homepage: 'https://www.elix-lsf.fr/',
    });
  });

  it('asks without credentials-bearing extras and accepts JSON', async () => {
    const request = server.requests.at(-1);
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.headers.cookie).toBeUndefined();
  });

  it('replaces an installed pack with a new version from its address (an update)', async () => {
    const url = server.json('/packs/elix/pack.json', pack('2', [{ id: 'chapeau', forms: ['chapeau'] }]));
    const summary = await background.installPackFromUrl(url);
    expect(summary.version).toBe('2');
    expect((await background.dictionary.lookupWords(['chat', 'chapeau'])).results).toEqual({ chapeau: { keys: ['chapeau'], continuations: [], alts: [] } });
    expect((await background.listSources()).map((s) => `${s.id}@${s.version}`)).toEqual(['elix-demo@2']);
  });

  it('follows a redirect and resolves videos against the final address', async () => {
    const target = server.json('/moved/pack.json', pack('2', [{ id: 'chat', forms: ['chat'] }], { id: 'moved' }));
    await background.installPackFromUrl(server.redirect('/old/pack.json', target));
    const entries = await background.dictionary.getEntries(['chat']);
    expect(entries.map((e) => e.videos[0]?.url)).toEqual([`${server.origin}/packs/elix/videos/chat-1.webm`, `${server.origin}/moved/videos/chat-2.webm`]);
  });

  it.each([
    ['not a url', /not a complete web address/],
    ['ftp://127.0.0.1/pack.json', /https:\/\//],
    ['http://example.com/pack.json', /http:\/\/ is allowed only on this computer/],
    ['https://user:secret@example.com/pack.json', /user name or password/],
  ])('refuses the address %s before asking the network', async (url, message) => {
    const asked = server.requests.length;
    await expectRefused(url, message);
    expect(server.requests.length).toBe(asked);
  });

  it('refuses a file that is not JSON', async () => {
    server.routes.set('/page.html', (_q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><p>Hello'));
    await expectRefused(`${server.origin}/page.html`, 'This file is not a Signet dictionary: it is not JSON.');
  });

  it('refuses a file that is not UTF-8', async () => {
    server.routes.set('/latin1.json', (_q, r) => r.writeHead(200).end(Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])));
    await expectRefused(`${server.origin}/latin1.json`, /not text in UTF-8/);
  });

  it('refuses a file of the wrong shape, naming at most three problems', async () => {
    const url = server.json('/wrong.json', { format: 'signet-pack', formatVersion: 1, id: 'elix-demo', entries: [{}] });
    const error = await background.installPackFromUrl(url).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/^This file is not a Signet dictionary: \(1\) \$\.name: .+ \(2\) \$\.\w+: .+ \(3\) \$\.\w+: .+ \(and \d+ more problems\)\.$/);
    await expectVersion1Answering();
  });

  it('refuses the whole pack when one video URL cannot be resolved', async () => {
    const url = server.json(
      '/packs/elix/pack.json',
      pack('2', [
        { id: 'chapeau', forms: ['chapeau'] },
        { id: 'chat', forms: ['chat'], url: 'videos/unresolvable.webm' },
      ]),
    );
    await expectRefused(url, /^This file is not a Signet dictionary: \$\.entries\[1\]\.videos\[0\]\.url: this video address cannot be used/);
  });

  it.each([
    [404, /No file was found at this address \(HTTP 404\)/],
    [403, /refused to give this file \(HTTP 403\)/],
    [500, /The server had a problem \(HTTP 500\)\. Try again later\./],
    [418, /The server answered with an error \(HTTP 418\)/],
  ])('refuses HTTP %i', async (status, message) => {
    server.routes.set('/status.json', (_q, r) => r.writeHead(status).end(JSON.stringify(VERSION_1)));
    await expectRefused(`${server.origin}/status.json`, message);
  });

  it('refuses a file announced too large by its Content-Length', async () => {
    server.routes.set('/big.json', (_q, r) => r.writeHead(200, { 'Content-Length': String(1024 * 1024) }).end());
    await expectRefused(`${server.origin}/big.json`, /too large for a Signet dictionary \(the limit is 64 kB\)/);
  });

  it('refuses a file that grows too large while streaming, without a Content-Length', async () => {
    server.routes.set('/endless.json', (_q, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = ' '.repeat(16 * 1024);
      const timer = setInterval(() => response.write(chunk), 1);
      response.on('close', () => clearInterval(timer));
    });
    await expectRefused(`${server.origin}/endless.json`, /too large for a Signet dictionary/);
  });

  it('gives up on a server that does not answer in time', async () => {
    server.routes.set('/slow.json', () => undefined);
    await expectRefused(`${server.origin}/slow.json`, 'This address did not answer within 0.3 seconds.');
  });

  it('gives up on a server that stops sending the file halfway', async () => {
    server.routes.set('/stalled.json', (_q, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"format":');
    });
    await expectRefused(`${server.origin}/stalled.json`, /did not answer within 0\.3 seconds/);
  });

  it('says in plain words when the server cannot be reached', async () => {
    const closed = await new PackServer('127.0.0.1').start();
    await closed.stop();
    await expectRefused(`${closed.origin}/pack.json`, 'The server did not answer, or does not allow Signet to read this file (CORS).');
  });

  it.each([
    ['a data: URL', `data:application/json,${encodeURIComponent(JSON.stringify(pack('2', [])))}`],
    ['another scheme', 'ftp://127.0.0.1/pack.json'],
  ])('refuses a redirect to %s', async (_name, location) => {
    await expectRefused(server.redirect('/to-elsewhere.json', location), /redirects to a place Signet cannot read from/);
  });

  it('refuses a redirect to a plain http:// address off this computer', async () => {
    const target = elsewhere.json('/pack.json', pack('2', [{ id: 'chapeau', forms: ['chapeau'] }]));
    await expectRefused(server.redirect('/to-other-host.json', target), `This address redirected Signet to http://127.0.0.2:`);
  });

  it('keeps the previous dictionary when storage refuses the new one', async () => {
    vi.spyOn(background.store, 'putPart').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const url = server.json('/packs/elix/pack.json', pack('2', [{ id: 'chapeau', forms: ['chapeau'] }]));
    await expectRefused(url, 'Signet could not save this dictionary in the browser’s storage. Free some disk space, then try again.');
  });

  it('never shows a stack trace in its messages', async () => {
    server.routes.set('/page.html', (_q, r) => r.writeHead(200).end('nope'));
    const error = await background.installPackFromUrl(`${server.origin}/page.html`).catch((e: Error) => e);
    expect(String((error as Error).message)).not.toMatch(/\n\s+at /);
  });
});
