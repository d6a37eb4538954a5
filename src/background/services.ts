/**
 * The background's parts put together: storage, dictionary, installer, and the handler of each
 * message type. Free of extension APIs, so tests build the same thing the service worker runs.
 */
import type { SourceSummary } from '../common/messages';
import { Dictionary } from './dictionary';
import { installPackFromUrl, type InstallOptions } from './install';
import type { Handlers } from './router';
import { SourceStore } from './store';

export interface BackgroundOptions {
  /** Tests use one database each. */
  databaseName?: string;
  timeoutMs?: number;
  maxBytes?: number;
  fetch?: typeof fetch;
}

export interface Background {
  store: SourceStore;
  dictionary: Dictionary;
  handlers: Handlers;
  installPackFromUrl(url: string): Promise<SourceSummary>;
  listSources(): Promise<SourceSummary[]>;
}

export function createBackground(options: BackgroundOptions = {}): Background {
  const store = new SourceStore(options.databaseName);
  // Created before any install, so it hears the store's change events from the first one on.
  const dictionary = new Dictionary(store);
  const installOptions: InstallOptions = { store };
  if (options.timeoutMs !== undefined) installOptions.timeoutMs = options.timeoutMs;
  if (options.maxBytes !== undefined) installOptions.maxBytes = options.maxBytes;
  if (options.fetch !== undefined) installOptions.fetch = options.fetch;

  const install = (url: string) => installPackFromUrl(url, installOptions);
  const listSources = async () => (await usingStorage(() => store.listSources())).map((source) => source.summary);

  const handlers: Handlers = {
    'words.lookup': async ({ words, capsWords, lang }) => ({ results: await dictionary.lookupWords(words, capsWords, lang) }),
    'entries.get': async ({ keys, lang }) => ({ entries: await dictionary.getEntries(keys, lang) }),
    'sources.list': async () => ({ sources: await listSources() }),
    'sources.add': async ({ url }) => ({ source: await install(url) }),
    'sources.remove': async ({ id }) => ({ removed: await usingStorage(() => store.removeSource(id)) }),
  };

  return { store, dictionary, handlers, installPackFromUrl: install, listSources };
}

/** Storage errors are DOMExceptions with technical text; the user gets words instead. */
async function usingStorage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch {
    throw new Error('Signet could not use the browser’s storage. Reload the page to try again.');
  }
}
