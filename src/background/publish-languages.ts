import browser from 'webextension-polyfill';
import { DICTIONARY_LANGUAGES_KEY, languagesOf } from '../common/dictionary-languages';
import type { SourceStore } from './store';

/**
 * Keeps the written languages of the enabled sources in storage.local (common/dictionary-languages.ts)
 * after every change; the returned function writes them now (at an install or update of Signet:
 * not at every worker start, which would read the store before the first lookup does).
 */
export function watchDictionaryLanguages(store: SourceStore): () => Promise<void> {
  let writing = Promise.resolve();
  // One write at a time, in the order of the changes: the last one written is the last state.
  const publish = () => {
    writing = writing
      .then(async () => {
        const languages = languagesOf(await store.listSources());
        await browser.storage.local.set({ [DICTIONARY_LANGUAGES_KEY]: languages });
      })
      .catch((error: unknown) => console.warn('Signet: dictionary languages:', error));
    return writing;
  };
  store.onChange(() => void publish());
  return publish;
}
