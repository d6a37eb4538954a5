/**
 * Writing a pack to disk, whole or sharded. A sharded pack cuts its entries by the first letters
 * of their first form ("a", "ba"–"bi", "bl"…), not by position: a word added or changed then
 * changes the shards of its own first letter at most (usually one), and an installed copy updates
 * by downloading those alone. Neighbouring small groups are merged only within one letter, so
 * that a change cannot shift the cuts of the rest of the alphabet. Output is deterministic (same entries → same bytes → same hashes), so rebuilding an
 * unchanged dictionary publishes nothing new.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PACK_FORMAT_VERSION, SHARD_FORMAT, type PackDocument, type PackEntry, type PackHeader, type PackShardRef, type PackShardV1 } from '../../src/core/pack/types';
import { validatePack, validateShard } from '../../src/core/pack/validate';
import { CommandError } from './errors';

export const PACK_FILE = 'pack.json';
export const SHARD_FOLDER = 'shards';
/** Longest prefix used to cut; past it a group too large is cut by count ("…-2", "…-3"). */
const MAX_PREFIX = 6;

export interface WrittenPack {
  packFile: string;
  /** 0 for a pack that lists its entries in pack.json. */
  shards: number;
  /** pack.json plus all shard files. */
  bytes: number;
}

export interface Shard {
  /** The file name stem: "a", "ba-bi", "ch-2". */
  name: string;
  entries: PackEntry[];
}

/** The sort and cut key of an entry: its first form without accents, case or anything but a–z and 0–9. */
export function shardKey(entry: PackEntry): string {
  const folded = (entry.forms[0] ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]/g, '');
  return folded || '_';
}

/** Cuts entries into shards of at most `size` entries, by key prefix. */
export function cutIntoShards(entries: readonly PackEntry[], size: number): Shard[] {
  const keyed = entries.map((entry) => ({ entry, key: shardKey(entry) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
  return splitByPrefix(keyed, 1, size).map(({ names, items }) => ({
    name: names.length === 1 ? names[0]! : `${names[0]}-${names.at(-1)}`,
    entries: items.map((item) => item.entry),
  }));
}

interface Keyed {
  entry: PackEntry;
  key: string;
}

interface Group {
  names: string[];
  items: Keyed[];
}

/** Groups sorted items by their first `length` characters, cutting further any group above `size`. */
function splitByPrefix(items: Keyed[], length: number, size: number): Group[] {
  const groups: Group[] = [];
  let start = 0;
  while (start < items.length) {
    const prefix = items[start]!.key.slice(0, length);
    let end = start + 1;
    while (end < items.length && items[end]!.key.slice(0, length) === prefix) end += 1;
    const run = items.slice(start, end);
    if (run.length <= size) groups.push({ names: [prefix], items: run });
    else if (length < MAX_PREFIX && run.some((item) => item.key.length > length)) groups.push(...mergeSmall(splitByPrefix(run, length + 1, size), size));
    else {
      // Hundreds of words sharing six letters: cut by count, numbered.
      for (let i = 0; i < run.length; i += size) groups.push({ names: [`${prefix}-${i / size + 1}`], items: run.slice(i, i + size) });
    }
    start = end;
  }
  return groups;
}

/** Joins neighbouring groups of one prefix while they fit in one shard, so that rare pairs of letters do not each get a file. */
function mergeSmall(groups: Group[], size: number): Group[] {
  const merged: Group[] = [];
  for (const group of groups) {
    const last = merged.at(-1);
    if (last && last.items.length + group.items.length <= size) {
      last.names.push(...group.names);
      last.items.push(...group.items);
    } else {
      merged.push({ names: [...group.names], items: [...group.items] });
    }
  }
  return merged;
}

function sha256(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Writes <out>/pack.json, and with `shardSize` <out>/shards/*.json, after validating everything
 * with the extension's own validator. pack.json is written last, and every file beside then
 * renamed, so a web server never serves a pack.json naming shards not yet written.
 */
export async function writePack(out: string, header: PackHeader, entries: PackEntry[], shardSize?: number): Promise<WrittenPack> {
  await mkdir(out, { recursive: true });
  const packFile = path.join(out, PACK_FILE);
  if (shardSize === undefined) {
    const pack: PackDocument = { ...header, entries };
    check(validatePack(pack).problems, PACK_FILE);
    const text = `${JSON.stringify(pack, null, 2)}\n`;
    await writeAtomically(packFile, text);
    await rm(path.join(out, SHARD_FOLDER), { recursive: true, force: true });
    return { packFile, shards: 0, bytes: Buffer.byteLength(text) };
  }

  // The header is checked before any shard is written (with a stand-in list of shards).
  check(validatePack({ ...header, shards: [{ url: `${SHARD_FOLDER}/a.json`, entries: 1 }] }).problems, PACK_FILE);
  const shards = cutIntoShards(entries, shardSize);
  const folder = path.join(out, SHARD_FOLDER);
  await mkdir(folder, { recursive: true });
  const refs: PackShardRef[] = [];
  const written = new Set<string>();
  let bytes = 0;
  for (const shard of shards) {
    const file: PackShardV1 = { format: SHARD_FORMAT, formatVersion: PACK_FORMAT_VERSION, entries: shard.entries };
    check(validateShard(file).problems, `${SHARD_FOLDER}/${shard.name}.json`);
    // One entry per line: small diffs between versions, and still far smaller than indented JSON.
    const text = `{"format":${JSON.stringify(SHARD_FORMAT)},"formatVersion":${PACK_FORMAT_VERSION},"entries":[\n${shard.entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
    const name = `${shard.name}.json`;
    await writeAtomically(path.join(folder, name), text);
    written.add(name);
    bytes += Buffer.byteLength(text);
    refs.push({ url: `${SHARD_FOLDER}/${encodeURIComponent(name)}`, entries: shard.entries.length, sha256: sha256(text) });
  }
  // Shards of an earlier build that this one no longer lists.
  for (const name of await readdir(folder)) {
    if (name.endsWith('.json') && !written.has(name)) await rm(path.join(folder, name));
  }
  const pack: PackDocument = { ...header, shards: refs };
  check(validatePack(pack).problems, PACK_FILE);
  const text = `${JSON.stringify(pack, null, 2)}\n`;
  await writeAtomically(packFile, text);
  return { packFile, shards: refs.length, bytes: bytes + Buffer.byteLength(text) };
}

function check(problems: ReadonlyArray<{ path: string; message: string }>, file: string): void {
  if (problems.length === 0) return;
  throw new CommandError([`${file} would not be valid:`, ...problems.map((problem) => `  ${problem.path}: ${problem.message}`)]);
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
}
