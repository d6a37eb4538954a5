import { describe, expect, it } from 'vitest';
import type { PackV1 } from '../../src/core/pack/types';
import { MAX_PACK_BYTES, validatePack } from '../../src/core/pack/validate';
import { INVALID_CASES, SHARDED_CASES, VALID_CASES, packWith } from '../fixtures/packs/cases';

describe('validatePack: the table', () => {
  it.each(VALID_CASES.map((c) => [c.name, c] as const))('accepts %s', (_name, { pack }) => {
    const result = validatePack(pack);
    expect(result.problems).toEqual([]);
    expect(result.pack).toBeDefined();
  });

  it.each(INVALID_CASES.map((c) => [c.name, c] as const))('refuses %s', (_name, { pack, paths }) => {
    const result = validatePack(pack);
    expect(result.problems.map((problem) => problem.path)).toEqual(paths);
    expect(result.pack).toBeUndefined();
  });
});

describe('validatePack: sharded packs', () => {
  it.each(SHARDED_CASES.map((c) => [c.name, c] as const))('%s', (_name, { pack, paths }) => {
    const result = validatePack(pack);
    expect(result.problems.map((problem) => problem.path)).toEqual(paths);
    expect(result.pack !== undefined).toBe(paths.length === 0);
  });

  it('tells a shard given as a pack what to do', () => {
    const { problems } = validatePack({ format: 'signet-pack-shard', formatVersion: 1, entries: [] });
    expect(problems[0]!.message).toContain('give the address of its pack.json instead');
  });
});

/** The message of the single problem of a pack. */
function messageOf(pack: unknown): string {
  const { problems } = validatePack(pack);
  expect(problems).toHaveLength(1);
  return problems[0]!.message;
}

describe('validatePack: what contributors read', () => {
  it('names the refused scheme and says what to write instead', () => {
    const message = messageOf(packWith((p) => (p.entries[0].videos[0].url = 'javascript:alert(1)')));
    expect(message).toContain('"javascript:" URLs are not allowed');
    expect(message).toContain('relative to pack.json');
  });

  it('explains that plain http is for this computer only', () => {
    expect(messageOf(packWith((p) => (p.entries[0].videos[0].url = 'http://example.org/x.webm')))).toMatch(/127\.0\.0\.1, localhost or \[::1\].*https:\/\//);
  });

  it('shows which character needs percent-encoding, and how', () => {
    const message = messageOf(packWith((p) => (p.entries[0].videos[0].url = 'videos/réseau local.webm')));
    expect(message).toBe('contains "é" at position 9, which must be percent-encoded (a space is %20, "é" is %C3%A9)');
  });

  it('suggests the known field behind a typo', () => {
    const { problems } = validatePack(packWith((p) => (p.entries[0].definiton = 'x')));
    expect(problems[0]!.message).toBe('unknown field (did you mean "definition"?); fields of your own must start with "x-"');
  });

  it('names control characters by code point and position', () => {
    expect(messageOf(packWith((p) => (p.name = 'LSF\u0007')))).toBe('contains the control character U+0007 at position 4; packs hold plain text only');
    expect(messageOf(packWith((p) => (p.entries[0].forms = ['a\nb'])))).toContain('a line break: this field is one line');
  });

  it('says a future format version needs a newer Signet, and stops there', () => {
    const { problems } = validatePack({ format: 'signet-pack', formatVersion: 2, entries: 'whatever' });
    expect(problems).toEqual([
      {
        path: '$.formatVersion',
        message: 'is 2, but this version of Signet reads format version 1 only; update Signet',
        code: 'format_version.newer',
        params: { version: 2, supported: 1 },
      },
    ]);
  });

  it('points a repeated id to its first use', () => {
    expect(messageOf(packWith((p) => (p.entries[1].id = 'chapeau')))).toBe('repeats the id "chapeau" of $.entries[0]; ids must be unique within a pack');
  });

  it('tells what was found instead of the expected type', () => {
    expect(messageOf(packWith((p) => (p.entries[0].videos[0].width = '640')))).toBe('must be a whole number of pixels from 1 to 16384, but is text "640"');
    expect(messageOf([])).toContain('but this is an array');
  });

  it('ends a capped list with the number of problems left out', () => {
    const pack = packWith((p) => (p.entries = Array.from({ length: 250 }, (_, i) => ({ id: `e${i}`, forms: [''], videos: [] }))));
    const { problems } = validatePack(pack);
    expect(problems).toHaveLength(101);
    expect(problems.at(-1)).toEqual({ path: '$', message: '…and 400 more problems', code: 'more.other', params: { count: 400 } });
  });

  it('quotes long values shortened', () => {
    expect(messageOf(packWith((p) => (p.id = 'X'.repeat(64))))).toContain(`"${'X'.repeat(60)}…"`);
  });
});

describe('validatePack: the validated pack', () => {
  it('keeps the format fields and drops $schema and x- fields', () => {
    const pack = packWith((p) => {
      p.$schema = 'pack-v1.schema.json';
      p['x-tool'] = 'me';
      p.entries[0]['x-note'] = 1;
      p.entries[0].videos[0]['x-bytes'] = 2;
    });
    const validated = validatePack(pack).pack as PackV1;
    expect(validated).toEqual(packWith());
    expect(Object.keys(validated)).not.toContain('x-tool');
    expect(validated.entries[0]).not.toBe(pack.entries[0]);
  });

  it('treats a "__proto__" key in JSON as an unknown field, not as a prototype', () => {
    const pack = JSON.parse(JSON.stringify(packWith()).replace('"format"', '"__proto__":{"polluted":true},"format"'));
    expect(validatePack(pack).problems.map((problem) => problem.path)).toEqual(['$.__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('exports the download limit', () => {
    expect(MAX_PACK_BYTES).toBe(32 * 1024 * 1024);
  });
});
