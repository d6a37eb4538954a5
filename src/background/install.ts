/**
 * Installing a dictionary from the address of its pack.json: download, check, store. A source is
 * known by where it comes from: the same address again is an update of it (its pack must keep
 * its id), another address whose pack takes an installed id is refused unless the reader chose
 * to replace that source, and the ids of built-in sources are not for packs (source-identity.ts).
 * Until the new version is completely stored, the old one keeps answering, and any failure
 * leaves it in place; a version that would remove more than half of the entries is held until
 * the reader confirms it.
 *
 * An update check is a conditional request: an unchanged pack.json costs one 304. A sharded pack
 * downloads only the shards that changed (shard-fetch.ts), records its progress as it goes
 * (install-state.ts), and if the browser stops the worker half way, resumeInstalls() picks it up
 * at the next start from the parts already stored.
 */
import type { SourceSummary } from '../common/messages';
import { MAX_PACK_BYTES } from '../core/pack/limits';
import { isSharded, type PackDocument } from '../core/pack/types';
import { validatePack } from '../core/pack/validate';
import { parsePackAddress } from './address';
import { DEFAULT_TIMEOUT_MS, downloadIfChanged, type Download } from './download';
import { partIdOf, sha256Hex } from './hash';
import { PendingInstalls, worthResuming } from './install-state';
import { InstallJobs, type ProgressHandle } from './jobs';
import { notADictionary, parseJson, safeHomepage, toStoredEntries } from './pack-entries';
import { fetchShards } from './shard-fetch';
import { installedSourceFor, removesTooMuch } from './source-identity';
import type { NewSource, PartRef, SourceStore, StoredSource } from './store';
import { text } from './texts';

export interface InstallOptions {
  store: SourceStore;
  pending?: PendingInstalls;
  jobs?: InstallJobs;
  timeoutMs?: number;
  maxBytes?: number;
  maxShardBytes?: number;
  fetch?: typeof fetch;
}

export interface InstallOutcome {
  source: SourceSummary;
  /** False when the check found nothing new (304, or the same content), or the new version is held. */
  changed: boolean;
  /** The new version removes too many entries: stored beside the old one, waiting for the reader. */
  held?: boolean;
}

export interface HowToInstall {
  /** An update check of this installed source: its validators make the request conditional. */
  existing?: StoredSource;
  /** Started again after the worker was stopped mid-install. */
  resumed?: boolean;
  /** The reader chose to replace the source installed under this pack's id (from another address). */
  replace?: boolean;
}

const storageFailed = () => new Error(text('bg_storage_failed'));
const removedMeanwhile = () => new Error(text('bg_removed_meanwhile'));

export async function installPack(address: string, options: InstallOptions, how: HowToInstall = {}): Promise<InstallOutcome> {
  const url = parsePackAddress(address);
  const jobs = options.jobs ?? new InstallJobs();
  const progress = jobs.track(url.href, how.resumed ?? false);
  try {
    const existing = how.existing;
    const conditional = existing && !how.resumed && existing.summary.url === url.href;
    const download = await downloadIfChanged(url, {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxBytes: options.maxBytes ?? MAX_PACK_BYTES,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(conditional ? { validators: { ...(existing.etag ? { etag: existing.etag } : {}), ...(existing.lastModified ? { lastModified: existing.lastModified } : {}) } } : {}),
    });
    if (download.notModified) {
      await options.store.setStatus(existing!.summary.id, { checkedAt: Date.now(), lastError: undefined });
      return { source: existing!.summary, changed: false };
    }
    const pack = checkPackDocument(parseJson(download.text));
    progress.rekey(pack.id);
    progress.update({ name: pack.name });
    return await jobs.run(pack.id, async () => {
      const previous = await installedSourceFor(pack.id, url, options.store, how);
      return store(pack, url, download, options, progress, previous);
    });
  } finally {
    progress.end();
  }
}

/** Validates pack.json; refuses the whole pack on any problem. */
function checkPackDocument(json: unknown): PackDocument {
  const { pack, problems } = validatePack(json);
  if (!pack || problems.length > 0) throw notADictionary(problems);
  return pack;
}

/** `previous`: the installed source this pack updates or (by the reader's choice) replaces. */
async function store(pack: PackDocument, url: URL, download: Download, options: InstallOptions, progress: ProgressHandle, previous: StoredSource | undefined): Promise<InstallOutcome> {
  const source = newSource(pack, url, download);
  if (!isSharded(pack)) {
    const entries = toStoredEntries(pack.entries, download.finalUrl);
    const sha256 = await sha256Hex(download.bytes);
    const part: PartRef = { id: await partIdOf(download.finalUrl, sha256), url: download.finalUrl, entries: entries.length, sha256 };
    progress.update({ phase: 'saving', total: 1 });
    if (previous && sameContent(previous, source, [part])) return unchanged(previous, source, options.store);
    let installed: StoredSource | null;
    try {
      await options.store.putPart(pack.id, part.id, entries);
      if (previous && removesTooMuch(previous, source)) return await hold(previous, source, [part], options.store);
      installed = await options.store.switchSource(source, [part], previous ? 'update' : 'upsert');
    } catch (error) {
      await options.store.collectUnlisted(pack.id).catch(() => undefined);
      throw error instanceof HeldGone ? removedMeanwhile() : storageFailed();
    }
    if (!installed) throw removedMeanwhile();
    return { source: installed.summary, changed: true };
  }

  const pending = options.pending ?? new PendingInstalls(options.store.db);
  const record = await pending.begin(pack.id, url.href);
  let finished = false;
  try {
    const known = [...(previous?.parts ?? []), ...record.parts];
    const { parts } = await fetchShards(pack, download.finalUrl, { ...options, pending, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS }, known, progress);
    progress.update({ phase: 'saving' });
    if (previous && sameContent(previous, source, parts)) {
      finished = true;
      return await unchanged(previous, source, options.store);
    }
    if (previous && removesTooMuch(previous, source)) {
      const outcome = await hold(previous, source, parts, options.store).catch((error: unknown) => {
        throw error instanceof HeldGone ? removedMeanwhile() : storageFailed();
      });
      finished = true;
      return outcome;
    }
    let installed: StoredSource | null;
    try {
      // An update of a source the user removed meanwhile must not bring it back.
      installed = await options.store.switchSource(source, parts, previous ? 'update' : 'upsert');
    } catch {
      throw storageFailed();
    }
    if (!installed) throw removedMeanwhile();
    finished = true;
    return { source: installed.summary, changed: true };
  } finally {
    // Done, or failed for a reason a retry would meet again: nothing to resume. (A worker stopped
    // mid-install never gets here, which is what leaves the record for resumeInstalls.)
    await pending.finish(pack.id).catch(() => undefined);
    // Inside this source's job: no other install of it is writing parts now.
    if (!finished) await options.store.collectUnlisted(pack.id).catch(() => undefined);
  }
}

function newSource(pack: PackDocument, url: URL, download: Download): NewSource {
  const entryCount = isSharded(pack) ? pack.shards.reduce((sum, shard) => sum + shard.entries, 0) : pack.entries.length;
  const summary: SourceSummary = {
    id: pack.id,
    name: pack.name,
    // The address the user gave, not the redirect target: updates ask the same address again.
    url: url.href,
    version: pack.version,
    signLanguage: pack.signLanguage,
    spokenLanguage: pack.spokenLanguage,
    licence: pack.licence,
    attribution: pack.attribution,
    entryCount,
    installedAt: Date.now(),
  };
  const source: NewSource = { summary, kind: 'pack', packUrl: download.finalUrl, checkedAt: Date.now() };
  const homepage = safeHomepage(pack.homepage);
  if (homepage) source.homepage = homepage;
  if (download.etag) source.etag = download.etag;
  if (download.lastModified) source.lastModified = download.lastModified;
  return source;
}

/** Same parts and same description: nothing to switch (an update check of an unchanged pack served without validators). */
function sameContent(previous: StoredSource, next: NewSource, parts: readonly PartRef[]): boolean {
  const { installedAt: _a, ...before } = previous.summary;
  const { installedAt: _b, ...after } = next.summary;
  return (
    JSON.stringify(before) === JSON.stringify(after) && previous.homepage === next.homepage && previous.parts.length === parts.length && previous.parts.every((part, i) => part.id === parts[i]!.id)
  );
}

class HeldGone extends Error {}

/** Keeps the new version (its parts stored) beside the answering one, until the reader confirms it. */
async function hold(previous: StoredSource, next: NewSource, parts: PartRef[], store: SourceStore): Promise<InstallOutcome> {
  if (!(await store.holdUpdate(previous.summary.id, next, parts))) throw new HeldGone();
  await store.setStatus(previous.summary.id, { checkedAt: Date.now(), lastError: undefined });
  return { source: previous.summary, changed: false, held: true };
}

async function unchanged(previous: StoredSource, next: NewSource, store: SourceStore): Promise<InstallOutcome> {
  await store.setStatus(previous.summary.id, {
    checkedAt: Date.now(),
    lastError: undefined,
    ...(next.etag ? { etag: next.etag } : {}),
    ...(next.lastModified ? { lastModified: next.lastModified } : {}),
  });
  return { source: previous.summary, changed: false };
}

/**
 * At the worker's start: installs that a stopped worker left half done are started again (their
 * stored parts are reused), or given up when they failed too often or are too old.
 */
export async function resumeInstalls(options: InstallOptions & { pending: PendingInstalls; onError?: (error: unknown) => void }): Promise<number> {
  const records = await options.pending.list();
  let resumed = 0;
  for (const record of records) {
    if (!worthResuming(record)) {
      await options.pending.finish(record.sourceId);
      await options.store.collectUnlisted(record.sourceId).catch(() => undefined);
      continue;
    }
    resumed += 1;
    const existing = await options.store.getSource(record.sourceId);
    void installPack(record.url, options, { resumed: true, ...(existing ? { existing } : {}) }).catch(async (error: unknown) => {
      options.onError?.(error);
      if (existing) await options.store.setStatus(record.sourceId, { checkedAt: Date.now(), lastError: (error as Error).message }).catch(() => undefined);
    });
  }
  return resumed;
}
