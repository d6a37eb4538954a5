/**
 * Signet's content script world in a page: the isolated world Chromium gives the extension in a
 * tab's main frame (each frame has its own), where the content script's globals and its `chrome.runtime` live, out of the
 * page's reach. Found through DevTools (Runtime.executionContextCreated, auxData.type
 * "isolated"), so tests can do what the content script could do, with the same sender the
 * background sees for it (the page's URL, inside a tab).
 */
import type { Browser, CDPSession, Page } from 'puppeteer';
import { waitFor } from './browser';

export class ContentWorld {
  private contextId: number | null = null;

  private constructor(
    private readonly cdp: CDPSession,
    origin: string,
    /** The top frame's id: the content script runs in every frame (all_frames), each in its own isolated world. */
    topFrameId: string,
  ) {
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      // The player frame is an extension page, whose world is the default one, not an isolated one.
      const aux = context.auxData as { type?: string; frameId?: string } | undefined;
      if (context.origin === origin && aux?.type === 'isolated' && aux.frameId === topFrameId) this.contextId = context.id;
    });
    cdp.on('Runtime.executionContextsCleared', () => (this.contextId = null));
  }

  static async attach(cdp: CDPSession, extensionOrigin: string): Promise<ContentWorld> {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = new ContentWorld(cdp, extensionOrigin, frameTree.frame.id);
    await cdp.send('Runtime.enable');
    return world;
  }

  /** Evaluates an expression in Signet's world (awaiting a promise); undefined while the content script is not there yet. */
  async evaluate<T>(expression: string): Promise<T | undefined> {
    if (this.contextId === null) return undefined;
    try {
      const { result } = await this.cdp.send('Runtime.evaluate', { expression, contextId: this.contextId, returnByValue: true, awaitPromise: true });
      return result.value as T;
    } catch {
      return undefined; // The context went away (navigation): the next poll finds the new one.
    }
  }
}

/** Signet's world in `page` (already loaded), once its content script is there. */
export async function contentWorldOf(page: Page, extensionId: string): Promise<{ world: ContentWorld; detach(): Promise<void> }> {
  const cdp = await page.createCDPSession();
  const world = await ContentWorld.attach(cdp, `chrome-extension://${extensionId}`);
  await waitFor(() => world.evaluate<boolean>('typeof chrome === "object" && typeof chrome.runtime?.sendMessage === "function"'), 10_000);
  return { world, detach: () => cdp.detach().catch(() => undefined) };
}

/** Sends one runtime message from the content script's world of `page`, as the content script would, and returns the background's answer. */
export async function sendFromContentScript<T = unknown>(page: Page, extensionId: string, message: unknown): Promise<T> {
  const { world, detach } = await contentWorldOf(page, extensionId);
  try {
    return (await world.evaluate<T>(`chrome.runtime.sendMessage(${JSON.stringify(message)})`)) as T;
  } finally {
    await detach();
  }
}

/**
 * A tab on `pageUrl` (tests/fixtures/pages/empty.html: no text, so the content script asks
 * nothing of its own) from whose content script world words are looked up, as a content script
 * looks them up. Extension pages may not do that (src/background/permissions.ts).
 */
export async function contentAsker(browser: Browser, extensionId: string, pageUrl: string): Promise<{ lookup(words: readonly string[], lang?: string): Promise<string[]>; close(): Promise<void> }> {
  const page = await browser.newPage();
  await page.goto(pageUrl, { waitUntil: 'load' });
  const { world, detach } = await contentWorldOf(page, extensionId);
  return {
    async lookup(words, lang = 'fr') {
      const message = { type: 'words.lookup', request: { words: words.join('\n'), lang } };
      const answer = await world.evaluate<{ ok: boolean; value?: { results: Record<string, unknown> }; error?: string }>(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
      if (!answer?.ok || !answer.value) throw new Error(`words.lookup failed: ${answer?.error ?? 'no answer'}`);
      return Object.keys(answer.value.results).sort();
    },
    async close() {
      await detach();
      await page.close();
    },
  };
}

/** One lookup from a fresh tab's content script world; the keys that answered, sorted. */
export async function lookupAsContentScript(browser: Browser, extensionId: string, pageUrl: string, words: readonly string[], lang = 'fr'): Promise<string[]> {
  const asker = await contentAsker(browser, extensionId, pageUrl);
  try {
    return await asker.lookup(words, lang);
  } finally {
    await asker.close();
  }
}
