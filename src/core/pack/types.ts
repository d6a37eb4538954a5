/**
 * Signet pack format v1: a static folder (pack.json + video files) that any web server or CDN
 * can host. The JSON Schema twin of these types is schema/pack-v1.schema.json; both are kept in
 * step by tests/unit/pack-schema.test.ts.
 */
import type { Param, ProblemCode } from './wording';

export const PACK_FORMAT = 'signet-pack' as const;
export const PACK_FORMAT_VERSION = 1 as const;
/** The "format" of a shard file of a sharded pack (see ShardedPackV1). */
export const SHARD_FORMAT = 'signet-pack-shard' as const;

export interface PackVideo {
  /** Relative to pack.json's URL, or absolute https:// (http:// only for loopback hosts). */
  url: string;
  /** MIME type, e.g. "video/webm" or "video/mp4". */
  type: string;
  width: number;
  height: number;
  /** Seconds. */
  duration: number;
  signer?: string;
  region?: string;
}

export interface PackEntry {
  /** Unique within the pack. */
  id: string;
  /** Written forms: single words ("chapeau") or expressions ("réseau local"). */
  forms: string[];
  videos: PackVideo[];
  definition?: string;
  /** Optional videos of the definition, signed (Elix signs many of its definitions); same rules as `videos`. */
  definitionVideos?: PackVideo[];
}

/** The fields every pack.json has, whether it lists its entries or its shards. */
export interface PackHeader {
  format: typeof PACK_FORMAT;
  formatVersion: typeof PACK_FORMAT_VERSION;
  id: string;
  name: string;
  version: string;
  /** BCP 47 tag of the sign language: "fsl" (LSF), "ase" (ASL), "bfi" (BSL)… */
  signLanguage: string;
  /** BCP 47 tag of the written language of the forms: "fr", "en"… */
  spokenLanguage: string;
  /** SPDX-style licence id, e.g. "CC-BY-SA-4.0". */
  licence: string;
  /** Credit shown under every video, e.g. "Elix – Signes de sens (Wikimedia Commons, CC BY-SA)". */
  attribution: string;
  homepage?: string;
}

/** A pack whose entries are all in pack.json: the simple form, for dictionaries of a few thousand signs. */
export interface PackV1 extends PackHeader {
  entries: PackEntry[];
}

/**
 * A large dictionary: pack.json lists shard files instead of entries, so that a 30,000-sign
 * dictionary downloads in pieces, an update fetches only the shards that changed, and an install
 * interrupted half way resumes from the shards already stored. Still format version 1: a pack
 * has either "entries" or "shards", never both.
 */
export interface ShardedPackV1 extends PackHeader {
  shards: PackShardRef[];
}

export interface PackShardRef {
  /** Relative to pack.json, or absolute https://; same rules as a video URL. */
  url: string;
  /** How many entries the shard holds; checked when it is read. */
  entries: number;
  /**
   * Lower-case hex SHA-256 of the shard file's bytes. Optional but recommended: the file is
   * checked against it, and an update skips a shard whose hash did not change without asking
   * the server at all.
   */
  sha256?: string;
}

/**
 * A shard file: { "format": "signet-pack-shard", "formatVersion": 1, "entries": [ … ] }. Its
 * entries follow the same rules as a pack's, and their relative video URLs resolve against
 * pack.json's address, not the shard's, so an entry reads the same in whichever shard it lands.
 * Entry ids are unique across all shards of a pack.
 */
export interface PackShardV1 {
  format: typeof SHARD_FORMAT;
  formatVersion: typeof PACK_FORMAT_VERSION;
  entries: PackEntry[];
}

/** What a pack.json holds once validated. */
export type PackDocument = PackV1 | ShardedPackV1;

export function isSharded(pack: PackDocument): pack is ShardedPackV1 {
  return 'shards' in pack;
}

/**
 * One problem found by validation, with the JSON path of the offending value ("$.entries[3].videos[0].url").
 * `message` is the English text (what the pack command prints); `code` and `params` let the
 * extension say the same in its UI's language (see wording.ts). Only problems of English-only
 * tools (the pack command's checks of files on disk) have no code.
 */
export interface PackProblem {
  path: string;
  message: string;
  code?: ProblemCode;
  params?: Readonly<Record<string, Param>>;
}
