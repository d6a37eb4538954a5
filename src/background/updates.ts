/**
 * Update checks: daily (alarms, see index.ts) and when the reader presses "update now". Each
 * source is checked on its own; one failing (offline, a broken new version) records its error on
 * that source, which keeps answering from what it had, and the others are checked all the same.
 */
import { installPack, type InstallOptions } from './install';
import { syncLinguaLibre, type LinguaLibreOptions } from './lingualibre';
import type { StoredSource } from './store';
import { text } from './texts';

export interface UpdateOptions {
  install: InstallOptions;
  linguaLibre: LinguaLibreOptions;
  onError?: (what: string, error: unknown) => void;
}

/** Checks one source (`id`) or all; resolves when every check is done. Throws only for one named source that failed. */
export async function updateSources(id: string | undefined, options: UpdateOptions): Promise<void> {
  const store = options.install.store;
  const sources = (await store.listSources()).filter((source) => id === undefined || source.summary.id === id);
  if (id !== undefined && sources.length === 0) throw new Error(text('bg_not_installed'));
  const results = await Promise.allSettled(sources.map((source) => updateOne(source, options)));
  if (id !== undefined && results[0]?.status === 'rejected') throw results[0].reason;
}

async function updateOne(source: StoredSource, options: UpdateOptions): Promise<void> {
  try {
    // My signs and packs installed from a file are read from this computer, never downloaded: nothing to check.
    if (source.kind === 'my-signs' || source.kind === 'file') return;
    if (source.kind === 'lingualibre') await syncLinguaLibre(source.summary.id, options.linguaLibre);
    else await installPack(source.summary.url, options.install, { existing: source });
  } catch (error) {
    options.onError?.(`update of ${source.summary.id}`, error);
    await options.install.store.setStatus(source.summary.id, { checkedAt: Date.now(), lastError: (error as Error).message }).catch(() => undefined);
    throw error;
  }
}
