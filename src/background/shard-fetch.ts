/**
 * Downloading the shards of a sharded pack into parts, beside the parts in use. A shard is
 * fetched only when needed: not at all when pack.json gives its SHA-256 and a part with that
 * content is already stored (an unchanged shard, or one stored before the worker was stopped),
 * conditionally when only its ETag/Last-Modified are known, and in full otherwise. A few are
 * fetched at once: enough to hide a server's latency, few enough not to swamp a slow line.
 */
import { MAX_SHARD_BYTES, MAX_TOTAL_ENTRIES } from '../core/pack/limits';
import { problemAt, quote } from '../core/pack/problems';
import type { PackProblem, ShardedPackV1 } from '../core/pack/types';
import { resolveVideoUrl } from '../core/pack/urls';
import { validateShard } from '../core/pack/validate';
import { phrase } from '../core/pack/wording';
import { downloadIfChanged } from './download';
import { partIdOf, sha256Hex } from './hash';
import type { PendingInstalls } from './install-state';
import type { ProgressHandle } from './jobs';
import { notADictionary, parseJson, toStoredEntries } from './pack-entries';
import type { PartRef, SourceStore } from './store';
import { text } from './texts';

const PARALLEL_DOWNLOADS = 4;

export interface ShardContext {
  store: SourceStore;
  pending: PendingInstalls;
  timeoutMs: number;
  maxShardBytes?: number;
  fetch?: typeof fetch;
}

export interface FetchedShards {
  parts: PartRef[];
  /** Shards actually downloaded (not skipped, not 304). */
  downloaded: number;
}

export async function fetchShards(pack: ShardedPackV1, packUrl: string, ctx: ShardContext, known: readonly PartRef[], progress: ProgressHandle): Promise<FetchedShards> {
  const stored = await ctx.store.storedPartIds(pack.id);
  const knownByUrl = new Map(known.filter((part) => stored.has(part.id)).map((part) => [part.url, part]));
  const parts: PartRef[] = new Array(pack.shards.length);
  let done = 0;
  let downloaded = 0;
  let failed = false;
  progress.update({ phase: 'downloading', done, total: pack.shards.length });

  const fetchOne = async (index: number): Promise<void> => {
    const shard = pack.shards[index]!;
    const url = resolveVideoUrl(shard.url, packUrl);
    if (url === null) throw shardError(shard.url, text('bg_shard_address'));
    const previous = knownByUrl.get(url);
    if (shard.sha256) {
      const id = await partIdOf(packUrl, shard.sha256);
      if (stored.has(id)) {
        const same = previous?.id === id ? previous : undefined;
        parts[index] = { id, url, entries: shard.entries, sha256: shard.sha256, ...validatorsOf(same) };
        return;
      }
    }
    const usable = previous && (!shard.sha256 || previous.sha256 === shard.sha256) ? previous : undefined;
    const download = await downloadIfChanged(new URL(url), {
      timeoutMs: ctx.timeoutMs,
      maxBytes: ctx.maxShardBytes ?? MAX_SHARD_BYTES,
      ...(ctx.fetch ? { fetch: ctx.fetch } : {}),
      ...(usable ? { validators: validatorsOf(usable) } : {}),
    }).catch((error: unknown) => {
      throw shardError(shard.url, (error as Error).message);
    });
    if (download.notModified) {
      if (usable!.entries !== shard.entries) throw shardError(shard.url, text('bg_shard_count', usable!.entries, shard.entries));
      parts[index] = usable!;
      return;
    }
    downloaded += 1;
    const sha256 = await sha256Hex(download.bytes);
    if (shard.sha256 && sha256 !== shard.sha256) {
      throw shardError(shard.url, text('bg_shard_hash'));
    }
    const json = parseJson(download.text, `This dictionary’s part “${shard.url}” is not JSON.`);
    const { entries, problems } = validateShard(json);
    if (!entries || problems.length > 0) throw notADictionary(problems, shard.url);
    if (entries.length !== shard.entries) throw shardError(shard.url, text('bg_shard_count', entries.length, shard.entries));
    const id = await partIdOf(packUrl, sha256);
    const part: PartRef = { id, url, entries: entries.length, sha256, ...validatorsOf(download) };
    if (!stored.has(id)) {
      const resolved = toStoredEntries(entries, packUrl, shard.url);
      if (failed) return;
      await ctx.store.putPart(pack.id, id, resolved).catch(() => {
        throw new Error(text('bg_storage_failed'));
      });
    }
    await ctx.pending.addPart(pack.id, part);
    parts[index] = part;
  };

  let next = 0;
  const worker = async (): Promise<void> => {
    while (!failed && next < pack.shards.length) {
      const index = next++;
      try {
        await fetchOne(index);
      } catch (error) {
        failed = true;
        throw error;
      }
      done += 1;
      progress.update({ done });
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(PARALLEL_DOWNLOADS, pack.shards.length) }, worker));
  const rejected = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (rejected) throw rejected.reason;
  if (downloaded > 0) await checkAcrossShards(pack, parts, ctx.store);
  return { parts, downloaded };
}

function validatorsOf(source: { etag?: string | undefined; lastModified?: string | undefined } | undefined): Pick<PartRef, 'etag' | 'lastModified'> {
  const validators: Pick<PartRef, 'etag' | 'lastModified'> = {};
  if (source?.etag) validators.etag = source.etag;
  if (source?.lastModified) validators.lastModified = source.lastModified;
  return validators;
}

function shardError(shardUrl: string, message: string): Error {
  return new Error(text('bg_part_unusable', shardUrl, message.replace(/\.$/, '')));
}

/** Ids are unique across shards, which no single shard can check; read back once all are stored. */
async function checkAcrossShards(pack: ShardedPackV1, parts: readonly PartRef[], store: SourceStore): Promise<void> {
  const seen = new Map<string, string>();
  const problems: PackProblem[] = [];
  let total = 0;
  for (const [index, part] of parts.entries()) {
    const entries = await store.readEntries({ summary: { id: pack.id } as never, parts: [part] });
    if (!entries) throw new Error(text('bg_readback_failed'));
    total += entries.length;
    const shardUrl = pack.shards[index]!.url;
    entries.forEach((entry, i) => {
      const first = seen.get(entry.id);
      if (first !== undefined) problems.push(problemAt(`$.entries[${i}].id`, phrase('entries.repeat_id_in_part', { id: quote(entry.id), part: first })));
      else seen.set(entry.id, shardUrl);
    });
    if (problems.length > 0) throw notADictionary(problems, shardUrl);
  }
  if (total > MAX_TOTAL_ENTRIES) throw new Error(text('bg_too_many_entries', total, MAX_TOTAL_ENTRIES));
}
