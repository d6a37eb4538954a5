/**
 * Signet pack format v1: a static folder (pack.json + video files) that any web server or CDN
 * can host. The JSON Schema twin of these types is schema/pack-v1.schema.json; both are kept in
 * step by tests/unit/pack-schema.test.ts.
 */
export const PACK_FORMAT = 'signet-pack' as const;
export const PACK_FORMAT_VERSION = 1 as const;

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
}

export interface PackV1 {
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
  entries: PackEntry[];
}

/** One problem found by validation, with the JSON path of the offending value ("$.entries[3].videos[0].url"). */
export interface PackProblem {
  path: string;
  message: string;
}
