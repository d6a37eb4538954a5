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
 * Beyond the schema, one rule JSON Schema cannot state: entry ids are unique within a pack.
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
  MAX_VIDEO_DURATION,
  MAX_VIDEO_SIDE,
  MAX_VIDEOS_PER_ENTRY,
} from './limits';
import { REGEX } from './patterns';
import { JsonPath, ProblemList, describeValue, isJsonObject, quote, type JsonObject } from './problems';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type PackEntry, type PackProblem, type PackV1, type PackVideo } from './types';
import { checkVideoUrl } from './urls';

export { MAX_PACK_BYTES } from './limits';

export interface PackValidation {
  /** The pack, typed, when there is no problem: only the fields of the format ("x-" fields dropped). */
  pack?: PackV1;
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
};

const checkFormat: Check = (value, path, problems) => {
  if (value !== PACK_FORMAT) {
    problems.add(path, `must be "${PACK_FORMAT}", but is ${describeValue(value)}: is this file a Signet pack?`);
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
  entries: {
    required: true,
    purpose: 'the list of signs',
    check: list({
      min: 1,
      max: MAX_ENTRIES,
      items: 'entries',
      tooManyHint: 'publish a larger dictionary as several packs',
      item: object({ what: 'an entry', table: ENTRY_FIELDS }),
    }),
  },
};

const PACK_KEYS = [...Object.keys(HEADER_FIELDS), ...Object.keys(BODY_FIELDS)];
const ENTRY_KEYS = Object.keys(ENTRY_FIELDS);
const VIDEO_KEYS = Object.keys(VIDEO_FIELDS);

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
  checkUnknownFields(json, JsonPath.root, PACK_KEYS, problems);
  if (Array.isArray(json.entries)) reportRepeatedIds(json.entries, problems);
  if (problems.count > 0) return { problems: problems.toArray() };
  return { pack: toPack(json), problems: [] };
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
function toPack(json: JsonObject): PackV1 {
  const pack = pick<PackV1>(json, PACK_KEYS.filter((key) => key !== '$schema'));
  pack.entries = (json.entries as JsonObject[]).map((entry) => {
    const copy = pick<PackEntry>(entry, ENTRY_KEYS);
    copy.forms = [...(entry.forms as string[])];
    copy.videos = (entry.videos as JsonObject[]).map((video) => pick<PackVideo>(video, VIDEO_KEYS));
    return copy;
  });
  return pack;
}

function pick<T>(source: JsonObject, keys: readonly string[]): T {
  const copy: JsonObject = {};
  for (const key of keys) if (Object.hasOwn(source, key)) copy[key] = source[key];
  return copy as T;
}
