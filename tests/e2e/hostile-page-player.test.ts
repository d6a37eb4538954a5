import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { listenToBackground, type HeardMessage } from './support/background-log';
import { collectSignetErrors } from './support/browser';
import { writeSettings } from './support/extension-helpers';
import { isOverlayOpen, waitForOverlayClosed } from './support/overlay-helpers';
import { frameShowing, hoverAndPlay, locateText, playerFrames, shownWord, waitForStableHighlights } from './support/page-helpers';
import { startSession, type Session } from './support/session';

const PAGE = '/fixtures/fr-basic.html';

/**
 * Signet on a page that watches it and tries to drive it, as a hostile page would, and on an
 * ordinary page whose reader uses Back: the player is switched through a private channel
 * (src/common/player-channel.ts), only the reader's trusted input opens a sign, and no video is
 * asked for before the reader's intent is clear.
 */
describe('a page learns nothing from the player, drives nothing and keeps its history', () => {
  let session: Session;
  let background: Awaited<ReturnType<typeof listenToBackground>>;
  const pageErrors: string[][] = [];

  /** A tab on the test page, with `script` run in the page before any of its own (a page's own code). */
  const open = async (script?: () => void, path = PAGE, marks = 19): Promise<Page> => {
    const page = await session.signet.browser.newPage();
    pageErrors.push(collectSignetErrors(page, session.signet.extensionId));
    if (script) await page.evaluateOnNewDocument(script);
    await page.goto(session.server.url(path), { waitUntil: 'load' });
    await waitForStableHighlights(page, marks);
    return page;
  };
  const hover = hoverAndPlay;
  const videoRequests = () => session.server.log.filter((line) => line.path.startsWith('/pack/videos/'));
  const fromPlayer = (heard: HeardMessage[]) => heard.filter((m) => m.url.includes('/src/player/'));

  beforeAll(async () => {
    session = await startSession();
    background = await listenToBackground(session.signet);
  });
  afterAll(async () => {
    expect(pageErrors.flat()).toEqual([]);
    await session?.close();
  });

  it('asks for no video while the pointer crosses marked words, and for the video once the hover delay has passed', async () => {
    const page = await open();
    // A long delay, so that a slow machine cannot turn a quick crossing into a rest.
    await writeSettings(session.signet, { hoverDelayMs: 1500 });
    try {
      await page.mouse.move(5, 5);
      const before = videoRequests().length;
      const words = [
        await locateText(page, 'chauve-souris'),
        await locateText(page, 'couvercle'),
        await locateText(page, 'coffre'),
        await locateText(page, 'croissant'),
        await locateText(page, 'crêpe'),
      ];
      for (const word of words) {
        await page.mouse.move(word.x, word.y, { steps: 3 });
        await new Promise((r) => setTimeout(r, 80)); // several animation frames on each word
      }
      await page.mouse.move(5, 5);
      await new Promise((r) => setTimeout(r, 800));
      expect(await isOverlayOpen(page)).toBe(false);
      expect(videoRequests().slice(before)).toEqual([]);
    } finally {
      await writeSettings(session.signet, { hoverDelayMs: 250 });
    }
    // Resting on a word: its video is asked for once the delay has passed.
    await hover(page, 'chance', 'chance');
    expect(videoRequests().map((line) => decodeURIComponent(line.path))).toContain('/pack/videos/chance.webm');
    await page.close();
  });

  it('showing five signs adds no entry to the tab’s history, and Back leaves the page in one step', async () => {
    const page = await open(undefined, '/fixtures/fr-inflections.html', 0);
    await page.goto(session.server.url(PAGE), { waitUntil: 'load' });
    await waitForStableHighlights(page, 19);
    const before = await page.evaluate(() => history.length);
    for (const [text, key, occurrence] of [
      ['chapeau', 'chapeau', 1],
      ['clown', 'clown', 1],
      ['cour', 'cour', 0],
      ['collège', 'collège', 0],
      ['réseau local', 'réseau local', 0],
    ] as const) {
      await hover(page, text, key, occurrence);
      await page.keyboard.press('Escape');
      await waitForOverlayClosed(page);
    }
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.goBack({ waitUntil: 'load' });
    expect(new URL(page.url()).pathname).toBe('/fixtures/fr-inflections.html');
    await page.close();
  });

  it('a page’s message listener hears nothing while signs play, and its own messages to the player do nothing', async () => {
    const page = await open(() => {
      const heard: string[] = [];
      (window as unknown as { heardMessages: string[] }).heardMessages = heard;
      addEventListener('message', (event) => heard.push(JSON.stringify(event.data) ?? String(event.data)), true);
    });
    const frame = await hover(page, 'achat', 'achat');
    await hover(page, 'crêpe', 'crêpe');
    expect(await page.evaluate(() => (window as unknown as { heardMessages: string[] }).heardMessages)).toEqual([]);

    // The page posts what it can: to its own window (where a content script would listen), and to
    // every frame it reaches (none: Chromium 156 lists no frame of a shadow tree in window.frames),
    // the old protocol's words and the new one's with a port of its own and a made-up ticket.
    await page.evaluate(() => {
      const channel = new MessageChannel();
      const answers: unknown[] = [];
      (window as unknown as { answers: unknown[] }).answers = answers;
      channel.port1.onmessage = (event) => answers.push(event.data);
      const show = { type: 'show', keys: ['lapin'], word: 'lapin', fromKeyboard: false, lang: 'fr' };
      const targets = [window, ...Array.from({ length: window.length }, (_, i) => window[i]!)];
      targets.forEach((target, i) => {
        target.postMessage({ signet: 'connect', ticket: 'f'.repeat(32) }, '*', i === 0 ? [channel.port2] : []);
        target.postMessage(show, '*');
        target.postMessage({ signet: 'close' }, '*');
      });
      channel.port1.postMessage(show);
    });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await shownWord(frame)).toBe('crêpe');
    expect(await isOverlayOpen(page)).toBe(true);
    expect(await frameShowing(page, 'lapin')).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { answers: unknown[] }).answers)).toEqual([]);
    // What the page heard is only its own posts.
    const heard = await page.evaluate(() => (window as unknown as { heardMessages: string[] }).heardMessages);
    expect(heard.map((data) => JSON.parse(data) as unknown)).toEqual([
      { signet: 'connect', ticket: 'f'.repeat(32) },
      { type: 'show', keys: ['lapin'], word: 'lapin', fromKeyboard: false, lang: 'fr' },
      { signet: 'close' },
    ]);
    await page.close();
  });

  it('events dispatched by the page’s script and a selection made by script open nothing; the reader’s own pointer does', async () => {
    const page = await open();
    await background.clear();
    const before = videoRequests().length;
    await page.mouse.move(5, 5);
    await page.evaluate(async () => {
      const text = document.getElementById('p7')!.lastChild as Text; // "CHÂTEAU et château."
      const at = text.data.indexOf('château');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 3);
      const box = range.getBoundingClientRect();
      const point = { clientX: box.left + 4, clientY: box.top + box.height / 2, bubbles: true, cancelable: true, view: window };
      const target = document.elementFromPoint(point.clientX, point.clientY) ?? document.body;
      const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
      for (let i = 0; i < 5; i++) {
        target.dispatchEvent(new MouseEvent('mousemove', point));
        target.dispatchEvent(new PointerEvent('pointermove', point));
        await pause(100);
      }
      target.dispatchEvent(new MouseEvent('dblclick', { ...point, detail: 2 }));
      // A keyboard selection, as a script would fake one: keys, then the selection itself.
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true }));
      const p1 = document.getElementById('p1')!.firstChild as Text;
      const college = p1.data.indexOf('collège');
      getSelection()!.setBaseAndExtent(p1, college, p1, college + 'collège'.length);
      document.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowRight', shiftKey: true, bubbles: true }));
      await pause(800);
    });
    expect(await isOverlayOpen(page)).toBe(false);
    expect(await frameShowing(page, 'château')).toBeNull();
    expect(await frameShowing(page, 'collège')).toBeNull();
    expect(videoRequests().slice(before)).toEqual([]);
    expect((await background.heard()).filter((m) => m.type === 'entries.get' || m.type === 'videos.prefetch')).toEqual([]);

    // The reader's own pointer on the same word.
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await hover(page, 'château', 'château');
    await page.close();
  });

  it('a player framed by the page with a crafted address shows nothing and asks the background nothing', async () => {
    const page = await open();
    // The page learns the address of Signet's own player frame (here through DevTools, which sees
    // into the closed shadow root), as it might guess or read it.
    await hover(page, 'couvercle', 'couvercle');
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
    const signetUrl = (await overlayFrameSrc(page)).replace(/#.*$/, '');
    const staticUrl = session.signet.extensionUrl('src/player/index.html');
    expect(signetUrl).toMatch(/^chrome-extension:\/\/[^/]+\/src\/player\/index\.html$/);

    await background.clear();
    const before = videoRequests().length;
    const crafted = [`${staticUrl}#k=coffre&w=coffre&l=fr`, `${signetUrl}#k=coffre&w=coffre&l=fr`, `${signetUrl}?k=lapin&w=lapin&l=fr#k=lapin&w=lapin`, signetUrl];
    await page.evaluate(async (urls) => {
      const frames = urls.map((url, i) => {
        const frame = document.createElement('iframe');
        frame.id = `crafted-${i}`;
        frame.src = url;
        document.body.append(frame);
        // A frame the browser refuses may never fire 'load' on a busy machine: don't wait forever.
        return new Promise<HTMLIFrameElement>((resolve) => {
          frame.addEventListener('load', () => resolve(frame));
          setTimeout(() => resolve(frame), 5000);
        });
      });
      // Once loaded, each is offered a channel with a made-up ticket, and asked for a word.
      for (const frame of await Promise.all(frames)) {
        const channel = new MessageChannel();
        frame.contentWindow!.postMessage({ signet: 'connect', ticket: '0123456789abcdef0123456789abcdef' }, '*', [channel.port2]);
        channel.port1.postMessage({ type: 'show', keys: ['lapin'], word: 'lapin', fromKeyboard: false, lang: 'fr' });
      }
    }, crafted);
    await new Promise((r) => setTimeout(r, 1500));

    const hostile = await craftedFrames(page);
    // The static address is refused by the browser (use_dynamic_url); the others load the player.
    expect(hostile.length).toBeGreaterThanOrEqual(3);
    for (const frame of hostile) {
      expect(await shownWord(frame)).toBe('No word chosen');
      expect(await frame.evaluate(() => document.querySelector('video'))).toBeNull();
    }
    expect(await frameShowing(page, 'coffre')).toBeNull();
    expect(await frameShowing(page, 'lapin')).toBeNull();
    expect(fromPlayer(await background.heard())).toEqual([]);
    expect(videoRequests().slice(before)).toEqual([]);
    // The browser's refusal of the static address is the page's own console line, not Signet's.
    const errors = pageErrors.at(-1)!;
    expect(errors.every((line) => line.includes(`Denying load of ${staticUrl}#`))).toBe(true);
    errors.length = 0;
    await page.close();
  });

  it('the player opened on its own shows its empty state, whatever its address asks', async () => {
    await background.clear();
    const player = await session.signet.browser.newPage();
    await player.goto(session.signet.extensionUrl('src/player/index.html#k=chapeau&w=chapeau&l=fr'));
    await player.waitForSelector('h1');
    await new Promise((r) => setTimeout(r, 500));
    expect(await player.$eval('h1', (el) => el.textContent)).toBe('No word chosen');
    expect(await player.$('video')).toBeNull();
    expect(fromPlayer(await background.heard())).toEqual([]);
    await player.close();
  });

  it('no request for a video carries the page’s address as Referer', async () => {
    const requests = videoRequests();
    expect(requests.length).toBeGreaterThan(5); // the signs played above
    const pageUrls = [session.server.url(PAGE), session.server.url('/fixtures/')];
    expect(requests.filter((line) => pageUrls.some((url) => line.referer.startsWith(url.replace(/\/$/, ''))))).toEqual([]);
    expect(requests.filter((line) => line.referer !== '')).toEqual([]);
  });
});

/** The address of Signet's overlay frame, read through DevTools (a closed shadow root hides it from the page). */
async function overlayFrameSrc(page: Page): Promise<string> {
  const cdp = await page.createCDPSession();
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const sources: string[] = [];
    const walk = (node: DomNode, inOverlay: boolean) => {
      const here = inOverlay || node.nodeName === 'SIGNET-OVERLAY';
      if (here && node.nodeName === 'IFRAME') {
        const attributes = node.attributes ?? [];
        const at = attributes.indexOf('src');
        if (at >= 0) sources.push(attributes[at + 1]!);
      }
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child, here);
    };
    walk(root, false);
    if (sources.length !== 1) throw new Error(`expected one overlay frame, found ${sources.length}`);
    return sources[0]!;
  } finally {
    await cdp.detach();
  }
}

interface DomNode {
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The player frames the page made itself (its iframes with a "crafted-" id). */
async function craftedFrames(page: Page): Promise<Frame[]> {
  const found: Frame[] = [];
  for (const frame of playerFrames(page)) {
    const id = await (await frame.frameElement())?.evaluate((el) => el.id);
    if (id?.startsWith('crafted-')) found.push(frame);
  }
  return found;
}
