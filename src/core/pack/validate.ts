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
import { checkFields, checkUnknownFields, list, object, patternText, plainText, positiveNumber, wholeNumber, type Check, type FieldTable } from './fields';
import { MAX_ENTRIES, MAX_FORMS_PER_ENTRY, MAX_LENGTH, MAX_PROBLEMS, MAX_SHARDS, MAX_TOTAL_ENTRIES, MAX_VIDEO_DURATION, MAX_VIDEO_SIDE, MAX_VIDEOS_PER_ENTRY } from './limits';
import { REGEX } from './patterns';
import { JsonPath, ProblemList, describeValue, isJsonObject, quote, type JsonObject } from './problems';
import { PACK_FORMAT, PACK_FORMAT_VERSION, SHARD_FORMAT, type PackDocument, type PackEntry, type PackProblem, type PackShardRef, type PackVideo } from './types';
import { videoUrlProblem } from './urls';
import { phrase as say } from './wording';

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
  if (typeof value !== 'string') return problems.add(path, 'url.type', { value: describeValue(value) });
  const problem = videoUrlProblem(value);
  if (problem !== null) problems.add(path, problem.code, problem.params);
};

const VIDEO_FIELDS: FieldTable = {
  url: { required: true, check: videoUrl, purpose: say('purpose.video_url') },
  type: {
    required: true,
    purpose: say('purpose.video_type'),
    check: patternText({
      maxLength: MAX_LENGTH.type,
      pattern: REGEX.videoType,
      expected: say('expected.video_type'),
    }),
  },
  width: { required: true, check: wholeNumber({ min: 1, max: MAX_VIDEO_SIDE, unit: say('unit.pixels') }), purpose: say('purpose.pixels') },
  height: { required: true, check: wholeNumber({ min: 1, max: MAX_VIDEO_SIDE, unit: say('unit.pixels') }), purpose: say('purpose.pixels') },
  duration: { required: true, check: positiveNumber({ max: MAX_VIDEO_DURATION, unit: say('unit.seconds') }), purpose: say('purpose.seconds') },
  signer: { required: false, check: plainText({ maxLength: MAX_LENGTH.signer }) },
  region: { required: false, check: plainText({ maxLength: MAX_LENGTH.region }) },
};

const ENTRY_FIELDS: FieldTable = {
  id: {
    required: true,
    purpose: say('purpose.entry_id'),
    check: patternText({
      maxLength: MAX_LENGTH.entryId,
      pattern: REGEX.entryId,
      expected: say('expected.entry_id'),
    }),
  },
  forms: {
    required: true,
    purpose: say('purpose.forms'),
    check: list({
      min: 1,
      max: MAX_FORMS_PER_ENTRY,
      items: say('items.forms'),
      unique: true,
      item: plainText({ maxLength: MAX_LENGTH.form }),
    }),
  },
  videos: {
    required: true,
    purpose: say('purpose.videos'),
    check: list({
      min: 1,
      max: MAX_VIDEOS_PER_ENTRY,
      items: say('items.videos'),
      item: object({ what: say('what.video'), table: VIDEO_FIELDS }),
    }),
  },
  definition: { required: false, check: plainText({ maxLength: MAX_LENGTH.definition, multiline: true }) },
  // The definition, signed. Optional, so it needs no purpose (only a missing field says what it is for).
  definitionVideos: {
    required: false,
    check: list({
      min: 1,
      max: MAX_VIDEOS_PER_ENTRY,
      items: say('items.videos'),
      item: object({ what: say('what.video'), table: VIDEO_FIELDS }),
    }),
  },
};

const checkFormat: Check = (value, path, problems) => {
  if (value === SHARD_FORMAT) {
    problems.add(path, 'format.shard', { format: SHARD_FORMAT });
  } else if (value !== PACK_FORMAT) {
    problems.add(path, 'format.wrong', { format: PACK_FORMAT, value: describeValue(value) });
  }
};

const checkShardFormat: Check = (value, path, problems) => {
  if (value !== SHARD_FORMAT) {
    problems.add(path, 'format.wrong_shard', { format: SHARD_FORMAT, value: describeValue(value) });
  }
};

const checkFormatVersion: Check = (value, path, problems) => {
  if (value === PACK_FORMAT_VERSION) return;
  if (typeof value === 'number' && Number.isInteger(value) && value > PACK_FORMAT_VERSION) {
    problems.add(path, 'format_version.newer', { version: value, supported: PACK_FORMAT_VERSION });
  } else {
    problems.add(path, 'format_version.wrong', { supported: PACK_FORMAT_VERSION, value: describeValue(value) });
  }
};

/** Checked first: a file that is not a v1 pack would otherwise get a problem for every field. */
const HEADER_FIELDS: FieldTable = {
  format: { required: true, check: checkFormat, purpose: say('purpose.format', { format: PACK_FORMAT }) },
  formatVersion: { required: true, check: checkFormatVersion, purpose: say('purpose.format_version', { version: PACK_FORMAT_VERSION }) },
};

const SHARD_HEADER_FIELDS: FieldTable = {
  format: { required: true, check: checkShardFormat, purpose: say('purpose.shard_format', { format: SHARD_FORMAT }) },
  formatVersion: { required: true, check: checkFormatVersion, purpose: say('purpose.format_version', { version: PACK_FORMAT_VERSION }) },
};

const entryList = list({
  min: 1,
  max: MAX_ENTRIES,
  items: say('items.entries'),
  tooManyHint: say('hint.shards'),
  item: object({ what: say('what.entry'), table: ENTRY_FIELDS }),
});

const SHARD_REF_FIELDS: FieldTable = {
  url: { required: true, check: videoUrl, purpose: say('purpose.shard_url') },
  entries: { required: true, check: wholeNumber({ min: 1, max: MAX_ENTRIES, unit: say('unit.entries') }), purpose: say('purpose.shard_entries') },
  sha256: {
    required: false,
    check: patternText({ maxLength: 64, pattern: REGEX.sha256, expected: say('expected.sha256') }),
  },
};

const languageTag = patternText({
  maxLength: MAX_LENGTH.languageTag,
  pattern: REGEX.languageTag,
  expected: say('expected.language_tag'),
});

const BODY_FIELDS: FieldTable = {
  $schema: { required: false, check: plainText({ maxLength: MAX_LENGTH.homepage }) },
  id: {
    required: true,
    purpose: say('purpose.pack_id'),
    check: patternText({
      maxLength: MAX_LENGTH.packId,
      pattern: REGEX.packId,
      expected: say('expected.pack_id'),
    }),
  },
  name: { required: true, check: plainText({ maxLength: MAX_LENGTH.name }), purpose: say('purpose.name') },
  version: {
    required: true,
    purpose: say('purpose.version'),
    check: patternText({
      maxLength: MAX_LENGTH.version,
      pattern: REGEX.version,
      expected: say('expected.version'),
    }),
  },
  signLanguage: { required: true, check: languageTag, purpose: say('purpose.sign_language') },
  spokenLanguage: { required: true, check: languageTag, purpose: say('purpose.spoken_language') },
  licence: { required: true, check: plainText({ maxLength: MAX_LENGTH.licence }), purpose: say('purpose.licence') },
  attribution: { required: true, check: plainText({ maxLength: MAX_LENGTH.attribution }), purpose: say('purpose.attribution') },
  homepage: {
    required: false,
    check: patternText({
      maxLength: MAX_LENGTH.homepage,
      pattern: REGEX.homepage,
      expected: say('expected.homepage'),
    }),
  },
  // Required, unless "shards" is there instead: checked by checkEntriesOrShards.
  entries: { required: false, check: entryList },
  shards: {
    required: false,
    check: list({
      min: 1,
      max: MAX_SHARDS,
      items: say('items.shards'),
      item: object({ what: say('what.shard'), table: SHARD_REF_FIELDS }),
    }),
  },
};

const SHARD_BODY_FIELDS: FieldTable = {
  $schema: { required: false, check: plainText({ maxLength: MAX_LENGTH.homepage }) },
  entries: { required: true, check: entryList, purpose: say('purpose.shard_body') },
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
    problems.add(JsonPath.root, 'pack.not_object', { format: PACK_FORMAT, value: describeValue(json) });
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
    problems.add(JsonPath.root, 'shard.not_object', { format: SHARD_FORMAT, value: describeValue(json) });
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
    problems.add(JsonPath.root.child('entries'), 'pack.entries_missing');
  } else if (hasEntries && hasShards) {
    problems.add(JsonPath.root, 'pack.entries_and_shards');
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
    else problems.add(JsonPath.root.child('shards').child(index).child('url'), 'shards.repeat', { url: quote(shard.url), first: `$.shards[${first}]` });
  });
  if (total > MAX_TOTAL_ENTRIES) {
    problems.add(JsonPath.root.child('shards'), 'shards.too_many_entries', { total, max: MAX_TOTAL_ENTRIES });
  }
}

function reportRepeatedIds(entries: unknown[], problems: ProblemList): void {
  const firstIndex = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (!isJsonObject(entry) || typeof entry.id !== 'string') return;
    const first = firstIndex.get(entry.id);
    if (first === undefined) firstIndex.set(entry.id, index);
    else {
      problems.add(JsonPath.root.child('entries').child(index).child('id'), 'entries.repeat_id', { id: quote(entry.id), first: `$.entries[${first}]` });
    }
  });
}

/** A fresh copy holding only the format's fields, so nothing unchecked travels further. */
function toPack(json: JsonObject): PackDocument {
  const pack = pick<Record<string, unknown>>(
    json,
    PACK_KEYS.filter((key) => key !== '$schema'),
  );
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
