/**
 * Which installed source a downloaded pack is, if any. A source is known by where it comes from
 * (the address the reader gave, or the built-in kind), not by the id its pack claims: otherwise
 * any pack saying "id": "elix-sample" would silently take the installed Elix's place, and an
 * update that starts serving another id would overwrite that other source.
 *
 * - An update (the same source asked again) must keep its id.
 * - A new address whose pack takes an installed id is refused, naming the installed source,
 *   unless the reader chose to replace it (the options page offers that choice).
 * - The ids of built-in sources ("lingualibre-…") are not for packs.
 */
import { isBuiltInSourceId } from '../core/lingualibre/languages';
import type { HowToInstall } from './install';
import type { NewSource, SourceStore, StoredSource } from './store';
import { text } from './texts';

/** What the options page needs to offer "Replace": the source that holds the id. */
export class IdTaken extends Error {
  constructor(readonly installed: StoredSource) {
    super(text('bg_id_taken', installed.summary.id, installed.summary.name, installed.summary.url));
  }
}

/** The installed source this pack updates or replaces; undefined for a new source. Throws when it may not be installed. */
export async function installedSourceFor(packId: string, url: URL, store: SourceStore, how: HowToInstall): Promise<StoredSource | undefined> {
  if (how.existing) {
    // An update (or a resumed one): the address is the source's; its pack must still be it.
    if (packId !== how.existing.summary.id) throw new Error(text('bg_id_changed', packId, how.existing.summary.id));
    return (await store.getSource(packId)) ?? how.existing;
  }
  if (isBuiltInSourceId(packId)) throw new Error(text('bg_id_reserved', packId));
  const installed = await store.getSource(packId);
  if (!installed) return undefined;
  if (installed.kind !== 'pack') throw new Error(text('bg_id_reserved', packId));
  // The same address again is this source, installed afresh; another one takes it only by choice.
  if (installed.summary.url === url.href || how.replace) return installed;
  throw new IdTaken(installed);
}

/**
 * A new version of a source (from its own address) that leaves fewer than half of the entries
 * (a broken export, a truncated generator) is not installed without the reader's word: the old
 * one keeps answering meanwhile. A source the reader chose to replace is not a new version.
 */
export function removesTooMuch(previous: StoredSource, next: NewSource): boolean {
  return next.summary.url === previous.summary.url && next.summary.entryCount * 2 < previous.summary.entryCount;
}
