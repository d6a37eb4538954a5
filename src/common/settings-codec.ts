/**
 * How settings sit in storage.sync, whose quotas are small: 8,192 bytes per item (key and JSON
 * value), 102,400 in all, 512 items. Every setting is one item of its own name, except the list
 * of sites turned off, which can grow past one item (400 host names of 20 characters are 9 KB
 * as a JSON array): it is kept as space-separated text cut into chunks of at most
 * SITES_CHUNK_CHARS, under "disabledSites.0", "disabledSites.1"…, with "disabledSites.count"
 * saying how many are current (written in the same set() as the chunks, so a reader never joins
 * a new chunk to a stale one). Lists written by earlier versions, one array under
 * "disabledSites", are still read, and removed at the next write.
 */
import type { SettingKey, Settings } from './settings';

export const SITES_KEY = 'disabledSites';
export const SITES_COUNT_KEY = 'disabledSites.count';
/** Well under 8,192 bytes with its key and quotes, since host names are ASCII (IDNs are stored as punycode). */
export const SITES_CHUNK_CHARS = 6_000;
/** 8 chunks: 48,000 characters at most, under half of the 102,400 bytes storage.sync holds. */
export const MAX_SITES_CHUNKS = 8;

export const sitesChunkKey = (index: number): string => `disabledSites.${index}`;

const CHUNK_KEYS = Array.from({ length: MAX_SITES_CHUNKS }, (_, i) => sitesChunkKey(i));

/** Every storage key that settings use, for reading, resetting and following changes. */
export function storageKeys(settingKeys: readonly SettingKey[]): string[] {
  return [...settingKeys, SITES_COUNT_KEY, ...CHUNK_KEYS];
}

export function isStorageKey(key: string, settingKeys: readonly SettingKey[]): boolean {
  return (settingKeys as readonly string[]).includes(key) || key === SITES_COUNT_KEY || CHUNK_KEYS.includes(key);
}

/** A value no check accepts: what the stored sites decode to when their chunks are broken. */
const UNREADABLE = Symbol('unreadable');

/**
 * From what storage holds to one value per setting (not yet checked). The sites come from the
 * chunks when a count is stored, else from the older one-item list.
 */
export function decodeStored(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key !== SITES_COUNT_KEY && !CHUNK_KEYS.includes(key)) values[key] = value;
  }
  if (Object.hasOwn(raw, SITES_COUNT_KEY)) values[SITES_KEY] = decodeSites(raw);
  return values;
}

function decodeSites(raw: Readonly<Record<string, unknown>>): unknown {
  const count = raw[SITES_COUNT_KEY];
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_SITES_CHUNKS) return UNREADABLE;
  const sites: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const chunk = raw[sitesChunkKey(i)];
    if (typeof chunk !== 'string') return UNREADABLE;
    for (const site of chunk.split(' ')) if (site !== '') sites.push(site);
  }
  return sites;
}

export class SitesTooLong extends Error {}

/**
 * What to write for a checked change: items to set and keys to remove (chunks no longer used,
 * the older one-item list). Throws SitesTooLong when the sites do not fit MAX_SITES_CHUNKS.
 */
export function encodePatch(patch: Readonly<Partial<Settings>>): { set: Record<string, unknown>; remove: string[] } {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (key !== SITES_KEY) set[key] = value;
  }
  if (patch.disabledSites !== undefined) {
    const chunks = chunkSites(patch.disabledSites);
    if (chunks.length > MAX_SITES_CHUNKS) throw new SitesTooLong(`The sites turned off take more than ${MAX_SITES_CHUNKS * SITES_CHUNK_CHARS} characters.`);
    chunks.forEach((chunk, i) => (set[sitesChunkKey(i)] = chunk));
    set[SITES_COUNT_KEY] = chunks.length;
    remove.push(SITES_KEY, ...CHUNK_KEYS.slice(chunks.length));
  }
  return { set, remove };
}

function chunkSites(sites: readonly string[]): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const site of sites) {
    if (current !== '' && current.length + 1 + site.length > SITES_CHUNK_CHARS) {
      chunks.push(current);
      current = '';
    }
    current = current === '' ? site : `${current} ${site}`;
  }
  if (current !== '') chunks.push(current);
  return chunks;
}
