/**
 * Video downloads that a dictionary's host (or whoever sits on its network path) could abuse:
 * a body without Content-Length that never ends, and a redirect to plain http on another host.
 * The background reads at most MAX_VIDEO_BYTES of a body, counting as it arrives, and refuses a
 * video whose address redirected anywhere it would not read from directly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { installPackThroughOptions, launchSignet, waitFor, type SignetBrowser } from './support/browser';
import { playerText } from './support/overlay-helpers';
import { locateText, playerFrame, waitForStableHighlights } from './support/page-helpers';
import { ELIX_DIR } from './support/paths';
import { startRouteServer, type RouteServer } from './support/route-server';

const MB = 1024 * 1024;
const WEBM = readFileSync(join(ELIX_DIR, 'videos/chapeau.webm'));
/** A host name that is not this computer: the browser is told to reach it at 127.0.0.1, as a DNS answer (or an attacker) would send it anywhere. */
const OTHER_HOST = 'videos.example.invalid';

describe('video downloads are bounded and go only where Signet reads from', () => {
  let server: RouteServer;
  let signet: SignetBrowser;
  let page: Page;
  /** Bytes the endless video's server wrote before the reader hung up. */
  let endlessSent = 0;
  let endlessClosed: Promise<void>;
  let directHits = 0;
  let endlessRequests = 0;

  beforeAll(async () => {
    server = await startRouteServer();
    const port = new URL(server.origin).port;
    let closed!: () => void;
    endlessClosed = new Promise<void>((resolve) => (closed = resolve));
    server.route('/pack/videos/quokka.webm', (_request, response) => {
      endlessRequests += 1;
      // 80 MB, chunked (no Content-Length), starting like a real WebM: only counting stops it.
      response.writeHead(200, { 'Content-Type': 'video/webm' });
      const chunk = Buffer.alloc(256 * 1024);
      WEBM.copy(chunk, 0, 0, 4096);
      let sent = 0;
      const pump = () => {
        while (sent < 80 * MB && !response.destroyed) {
          sent += chunk.length;
          endlessSent = Math.max(endlessSent, sent);
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      response.on('close', closed);
      pump();
    });
    server.route('/pack/videos/wombat.webm', (_request, response) => {
      response.writeHead(302, { Location: `http://${OTHER_HOST}:${port}/plain/wombat.webm` }).end();
    });
    server.route('/plain/wombat.webm', (_request, response) => {
      directHits += 1;
      response.writeHead(200, { 'Content-Type': 'video/webm', 'Content-Length': WEBM.length }).end(WEBM);
    });
    const video = (name: string) => ({ url: `videos/${name}.webm`, type: 'video/webm', width: 640, height: 480, duration: 2 });
    const packUrl = server.serve('/pack/pack.json', {
      format: 'signet-pack',
      formatVersion: 1,
      id: 'hostile-videos',
      name: 'Hostile videos',
      version: '1',
      signLanguage: 'fsl',
      spokenLanguage: 'fr',
      licence: 'CC-BY-SA-4.0',
      attribution: 'Test',
      entries: ['quokka', 'wombat'].map((id) => ({ id, forms: [id], videos: [video(id)] })),
    });
    server.serve('/page.html', '<!doctype html><html lang="fr"><meta charset="utf-8"><body><p>Un quokka et un wombat.</p></body></html>', 'text/html; charset=utf-8');
    signet = await launchSignet({
      // The other host resolves to this computer, so that following the redirect would work.
      extraArgs: [`--host-resolver-rules=MAP ${OTHER_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost`],
    });
    await (await installPackThroughOptions(signet, packUrl)).close();
    page = await signet.browser.newPage();
    await page.goto(`${server.origin}/page.html`);
    expect(await waitForStableHighlights(page, 2)).toEqual(['quokka', 'wombat']);
  });
  afterAll(async () => {
    await signet?.close();
    await server?.close();
  });

  async function failureShownFor(word: string): Promise<string> {
    const box = await waitFor(() => locateText(page, word).catch(() => null));
    await page.mouse.move(box.x, box.y);
    const frame = await playerFrame(page, word);
    const text = await waitFor(() => frame.$eval('[data-state="video-failed"]', (el) => (el as HTMLElement).innerText).catch(() => ''), 30_000);
    expect(await playerText(frame)).toContain(text);
    await page.keyboard.press('Escape');
    return text;
  }

  it('refuses an 80 MB video sent without Content-Length, and stops reading it near the 50 MB cap', async () => {
    const text = await failureShownFor('quokka');
    expect(text).toMatch(/larger than 50 MB/);
    await endlessClosed;
    // The worker hung up once past the cap: what was sent is the cap plus what the network buffers
    // held (57 MB seen), well short of the 80 MB the server had to send.
    expect(endlessSent).toBeLessThan(70 * MB);
    expect(endlessSent).toBeGreaterThan(50 * MB);
    // Asked once (the prefetch as the pointer rests, then the player's load): the refusal is remembered.
    expect(endlessRequests).toBe(1);
    expect((await signet.worker.evaluate(() => globalThis.__signet!.cacheStats())).count).toBe(0);
  });

  it('refuses a video whose address redirects to plain http on another host', async () => {
    const text = await failureShownFor('wombat');
    expect(text).toMatch(new RegExp(`redirected to http://${OTHER_HOST.replace(/\./g, '\\.')}:\\d+, which Signet does not read from`));
    expect((await signet.worker.evaluate(() => globalThis.__signet!.cacheStats())).count).toBe(0);
    expect(directHits).toBeLessThanOrEqual(1);
  });
});
