import type { WebWorker } from 'puppeteer';

/**
 * What the content scripts ask the background: every word of every 'words.lookup', and every
 * word of the text of every 'text.marks' (a scan sends its runs' text, which the background
 * tokenizes), that reaches the service worker, heard by one more runtime.onMessage listener that
 * only records (it answers nothing, so Signet's own listener still answers). Words the page holds
 * but that never arrive here were not read.
 */
export interface LookupSpy {
  /** Every word heard since the spy started, lower-cased, in order (lookups' lists and runs' text alike). */
  words(): Promise<string[]>;
}

export async function spyOnLookups(worker: WebWorker): Promise<LookupSpy> {
  await worker.evaluate(() => {
    type Listener = (message: unknown) => undefined;
    const scope = globalThis as unknown as { __askedWords?: string[]; chrome: { runtime: { onMessage: { addListener(listener: Listener): void } } } };
    if (scope.__askedWords) return;
    const asked: string[] = [];
    scope.__askedWords = asked;
    scope.chrome.runtime.onMessage.addListener((message) => {
      const { type, request } = (message ?? {}) as { type?: unknown; request?: { words?: unknown; capsWords?: unknown; text?: unknown; lengths?: unknown } };
      if (!request) return undefined;
      if (type === 'words.lookup') {
        for (const list of [request.words, request.capsWords]) if (typeof list === 'string') asked.push(...list.split('\n').filter(Boolean));
      } else if (type === 'text.marks' && typeof request.text === 'string' && Array.isArray(request.lengths)) {
        // The runs' texts are joined end to end: each is read on its own.
        let at = 0;
        for (const length of request.lengths as number[]) {
          asked.push(
            ...(request.text
              .slice(at, (at += length))
              .toLowerCase()
              .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []),
          );
        }
      }
      return undefined;
    });
  });
  return {
    words: () => worker.evaluate(() => [...((globalThis as unknown as { __askedWords?: string[] }).__askedWords ?? [])]),
  };
}
