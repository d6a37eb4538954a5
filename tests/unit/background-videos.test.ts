/**
 * The video cache and loader: LRU eviction under a budget, and every answer the player can get
 * (cached, missing, not a video, offline, not from a dictionary), with a real HTTP server.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET, MIN_BUDGET, VideoCache } from '../../src/background/video-cache';
import { looksLikeVideo, VideoLoader } from '../../src/background/videos';
import { HttpFixture } from './support/http-fixture';

const WEBM = readFileSync(path.resolve(import.meta.dirname, '../../../shared/data/lsf-elix/videos/chapeau.webm'));
const MB = 1024 * 1024;
let databases = 0;
const freshCache = () => new VideoCache(`videos-test-${++databases}`);

function blob(size: number): Blob {
  return new Blob([new Uint8Array(size)], { type: 'video/webm' });
}

describe('VideoCache', () => {
  it('stores, reads back and counts videos', async () => {
    const cache = freshCache();
    expect(await cache.stats()).toEqual({ bytes: 0, count: 0, budget: DEFAULT_BUDGET });
    await cache.put('https://v.example/a.webm', blob(1000));
    expect(await cache.has('https://v.example/a.webm')).toBe(true);
    expect(await cache.has('https://v.example/b.webm')).toBe(false);
    expect((await cache.get('https://v.example/a.webm'))?.size).toBe(1000);
    expect(await cache.stats()).toMatchObject({ bytes: 1000, count: 1 });
  });

  it('evicts the least recently used videos past its budget, never the one just stored', async () => {
    const cache = freshCache();
    await cache.setBudget(MIN_BUDGET);
    let now = 1_000_000;
    const realNow = Date.now;
    Date.now = () => now;
    try {
      for (const name of ['a', 'b', 'c']) {
        now += 120_000;
        await cache.put(`https://v.example/${name}.webm`, blob(15 * MB));
      }
      // "a" is played again: "b" is now the least recently used.
      now += 120_000;
      await cache.has('https://v.example/a.webm');
      now += 120_000;
      await cache.put('https://v.example/d.webm', blob(15 * MB));
    } finally {
      Date.now = realNow;
    }
    const stats = await cache.stats();
    expect(stats.bytes).toBeLessThanOrEqual(MIN_BUDGET);
    expect(await cache.has('https://v.example/b.webm')).toBe(false);
    for (const name of ['a', 'c', 'd']) expect(await cache.has(`https://v.example/${name}.webm`)).toBe(true);
  });

  it('clamps the budget, and clears', async () => {
    const cache = freshCache();
    expect((await cache.setBudget(1)).budget).toBe(MIN_BUDGET);
    await cache.put('https://v.example/a.webm', blob(10));
    expect(await cache.clear()).toMatchObject({ bytes: 0, count: 0 });
    expect(await cache.get('https://v.example/a.webm')).toBeUndefined();
  });
});

describe('VideoLoader', () => {
  let server: HttpFixture;
  const known = new Set<string>();
  let loader: VideoLoader;
  let cache: VideoCache;

  beforeAll(async () => {
    server = await new HttpFixture().start();
    server.file('/chapeau.webm', new Uint8Array(WEBM), 'video/webm');
    server.file('/page.webm', '<!doctype html><title>Not found</title>', 'text/html');
    server.routes.set('/slow.webm', () => undefined);
    for (const p of ['/chapeau.webm', '/page.webm', '/gone.webm', '/slow.webm']) known.add(server.origin + p);
    cache = freshCache();
    loader = new VideoLoader({ cache, isKnown: async (url) => known.has(url), timeoutMs: 500 });
  });
  afterAll(() => server.stop());

  it('fetches a video once, stores it, then answers from the cache', async () => {
    const url = `${server.origin}/chapeau.webm`;
    const [a, b] = await Promise.all([loader.load(url), loader.load(url)]);
    expect(a).toEqual({ status: 'cached' });
    expect(b).toEqual({ status: 'cached' });
    expect(server.hits('/chapeau.webm')).toBe(1);
    expect((await cache.get(url))?.size).toBe(WEBM.length);
    expect(await loader.load(url)).toEqual({ status: 'cached' });
    expect(server.hits('/chapeau.webm')).toBe(1);
  });

  it.each([
    ['a 404', '/gone.webm', 'missing'],
    ['an HTML page instead of a video', '/page.webm', 'failed'],
    ['a server that does not answer', '/slow.webm', 'offline'],
  ])('says what is wrong with %s, and stores nothing', async (_what, p, status) => {
    const result = await loader.load(server.origin + p);
    expect(result.status).toBe(status);
    expect(await cache.get(server.origin + p)).toBeUndefined();
  });

  it('says offline when nothing answers at all', async () => {
    const closed = await new HttpFixture().start();
    await closed.stop();
    known.add(`${closed.origin}/x.webm`);
    expect(await loader.load(`${closed.origin}/x.webm`)).toMatchObject({ status: 'offline' });
  });

  it('fetches only videos of installed dictionaries', async () => {
    expect(await loader.load('http://127.0.0.1:1/secret')).toMatchObject({ status: 'failed' });
  });

  it('refuses a body past its cap without Content-Length, and stops reading it early', async () => {
    const capped = new VideoLoader({ cache, isKnown: async () => true, maxBytes: 1 * MB, timeoutMs: 5_000 });
    let sent = 0;
    let closed!: () => void;
    const ended = new Promise<void>((resolve) => (closed = resolve));
    server.routes.set('/endless.webm', (_request, response) => {
      // Chunked: no Content-Length. A WebM head first, then 20 MB unless the reader hangs up.
      response.writeHead(200, { 'Content-Type': 'video/webm' });
      const chunk = new Uint8Array(64 * 1024);
      chunk.set(WEBM.subarray(0, 16));
      const pump = () => {
        while (sent < 20 * MB && !response.destroyed) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      response.on('close', closed);
      pump();
    });
    const result = await capped.load(`${server.origin}/endless.webm`);
    expect(result).toMatchObject({ status: 'failed', detail: expect.stringMatching(/larger than 1 MB/) });
    await ended;
    expect(sent).toBeLessThan(8 * MB);
    expect(await cache.get(`${server.origin}/endless.webm`)).toBeUndefined();
  });

  it('refuses a body whose Content-Length is past its cap without reading it', async () => {
    const capped = new VideoLoader({ cache, isKnown: async () => true, maxBytes: 1 * MB });
    server.routes.set('/declared.webm', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'video/webm', 'Content-Length': String(2 * MB) });
      response.end(new Uint8Array(2 * MB));
    });
    expect(await capped.load(`${server.origin}/declared.webm`)).toMatchObject({ status: 'failed' });
  });

  it('recognises WebM and MP4 by their first bytes', () => {
    expect(looksLikeVideo(new Uint8Array(WEBM.subarray(0, 16)))).toBe(true);
    expect(looksLikeVideo(new Uint8Array([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70]))).toBe(true);
    expect(looksLikeVideo(new TextEncoder().encode('<!doctype html>'))).toBe(false);
  });
});
