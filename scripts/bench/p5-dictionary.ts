/**
 * P5, the dictionary: how long installing a large pack takes (request to answer, through the
 * background's own install function: download, validation, storage), how long the first
 * question after it takes (the background reads the entries back and builds its index lazily,
 * src/background/dictionary.ts), and how long an update that finds nothing new takes.
 */
import type { SignetBrowser } from '../../tests/e2e/support/browser';
import { contentWorldOf } from '../../tests/e2e/support/content-world';
import type { Served } from './launch';

export interface InstallTiming {
  installMs: number;
  entries: number;
  /** The installed source's id (the pack's). */
  id: string;
}

interface SignetGlobal {
  installPackFromUrl(url: string): Promise<{ id: string; entryCount: number }>;
}

export async function timeInstall(signet: SignetBrowser, packUrl: string): Promise<InstallTiming> {
  // Timed inside the worker: the round trip to puppeteer is not part of an install.
  const result = await signet.worker.evaluate(async (url) => {
    const signetGlobal = (globalThis as unknown as { __signet: SignetGlobal }).__signet;
    const started = performance.now();
    const summary = await signetGlobal.installPackFromUrl(url);
    return { installMs: performance.now() - started, entries: summary.entryCount, id: summary.id };
  }, packUrl);
  return result;
}

/**
 * The first words.lookup after an install, asked from a content script's world (in a tab on an
 * empty page, which asks nothing of its own) as the content script asks: includes reading the
 * entries from IndexedDB and building the index. Then the same question again, answered from
 * the built index. Timed inside that world, around the message only.
 */
export async function timeFirstLookup(signet: SignetBrowser, lang: string, emptyPageUrl: string): Promise<{ firstMs: number; againMs: number }> {
  const page = await signet.browser.newPage();
  try {
    await page.goto(emptyPageUrl, { waitUntil: 'load' });
    const { world, detach } = await contentWorldOf(page, signet.extensionId);
    try {
      const timed = await world.evaluate<{ firstMs: number; againMs: number } | { error: string }>(`(async () => {
        const ask = async () => {
          const started = performance.now();
          const result = await chrome.runtime.sendMessage({ type: 'words.lookup', request: { words: 'maison\\nchat\\nhouse', lang: ${JSON.stringify(lang)} } });
          if (!result || !result.ok) throw new Error('words.lookup failed: ' + (result && result.error));
          return performance.now() - started;
        };
        try {
          const firstMs = await ask();
          return { firstMs, againMs: await ask() };
        } catch (error) {
          return { error: String(error) };
        }
      })()`);
      if (!timed || 'error' in timed) throw new Error(timed?.error ?? 'words.lookup did not answer');
      return timed;
    } finally {
      await detach();
    }
  } finally {
    await page.close();
  }
}

export type UpdateTiming = { unchangedMs: number; outcome: string } | { pending: string };

/**
 * "Update now" of an installed pack whose files did not change, through the background's
 * update entry point (__signet.updateSources, the same function the options page's button and
 * the daily alarm run). `requests` says what the server was asked meanwhile (e.g. "GET
 * pack.json → 304"): a conditional request that finds nothing new costs one round trip.
 */
export async function timeUnchangedUpdate(signet: SignetBrowser, sourceId: string, served: Served): Promise<UpdateTiming> {
  const logStart = served.packLog.length;
  const result = await signet.worker.evaluate(async (id) => {
    const api = (globalThis as unknown as { __signet: Record<string, unknown> }).__signet;
    const update = api.updateSources as ((id: string) => Promise<Array<{ id: string; lastError?: string; version: string }>>) | undefined;
    if (typeof update !== 'function') {
      return { pending: `the background exposes no update entry point (__signet has: ${Object.keys(api).join(', ')})` };
    }
    const started = performance.now();
    const sources = await update(id);
    const ms = performance.now() - started;
    const source = sources.find((s) => s.id === id);
    return { unchangedMs: ms, error: source?.lastError ?? '' };
  }, sourceId);
  if (result.pending !== undefined) return { pending: result.pending };
  if (result.error) throw new Error(`P5: the update failed: ${result.error}`);
  const requests = served.packLog.slice(logStart).map((line) => `${line.method} ${line.path.split('/').pop()} → ${line.status}`);
  return { unchangedMs: result.unchangedMs!, outcome: requests.join(', ') || 'no request' };
}
