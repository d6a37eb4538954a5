/**
 * schema/pack-v1.schema.json and validatePack state the same format twice (the extension cannot
 * run ajv: its pages forbid eval). These tests keep them in step: same verdict on every case of
 * the shared table, same paths, same patterns and limits, same fields as the TypeScript types.
 */
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import schema from '../../schema/pack-v1.schema.json';
import shardSchema from '../../schema/pack-shard-v1.schema.json';
import { MAX_ENTRIES, MAX_SHARDS, MAX_FORMS_PER_ENTRY, MAX_LENGTH, MAX_VIDEO_DURATION, MAX_VIDEO_SIDE, MAX_VIDEOS_PER_ENTRY } from '../../src/core/pack/limits';
import { PATTERN } from '../../src/core/pack/patterns';
import type { PackEntry, PackShardRef, PackV1, PackVideo, ShardedPackV1 } from '../../src/core/pack/types';
import { validatePack, validateShard } from '../../src/core/pack/validate';
import { ALL_CASES, SHARD_FILE_CASES } from '../fixtures/packs/cases';

// strict: unknown keywords or keywords without their type would be errors, not silent no-ops.
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateWithSchema = ajv.compile(schema);
const validateShardWithSchema = ajv.compile(shardSchema);

/** "/entries/3/videos/0" + "url" → "$.entries[3].videos[0].url", the validator's notation. */
function toJsonPath(instancePath: string, property?: string): string {
  const segments = instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (property !== undefined) segments.push(property);
  return segments.reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : /^[A-Za-z_$][\w$]*$/.test(segment) ? `${path}.${segment}` : `${path}[${JSON.stringify(segment)}]`), '$');
}

function schemaPaths(errors: ErrorObject[]): Set<string> {
  return new Set(
    errors.map((error) => {
      const params = error.params as { missingProperty?: string; additionalProperty?: string };
      return toJsonPath(error.instancePath, params.missingProperty ?? params.additionalProperty);
    }),
  );
}

describe('schema and validator agree on every case of the table', () => {
  it.each(ALL_CASES.map((c) => [c.name, c] as const))('%s', (_name, { pack, paths, beyondSchema }) => {
    const schemaValid = validateWithSchema(pack);
    const validatorValid = validatePack(pack).problems.length === 0;
    expect(validatorValid).toBe(paths.length === 0);
    expect(schemaValid).toBe(beyondSchema ? true : validatorValid);
    if (schemaValid) return;
    // Every place the validator points at, the schema points at too.
    const reported = schemaPaths(validateWithSchema.errors ?? []);
    const listed = validatePack(pack).problems.filter((problem) => !problem.message.startsWith('…and'));
    for (const problem of listed) expect(reported, problem.path).toContain(problem.path);
  });
});

describe('shard schema and validator agree on every shard case', () => {
  it.each(SHARD_FILE_CASES.map((c) => [c.name, c] as const))('%s', (_name, { pack, paths, beyondSchema }) => {
    const result = validateShard(pack);
    expect(result.problems.map((problem) => problem.path)).toEqual(paths);
    const schemaValid = validateShardWithSchema(pack);
    expect(schemaValid).toBe(beyondSchema ? true : paths.length === 0);
    if (schemaValid) return;
    const reported = schemaPaths(validateShardWithSchema.errors ?? []);
    for (const problem of result.problems) expect(reported, problem.path).toContain(problem.path);
  });
});

describe('schema and code state the same rules', () => {
  const defs = schema.$defs;

  it('has the same patterns, character for character', () => {
    expect(schema.properties.id.pattern).toBe(PATTERN.packId);
    expect(defs.entry.properties.id.pattern).toBe(PATTERN.entryId);
    expect(schema.properties.version.pattern).toBe(PATTERN.version);
    expect(defs.languageTag.pattern).toBe(PATTERN.languageTag);
    expect(defs.video.properties.type.pattern).toBe(PATTERN.videoType);
    expect(defs.textLine.allOf.map((rule) => rule.pattern)).toEqual([PATTERN.textLine, PATTERN.trimmed]);
    expect(defs.textBlock.allOf.map((rule) => rule.pattern)).toEqual([PATTERN.textBlock, PATTERN.trimmed]);
    expect(defs.videoUrl.pattern).toBe(PATTERN.urlCharacters);
    expect(defs.videoUrl.anyOf.map((rule) => rule.pattern)).toEqual([PATTERN.relativeUrl, PATTERN.httpsUrl, PATTERN.httpLoopbackUrl]);
    expect(schema.properties.homepage.pattern).toBe(PATTERN.homepage);
    expect(defs.shardRef.properties.sha256.pattern).toBe(PATTERN.sha256);
  });

  it('has the same limits', () => {
    expect(schema.properties.entries.maxItems).toBe(MAX_ENTRIES);
    expect(schema.properties.shards.maxItems).toBe(MAX_SHARDS);
    expect(defs.shardRef.properties.entries.maximum).toBe(MAX_ENTRIES);
    expect(shardSchema.properties.entries.maxItems).toBe(MAX_ENTRIES);
    expect(defs.entry.properties.forms.maxItems).toBe(MAX_FORMS_PER_ENTRY);
    expect(defs.entry.properties.videos.maxItems).toBe(MAX_VIDEOS_PER_ENTRY);
    expect(defs.video.properties.width.maximum).toBe(MAX_VIDEO_SIDE);
    expect(defs.video.properties.height.maximum).toBe(MAX_VIDEO_SIDE);
    expect(defs.video.properties.duration.maximum).toBe(MAX_VIDEO_DURATION);
    const lengths = {
      packId: schema.properties.id.maxLength,
      entryId: defs.entry.properties.id.maxLength,
      name: schema.properties.name.maxLength,
      version: schema.properties.version.maxLength,
      languageTag: defs.languageTag.maxLength,
      licence: schema.properties.licence.maxLength,
      attribution: schema.properties.attribution.maxLength,
      homepage: schema.properties.homepage.maxLength,
      url: defs.videoUrl.maxLength,
      type: defs.video.properties.type.maxLength,
      form: defs.entry.properties.forms.items.maxLength,
      definition: defs.entry.properties.definition.maxLength,
      signer: defs.video.properties.signer.maxLength,
      region: defs.video.properties.region.maxLength,
    };
    expect(lengths).toEqual(MAX_LENGTH);
  });

  // Typed against the interfaces: adding a field to types.ts without listing it here fails tsc.
  // "entries" or "shards", one of the two: neither is required on its own (the schema's oneOf).
  const packFields: Record<keyof PackV1 | keyof ShardedPackV1, boolean> = {
    format: true,
    formatVersion: true,
    id: true,
    name: true,
    version: true,
    signLanguage: true,
    spokenLanguage: true,
    licence: true,
    attribution: true,
    homepage: false,
    entries: false,
    shards: false,
  };
  const shardRefFields: Record<keyof PackShardRef, boolean> = { url: true, entries: true, sha256: false };
  const entryFields: Record<keyof PackEntry, boolean> = { id: true, forms: true, videos: true, definition: false, definitionVideos: false };
  const videoFields: Record<keyof PackVideo, boolean> = {
    url: true,
    type: true,
    width: true,
    height: true,
    duration: true,
    signer: false,
    region: false,
  };

  it.each([
    ['pack', schema, packFields],
    ['entry', defs.entry, entryFields],
    ['video', defs.video, videoFields],
    ['shard reference', defs.shardRef, shardRefFields],
  ] as const)('describes the %s fields of types.ts, required where the type requires them', (_name, part, fields) => {
    const properties = Object.keys(part.properties).filter((key) => key !== '$schema');
    expect(properties.sort()).toEqual(Object.keys(fields).sort());
    const required = Object.entries(fields)
      .filter(([, isRequired]) => isRequired)
      .map(([key]) => key);
    expect([...part.required].sort()).toEqual(required.sort());
    expect(part.additionalProperties).toBe(false);
    expect(Object.keys(part.patternProperties)).toEqual(['^x-']);
  });
});
