/**
 * Limits of pack format v1. schema/pack-v1.schema.json states the same numbers (maxItems,
 * maxLength, maximum); tests/unit/pack-schema.test.ts checks that both agree.
 *
 * They bound what a pack from an unknown server can make the extension hold and draw: a pack is
 * parsed in the background service worker, indexed into IndexedDB, and its text is shown in the
 * player, so each field gets a size a reader could still take in at a glance.
 */

/** Largest pack.json the downloader accepts (bytes): a 100,000-entry pack is about 25 MB. */
export const MAX_PACK_BYTES = 32 * 1024 * 1024;

/** Entries per pack.json (or per shard file); a larger dictionary is sharded. */
export const MAX_ENTRIES = 100_000;
/**
 * Shards per sharded pack, and entries in all of them together. The whole index lives in the
 * background's memory (about 1 kB per entry with its keys), so a dictionary is bounded as a whole,
 * not only per file: 200,000 entries is several times Elix (about 30,000 signs).
 */
export const MAX_SHARDS = 1_000;
export const MAX_TOTAL_ENTRIES = 200_000;
/** Largest shard file the downloader accepts (bytes). */
export const MAX_SHARD_BYTES = 32 * 1024 * 1024;
export const MAX_FORMS_PER_ENTRY = 32;
export const MAX_VIDEOS_PER_ENTRY = 32;

/** Largest width or height of a video, in pixels (16K). */
export const MAX_VIDEO_SIDE = 16_384;
/** Longest video, in seconds: a sign lasts seconds, an hour means a wrong unit (ms?) or a wrong file. */
export const MAX_VIDEO_DURATION = 3_600;

/** Maximum lengths of text fields, counted in Unicode code points as JSON Schema's maxLength does. */
export const MAX_LENGTH = {
  packId: 64,
  entryId: 128,
  name: 200,
  version: 64,
  languageTag: 64,
  licence: 100,
  attribution: 500,
  homepage: 2048,
  url: 2048,
  type: 100,
  form: 200,
  definition: 4000,
  signer: 200,
  region: 100,
} as const;

/** Problems listed by validatePack before it only counts the rest ("…and 12 more problems"). */
export const MAX_PROBLEMS = 100;
