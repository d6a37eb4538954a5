import type { SignetBrowser } from './browser';

export interface HeardMessage {
  /** The message's type ("entries.get", "videos.load"…), null when it has none. */
  type: string | null;
  /** The sender's address: a web page's for content scripts, the extension page's for the player. */
  url: string;
}

declare const chrome: {
  runtime: { onMessage: { addListener(listener: (message: unknown, sender: { url?: string }) => undefined): void } };
};
declare global {
  var __heardBySignetTests: HeardMessage[] | undefined;
}

/**
 * Records every message that reaches the background from now on, beside Signet's own listener
 * (a second runtime.onMessage listener that answers nothing changes no answer), so that a test
 * sees what a page made Signet ask: "asks the background nothing" is then a list that stays empty.
 */
export async function listenToBackground(signet: SignetBrowser): Promise<{ heard(): Promise<HeardMessage[]>; clear(): Promise<void> }> {
  await signet.worker.evaluate(() => {
    if (globalThis.__heardBySignetTests) return;
    const heard: HeardMessage[] = [];
    globalThis.__heardBySignetTests = heard;
    chrome.runtime.onMessage.addListener((message, sender) => {
      const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
      heard.push({ type: typeof type === 'string' ? type : null, url: sender.url ?? '' });
      return undefined;
    });
  });
  return {
    heard: () => signet.worker.evaluate(() => [...(globalThis.__heardBySignetTests ?? [])]),
    clear: () => signet.worker.evaluate(() => void globalThis.__heardBySignetTests?.splice(0)),
  };
}
