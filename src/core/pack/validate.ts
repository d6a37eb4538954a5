/**
 * Validation of untrusted pack.json content against pack format v1, by hand: extension pages
 * forbid eval, which ajv's schema compiler needs. schema/pack-v1.schema.json states the same
 * rules for contributors' editors and tools; tests/unit/pack-schema.test.ts runs both on one
 * table of packs and checks they agree.
 *
 * Policy on fields: unknown fields are errors at every level (typos such as "license" would
 * otherwise lose their content silently), except names starting with "x-", which publishers may
 * add for their own tools and which are dropped from the validated pack; "$schema" is allowed
 * at the top so that editors can offer completion.
 *
 * Beyond the schema, one rule JSON Schema cannot state: entry ids are unique within a pack
 * (within a shard here; across shards, the installer checks as it reads them).
 *
 * A pack.json lists its entries, or the shard files that hold them (a sharded pack); each shard
 * file is checked by validateShard with the same entry rules.
 */
import {
  checkFields,
  checkUnknownFields,
  list,
  object,
  patternText,
  plainText,
  positiveNumber,
  wholeNumber,
  type Check,
  type FieldTable,
} from './fields';
import {
  MAX_ENTRIES,
  MAX_FORMS_PER_ENTRY,
  MAX_LENGTH,
  MAX_PROBLEMS,
  MAX_SHARDS,
  MAX_TOTAL_ENTRIES,
  MAX_VIDEO_DURATION,
  MAX_VIDEO_SIDE,
  MAX_VIDEOS_PER_ENTRY,
} from './limits';
import { REGEX } from './patterns';
import { JsonPath, ProblemList, describeValue, isJsonObject, quote, type JsonObject } from './problems';
import {
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  SHARD_FORMAT,
  type PackDocument,
  type PackEntry,
  type PackProblem,
  type PackShardRef,
  type PackVideo,
} from './types';
import { checkVideoUrl } from './urls';

export { MAX_PACK_BYTES } from './limits';

export interface PackValidation {
  /** The pack, typed, when there is no problem: only the fields of the format ("x-" fields dropped). */
  pack?: PackDocument;
  problems: PackProblem[];
}

export interface ShardValidation {
  /** The shard's entries, typed and copied, when there is no problem. */
  entries?: PackEntry[];
  problems: PackProblem[];
}

const videoUrl: Check = (value, path, problems) => {
  if (typeof value !== 'string') return problems.add(path, `must be text (a URL), but is ${describeValue(value)}`);
  const problem = checkVideoUrl(value);
  if (problem !== null) problems.add(path, problem);
};

const VIDEO_FIELDS: FieldTable = {
  url: { required: true, check: videoUrl, purpose: 'where the video is, relative to pack.json: "videos/chapeau.webm"' },
  type: {
    required: true,
    purpose: 'its MIME type: "video/webm" or "video/mp4"',
    check: patternText({
      maxLength: MAX_LENGTH.type,
      pattern: REGEX.videoType,
      expected: 'a video MIME type such as "video/webm" or "video/mp4"',
    }),
  },
  width: { required: true, check: wholeNumber({ min: 1, max: MAX_VIDEO_SIDE, unit: 'pixels' }), purpose: 'in pixels' },
  height: { required: true, check: wholeNumber({ min: 1, max: MAX_VIDEO_SIDE, unit: 'pixels' }), purpose: 'in pixels' },
  duration: { required: true, check: positiveNumber({ max: MAX_VIDEO_DURATION, unit: 'seconds' }), purpose: 'in seconds' },
  signer: { required: false, check: plainText({ maxLength: MAX_LENGTH.signer }) },
  region: { required: false, check: plainText({ maxLength: MAX_LENGTH.region }) },
};

const ENTRY_FIELDS: FieldTable = {
  id: {
    required: true,
    purpose: 'unique within the pack, e.g. "chapeau"',
    check: patternText({
      maxLength: MAX_LENGTH.entryId,
      pattern: REGEX.entryId,
      expected: 'an id of ASCII letters, digits, ".", "_" or "-" (starting with a letter or digit)',
    }),
  },
  forms: {
    required: true,
    purpose: 'the written words this sign is for, e.g. ["chapeau"]',
    check: list({
      min: 1,
      max: MAX_FORMS_PER_ENTRY,
      items: 'forms',
      unique: true,
      item: plainText({ maxLength: MAX_LENGTH.form }),
    }),
  },
  videos: {
    required: true,
    purpose: 'at least one video of the sign',
    check: list({
      min: 1,
      max: MAX_VIDEOS_PER_ENTRY,
      items: 'videos',
      item: object({ what: 'a video', table: VIDEO_FIELDS }),
    }),
  },
  definition: { required: false, check: plainText({ maxLength: MAX_LENGTH.definition, multiline: true }) },
  definitionVideos: {
    required: false,
    purpose: 'videos of the definition, signed',
    check: list({
      min: 1,
      max: MAX_VIDEOS_PER_ENTRY,
      items: 'videos',
      item: object({ what: 'a video', table: VIDEO_FIELDS }),
    }),
  },
};

const checkFormat: Check = (value, path, problems) => {
  if (value === SHARD_FORMAT) {
    problems.add(path, `is "${SHARD_FORMAT}": this is one shard of a large pack; give the address of its pack.json instead`);
  } else if (value !== PACK_FORMAT) {
    problems.add(path, `must be "${PACK_FORMAT}", but is ${describeValue(value)}: is this file a Signet pack?`);
  }
};

const checkShardFormat: Check = (value, path, problems) => {
  if (value !== SHARD_FORMAT) {
    problems.add(path, `must be "${SHARD_FORMAT}", but is ${describeValue(value)}: is this file a shard of a Signet pack?`);
  }
};

const checkFormatVersion: Check = (value, path, problems) => {
  if (value === PACK_FORMAT_VERSION) return;
  if (typeof value === 'number' && Number.isInteger(value) && value > PACK_FORMAT_VERSION) {
    problems.add(path, `is ${value}, but this version of Signet reads format version ${PACK_FORMAT_VERSION} only; update Signet`);
  } else {
    problems.add(path, `must be the number ${PACK_FORMAT_VERSION}, but is ${describeValue(value)}`);
  }
};

/** Checked first: a file that is not a v1 pack would otherwise get a problem for every field. */
const HEADER_FIELDS: FieldTable = {
  format: { required: true, check: checkFormat, purpose: `a Signet pack starts with "format": "${PACK_FORMAT}"` },
  formatVersion: { required: true, check: checkFormatVersion, purpose: `"formatVersion": ${PACK_FORMAT_VERSION}` },
};

const SHARD_HEADER_FIELDS: FieldTable = {
  format: { required: true, check: checkShardFormat, purpose: `a shard starts with "format": "${SHARD_FORMAT}"` },
  formatVersion: { required: true, check: checkFormatVersion, purpose: `"formatVersion": ${PACK_FORMAT_VERSION}` },
};

const entryList = list({
  min: 1,
  max: MAX_ENTRIES,
  items: 'entries',
  tooManyHint: 'split a larger dictionary into shards',
  item: object({ what: 'an entry', table: ENTRY_FIELDS }),
});

const SHARD_REF_FIELDS: FieldTable = {
  url: { required: true, check: videoUrl, purpose: 'where the shard file is, relative to pack.json: "shards/a.json"' },
  entries: { required: true, check: wholeNumber({ min: 1, max: MAX_ENTRIES, unit: 'entries' }), purpose: 'how many entries the shard holds' },
  sha256: {
    required: false,
    check: patternText({ maxLength: 64, pattern: REGEX.sha256, expected: 'a SHA-256 digest: 64 lower-case hexadecimal digits' }),
  },
};

const languageTag = patternText({
  maxLength: MAX_LENGTH.languageTag,
  pattern: REGEX.languageTag,
  expected: 'a BCP 47 language tag such as "fsl" (LSF), "ase" (ASL) or "fr"',
});

const BODY_FIELDS: FieldTable = {
  $schema: { required: false, check: plainText({ maxLength: MAX_LENGTH.homepage }) },
  id: {
    required: true,
    purpose: 'a short lower-case id such as "lsf-elix"',
    check: patternText({
      maxLength: MAX_LENGTH.packId,
      pattern: REGEX.packId,
      expected: 'an id of lower-case ASCII letters, digits, ".", "_" or "-" (starting with a letter or digit)',
    }),
  },
  name: { required: true, check: plainText({ maxLength: MAX_LENGTH.name }), purpose: 'the name readers see' },
  version: {
    required: true,
    purpose: 'e.g. "1.0.0"; change it with every release',
    check: patternText({
      maxLength: MAX_LENGTH.version,
      pattern: REGEX.version,
      expected: 'a version such as "1.0.0" or "2024.05" (letters, digits, ".", "+", "-")',
    }),
  },
  signLanguage: { required: true, check: languageTag, purpose: 'BCP 47 tag: "fsl" for LSF, "ase" for ASL, "bfi" for BSL' },
  spokenLanguage: { required: true, check: languageTag, purpose: 'BCP 47 tag of the written forms: "fr", "en"' },
  licence: { required: true, check: plainText({ maxLength: MAX_LENGTH.licence }), purpose: 'e.g. "CC-BY-SA-4.0"' },
  attribution: { required: true, check: plainText({ maxLength: MAX_LENGTH.attribution }), purpose: 'the credit shown under every video' },
  homepage: {
    required: false,
    check: patternText({
      maxLength: MAX_LENGTH.homepage,
      pattern: REGEX.homepage,
      expected: 'an http:// or https:// address without spaces',
    }),
  },
  // Required, unless "shards" is there instead: checked by checkEntriesOrShards.
  entries: { required: false, check: entryList },
  shards: {
    required: false,
    check: list({
      min: 1,
      max: MAX_SHARDS,
      items: 'shards',
      item: object({ what: 'a shard ({ "url": …, "entries": … })', table: SHARD_REF_FIELDS }),
    }),
  },
};

const SHARD_BODY_FIELDS: FieldTable = {
  $schema: { required: false, check: plainText({ maxLength: MAX_LENGTH.homepage }) },
  entries: { required: true, check: entryList, purpose: 'the signs of this shard' },
};

const PACK_KEYS = [...Object.keys(HEADER_FIELDS), ...Object.keys(BODY_FIELDS)];
const SHARD_KEYS = [...Object.keys(SHARD_HEADER_FIELDS), ...Object.keys(SHARD_BODY_FIELDS)];
const ENTRY_KEYS = Object.keys(ENTRY_FIELDS);
const VIDEO_KEYS = Object.keys(VIDEO_FIELDS);
const SHARD_REF_KEYS = Object.keys(SHARD_REF_FIELDS);

/** Checks untrusted JSON against pack format v1 and lists every problem (up to MAX_PROBLEMS, then a count). */
export function validatePack(json: unknown): PackValidation {
  const problems = new ProblemList(MAX_PROBLEMS);
  if (!isJsonObject(json)) {
    problems.add(JsonPath.root, `a pack must be a JSON object ({ "format": "${PACK_FORMAT}", … }), but this is ${describeValue(json)}`);
    return { problems: problems.toArray() };
  }
  checkFields(json, JsonPath.root, HEADER_FIELDS, problems);
  if (problems.count > 0) return { problems: problems.toArray() };
  checkFields(json, JsonPath.root, BODY_FIELDS, problems);
  checkEntriesOrShards(json, problems);
  checkUnknownFields(json, JsonPath.root, PACK_KEYS, problems);
  if (Array.isArray(json.entries)) reportRepeatedIds(json.entries, problems);
  if (Array.isArray(json.shards)) checkShardList(json.shards, problems);
  if (problems.count > 0) return { problems: problems.toArray() };
  return { pack: toPack(json), problems: [] };
}

/** Checks one shard file of a sharded pack: its header and its entries, by the rules of a pack's entries. */
export function validateShard(json: unknown): ShardValidation {
  const problems = new ProblemList(MAX_PROBLEMS);
  if (!isJsonObject(json)) {
    problems.add(JsonPath.root, `a shard must be a JSON object ({ "format": "${SHARD_FORMAT}", … }), but this is ${describeValue(json)}`);
    return { problems: problems.toArray() };
  }
  checkFields(json, JsonPath.root, SHARD_HEADER_FIELDS, problems);
  if (problems.count > 0) return { problems: problems.toArray() };
  checkFields(json, JsonPath.root, SHARD_BODY_FIELDS, problems);
  checkUnknownFields(json, JsonPath.root, SHARD_KEYS, problems);
  if (Array.isArray(json.entries)) reportRepeatedIds(json.entries, problems);
  if (problems.count > 0) return { problems: problems.toArray() };
  return { entries: (json.entries as JsonObject[]).map(toEntry), problems: [] };
}

/** A pack lists its entries or its shards: exactly one of the two. */
function checkEntriesOrShards(json: JsonObject, problems: ProblemList): void {
  const hasEntries = Object.hasOwn(json, 'entries');
  const hasShards = Object.hasOwn(json, 'shards');
  if (!hasEntries && !hasShards) {
    problems.add(JsonPath.root.child('entries'), 'required field is missing (the list of signs; a large dictionary lists "shards" instead)');
  } else if (hasEntries && hasShards) {
    problems.add(JsonPath.root, 'has both "entries" and "shards"; a pack lists its entries in one or the other');
  }
}

/** Beyond each shard's own fields: no shard listed twice, and a bounded total. */
function checkShardList(shards: unknown[], problems: ProblemList): void {
  const firstIndex = new Map<string, number>();
  let total = 0;
  shards.forEach((shard, index) => {
    if (!isJsonObject(shard)) return;
    if (typeof shard.entries === 'number') total += shard.entries;
    if (typeof shard.url !== 'string') return;
    const first = firstIndex.get(shard.url);
    if (first === undefined) firstIndex.set(shard.url, index);
    else problems.add(JsonPath.root.child('shards').child(index).child('url'), `repeats the shard ${quote(shard.url)} of $.shards[${first}]`);
  });
  if (total > MAX_TOTAL_ENTRIES) {
    problems.add(JsonPath.root.child('shards'), `hold ${total} entries in all; the most a pack may hold is ${MAX_TOTAL_ENTRIES}`);
  }
}

function reportRepeatedIds(entries: unknown[], problems: ProblemList): void {
  const firstIndex = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (!isJsonObject(entry) || typeof entry.id !== 'string') return;
    const first = firstIndex.get(entry.id);
    if (first === undefined) firstIndex.set(entry.id, index);
    else {
      problems.add(JsonPath.root.child('entries').child(index).child('id'), `repeats the id ${quote(entry.id)} of $.entries[${first}]; ids must be unique within a pack`);
    }
  });
}

/** A fresh copy holding only the format's fields, so nothing unchecked travels further. */
function toPack(json: JsonObject): PackDocument {
  const pack = pick<Record<string, unknown>>(json, PACK_KEYS.filter((key) => key !== '$schema'));
  if (Array.isArray(json.shards)) pack.shards = (json.shards as JsonObject[]).map((shard) => pick<PackShardRef>(shard, SHARD_REF_KEYS));
  else pack.entries = (json.entries as JsonObject[]).map(toEntry);
  return pack as unknown as PackDocument;
}

function toEntry(entry: JsonObject): PackEntry {
  const copy = pick<PackEntry>(entry, ENTRY_KEYS);
  copy.forms = [...(entry.forms as string[])];
  copy.videos = (entry.videos as JsonObject[]).map((video) => pick<PackVideo>(video, VIDEO_KEYS));
  if (Array.isArray(entry.definitionVideos)) copy.definitionVideos = (entry.definitionVideos as JsonObject[]).map((video) => pick<PackVideo>(video, VIDEO_KEYS));
  return copy;
}

function pick<T>(source: JsonObject, keys: readonly string[]): T {
  const copy: JsonObject = {};
  for (const key of keys) if (Object.hasOwn(source, key)) copy[key] = source[key];
  return copy as T;
}
