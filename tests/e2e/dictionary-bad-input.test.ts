/**
 * Bad dictionaries, one kind per test: each is refused with a plain message in the options page,
 * and the dictionary installed before (the Elix sample) still answers, untouched. Then what is
 * not refused but handled: HTML in text fields shown as text, a video that is missing, a video
 * that is corrupt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { waitFor } from './support/browser';
import { openCreditDetails, playerText } from './support/overlay-helpers';
import { locateText, playerFrame, waitForStableHighlights } from './support/page-helpers';
import { startRouteServer, sha256, type RouteServer } from './support/route-server';
import { startSession, type Session } from './support/session';
import { lookupAsContentScript } from './support/content-world';
import { retype } from './support/fields';

/** The extension pages' API, as evaluated in the options page. */

const HEADER = {
  format: 'signet-pack',
  formatVersion: 1,
  id: 'bad',
  name: 'Bad',
  version: '1',
  signLanguage: 'fsl',
  spokenLanguage: 'fr',
  licence: 'CC-BY-SA-4.0',
  attribution: 'Test',
};
const video = (url: string) => ({ url, type: 'video/webm', width: 640, height: 480, duration: 2 });
const entry = (id: string, url = `videos/${id}.webm`) => ({ id, forms: [id], videos: [video(url)] });
const pack = (entries: unknown[], extra: object = {}) => ({ ...HEADER, entries, ...extra });

/** Types the address and presses Enter; resolves with the next message the add form shows. */
async function submit(options: Page, url: string): Promise<{ text: string; role: string | null }> {
  await options.evaluate(() => {
    const status = document.querySelector('#add-status')!;
    const w = window as unknown as { __messages: string[] };
    w.__messages = [];
    new MutationObserver(() => w.__messages.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await retype(options, '#pack-url', url);
  await options.keyboard.press('Enter');
  const text = await waitFor(() => options.evaluate(() => (window as unknown as { __messages: string[] }).__messages.filter(Boolean).at(-1)), 20_000);
  return { text, role: await options.$eval('#add-status', (el) => el.getAttribute('role')) };
}

describe('bad dictionaries are refused in plain words, and the installed one keeps answering', () => {
  let session: Session;
  let bad: RouteServer;
  let options: Page;

  beforeAll(async () => {
    bad = await startRouteServer();
    session = await startSession();
    options = await session.signet.browser.newPage();
    await options.goto(session.signet.extensionUrl('src/options/index.html'));
    await options.waitForSelector('[data-source-id="elix-sample"]');
    // A server that never answers is given up on after 1.5 s here, not after the usual 20.
    await session.signet.worker.evaluate(() => globalThis.__signet!.setDownloadTimeout(1_500));
  });
  afterAll(async () => {
    await session?.close();
    await bad?.close();
  });

  /** The Elix sample, exactly as installed: listed with its 100 signs, and answering lookups. */
  async function expectElixIntact(): Promise<void> {
    const listed = await options.$$eval('[data-testid="source"]', (items) =>
      items.map((i) => `${i.getAttribute('data-source-id')}:${i.querySelector('[data-testid="entry-count"]')?.getAttribute('data-count')}`),
    );
    expect(listed).toEqual(['elix-sample:100']);
    const { signet, server } = session;
    expect(await lookupAsContentScript(signet.browser, signet.extensionId, server.url('/fixtures/empty.html'), ['chapeau', 'croissant'])).toEqual(['chapeau', 'croissant']);
  }

  const cases: Array<[string, () => string, RegExp]> = [
    ['not JSON (a web page)', () => bad.serve('/page.html', '<!doctype html><p>Bonjour', 'text/html'), /not a Signet dictionary: it is not JSON/],
    ['an empty file', () => bad.serve('/empty.json', ''), /This file is empty/],
    ['not UTF-8', () => bad.serve('/latin1.json', new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d])), /not text in UTF-8/],
    ['the wrong schema (another format)', () => bad.serve('/other.json', { format: 'other', formatVersion: 1 }), /\$\.format: must be "signet-pack".*is this file a Signet pack\?/],
    ['a future format version', () => bad.serve('/v2.json', { ...pack([entry('chat')]), formatVersion: 2 }), /reads format version 1 only; update Signet/],
    [
      'wrong types',
      () => bad.serve('/types.json', pack([{ ...entry('chat'), forms: 'chat' }], { name: 42 })),
      /\$\.name: must be text, but is a number \(42\).*\$\.entries\[0\]\.forms: must be a list/,
    ],
    ['duplicate ids', () => bad.serve('/dup.json', pack([entry('chat'), { ...entry('chien'), id: 'chat' }])), /\$\.entries\[1\]\.id: repeats the id "chat"/],
    ['no entries at all', () => bad.serve('/none.json', pack([])), /\$\.entries: is an empty list/],
    ['too large', () => bad.route('/huge.json', (_q, r) => r.writeHead(200, { 'Content-Length': String(40 * 1024 * 1024) }).end()), /too large for a Signet dictionary \(the limit is 32 MB\)/],
    ['HTTP 404', () => `${bad.origin}/nothing-here.json`, /No file was found at this address \(HTTP 404\)/],
    ['HTTP 500', () => bad.route('/500.json', (_q, r) => r.writeHead(500).end()), /The server had a problem \(HTTP 500\)/],
    ['a server that never answers (timeout)', () => bad.route('/slow.json', () => undefined), /did not answer within 1\.5 seconds/],
    [
      'a redirect to data:',
      () => bad.route('/to-data.json', (_q, r) => r.writeHead(302, { Location: `data:application/json,${encodeURIComponent(JSON.stringify(pack([entry('chat')])))}` }).end()),
      /redirects to a place Signet cannot read from/,
    ],
    ['a redirect to file:', () => bad.route('/to-file.json', (_q, r) => r.writeHead(302, { Location: 'file:///etc/passwd' }).end()), /redirects to a place Signet cannot read from/],
    ['a javascript: video URL', () => bad.serve('/js.json', pack([entry('chat', 'javascript:alert(document.domain)')])), /"javascript:" URLs are not allowed/],
    ['a data: video URL', () => bad.serve('/data.json', pack([entry('chat', 'data:video/webm;base64,GkXfow==')])), /"data:" URLs are not allowed/],
    ['a file: video URL', () => bad.serve('/file.json', pack([entry('chat', 'file:///home/me/chat.webm')])), /"file:" URLs are not allowed/],
    [
      'a shard that is not the one announced (SHA-256)',
      () => {
        const shard = JSON.stringify({ format: 'signet-pack-shard', formatVersion: 1, entries: [entry('chat')] });
        bad.serve('/sharded/shards/c.json', shard.replace('chat.webm', 'chien.webm'));
        return bad.serve('/sharded/pack.json', { ...HEADER, shards: [{ url: 'shards/c.json', entries: 1, sha256: sha256(shard) }] });
      },
      /part “shards\/c\.json” could not be used: .*SHA-256 differs/,
    ],
  ];

  it.each(cases)('%s', async (_what, make, message) => {
    const url = make();
    const { text, role } = await submit(options, url);
    expect(role).toBe('alert');
    expect(text).toMatch(/^Not installed: /);
    expect(text).toMatch(message);
    // Plain words: no stack trace, no internals.
    expect(text).not.toMatch(/\bat \w+ \(|TypeError|DOMException|undefined|\[object|\n/);
    // What the user typed stays, to be corrected.
    expect(await options.$eval('#pack-url', (el) => (el as HTMLInputElement).value)).toBe(url);
    await expectElixIntact();
  });

  it('after all of them, pages are still marked by the installed dictionary', async () => {
    // No install left running, nor half done.
    await waitFor(async () => (await options.$$('[data-testid="install-progress"]')).length === 0, 5_000);
    const { page } = await session.open('/fixtures/fr-basic.html');
    expect(await waitForStableHighlights(page, 5)).toEqual(expect.arrayContaining(['chapeau', 'croissant', 'coffre']));
    await page.close();
  });

  describe('what is installed but handled', () => {
    let page: Page;
    beforeAll(async () => {
      // Every text field holds markup; the videos are missing (404) or corrupt (a WebM header, then noise).
      const corrupt = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(20_000, 0x5a)]);
      bad.serve('/handled/videos/zyzomys.webm', new Uint8Array(corrupt), 'video/webm');
      const url = bad.serve(
        '/handled/pack.json',
        pack(
          [{ ...entry('wombat'), definition: '<script>alert("definition")</script>', videos: [{ ...video('videos/zyzomys.webm'), signer: '<b>Bold</b> signer' }] }, entry('quokka'), entry('zyzomys')],
          { id: 'handled', name: '<img src=x onerror="document.title=\'pwned\'">Markup', attribution: '<a href="javascript:alert(1)">credit</a>' },
        ),
      );
      bad.serve('/handled/page.html', '<!doctype html><html lang="fr"><meta charset="utf-8"><body><p>Un quokka, un zyzomys et un wombat.</p></body></html>', 'text/html; charset=utf-8');
      const { text } = await submit(options, url);
      expect(text).toMatch(/^Installed /);
      page = await session.signet.browser.newPage();
      await page.goto(`${bad.origin}/handled/page.html`);
      expect(await waitForStableHighlights(page, 3)).toEqual(['quokka', 'zyzomys', 'wombat']);
    });

    it('shows HTML and script from a pack as text, never as markup', async () => {
      const item = await options.waitForSelector('[data-source-id="handled"]');
      expect(await item!.$eval('.source-name', (el) => el.textContent)).toBe('<img src=x onerror="document.title=\'pwned\'">Markup');
      expect(await item!.$$('img, a[href^="javascript:"]')).toHaveLength(0);
      expect(await options.title()).not.toBe('pwned');
      const word = await locateText(page, 'wombat');
      await page.mouse.move(word.x, word.y);
      const frame = await playerFrame(page, 'wombat');
      await frame.waitForSelector('.credit-toggle', { timeout: 10_000 });
      await openCreditDetails(frame);
      await waitFor(async () => (await playerText(frame)).includes('<b>Bold</b> signer'), 10_000);
      expect(await frame.$$('#app script, #app b, a[href^="javascript:"]')).toHaveLength(0);
      expect(await frame.$eval('h1', (el) => el.getAttribute('title'))).toContain('<script>alert("definition")</script>');
      await page.keyboard.press('Escape');
    });

    it('a video that 404s: the player says it is missing, and offers to retry', async () => {
      const word = await locateText(page, 'quokka');
      await page.mouse.move(word.x, word.y);
      const frame = await playerFrame(page, 'quokka');
      const text = await waitFor(() => frame.$eval('[data-state="video-missing"]', (el) => el.textContent ?? '').catch(() => ''), 10_000);
      expect(text).toMatch(/missing from its server/);
      expect(text).toMatch(/Retry/);
      await page.keyboard.press('Escape');
    });

    it('a corrupt video: the player says so, and forgets the stored copy so that Retry fetches it again', async () => {
      const word = await locateText(page, 'zyzomys');
      await page.mouse.move(word.x, word.y);
      const frame = await playerFrame(page, 'zyzomys');
      const text = await waitFor(() => frame.$eval('[data-state="video-damaged"]', (el) => el.textContent ?? '').catch(() => ''), 15_000);
      expect(text).toMatch(/damaged/);
      // Dropped from the cache (the player tells the background right after it shows the message).
      await waitFor(async () => (await session.signet.worker.evaluate(() => globalThis.__signet!.cacheStats())).count === 0, 5_000);
    });
  });
});
