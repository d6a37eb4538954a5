import type { WebWorker } from 'puppeteer';

/**
 * What the content scripts ask the background: every word of every 'words.lookup' that reaches
 * the service worker, heard by one more runtime.onMessage listener that only records (it answers
 * nothing, so Signet's own listener still answers). Words the page holds but that never arrive
 * here were not read.
 */
export interface LookupSpy {
  /** Every word asked since the spy started (normal and caps-only lists alike), in order. */
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
      const { type, request } = (message ?? {}) as { type?: unknown; request?: { words?: unknown; capsWords?: unknown } };
      if (type !== 'words.lookup' || !request) return undefined;
      for (const list of [request.words, request.capsWords]) if (typeof list === 'string') asked.push(...list.split('\n').filter(Boolean));
      return undefined;
    });
  });
  return {
    words: () => worker.evaluate(() => [...((globalThis as unknown as { __askedWords?: string[] }).__askedWords ?? [])]),
  };
}
