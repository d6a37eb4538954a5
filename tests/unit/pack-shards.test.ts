/**
 * Sharded packs on the publisher's side: cutting by key prefix (stable when one word changes),
 * `pack build --shard-size`, and `pack validate` reading every shard.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutIntoShards, shardKey } from '../../scripts/pack/shards';
import type { PackEntry, ShardedPackV1 } from '../../src/core/pack/types';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const elix = path.resolve(repoRoot, '../shared/data/lsf-elix');

function run(script: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', script, ...args], { cwd: repoRoot }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

const word = (form: string, id = form): PackEntry => ({ id, forms: [form], videos: [{ url: 'v.webm', type: 'video/webm', width: 1, height: 1, duration: 1 }] });

describe('cutting into shards', () => {
  it('folds accents, case and ligatures in the key', () => {
    expect(shardKey(word('Œuvre d’art', 'x'))).toBe('oeuvredart');
    expect(shardKey(word('手話', 'x'))).toBe('_');
  });

  it('cuts by first letters, merging small neighbours, never above the size', () => {
    const words = ['arbre', 'avion', 'abeille', 'bateau', 'bois', 'chat', 'chien', 'cheval', 'chou', 'chose', 'cire', 'zèbre'];
    const shards = cutIntoShards(
      words.map((w) => word(w)),
      4,
    );
    expect(shards.map((s) => [s.name, s.entries.map((e) => e.forms[0])])).toEqual([
      ['a', ['abeille', 'arbre', 'avion']],
      ['b', ['bateau', 'bois']],
      ['cha-chi', ['chat', 'cheval', 'chien']],
      ['cho-ci', ['chose', 'chou', 'cire']],
      ['z', ['zèbre']],
    ]);
  });

  it('changes only shards near a word added, not the rest of the alphabet', () => {
    const words = Array.from({ length: 500 }, (_, i) => word(`mot${String(i).padStart(3, '0')}x`));
    const before = cutIntoShards([...words, word('arbre'), word('zoo')], 50);
    const after = cutIntoShards([...words, word('arbre'), word('zoo'), word('mot250y')], 50);
    const names = (shards: typeof before) => shards.map((s) => `${s.name}:${s.entries.map((e) => e.id).join(',')}`);
    const changed = names(after).filter((n) => !names(before).includes(n));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((n) => n.startsWith('mot2'))).toBe(true);
  });
});

describe('pack build --shard-size, then pack validate', () => {
  let out: string;
  let pack: ShardedPackV1;
  beforeAll(async () => {
    out = mkdtempSync(path.join(os.tmpdir(), 'signet-sharded-'));
    const built = await run('scripts/pack.ts', 'build', elix, '--out', out, '--shard-size', '30', '--licence', 'CC-BY-SA-4.0', '--attribution', 'Elix');
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toMatch(/100 entries in \d+ shards/);
    pack = JSON.parse(readFileSync(path.join(out, 'pack.json'), 'utf8'));
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('lists shards of at most 30 entries with their hashes, 100 in all', () => {
    expect(pack.shards.length).toBeGreaterThanOrEqual(4);
    expect(pack.shards.every((s) => s.entries <= 30 && /^[0-9a-f]{64}$/.test(s.sha256!))).toBe(true);
    expect(pack.shards.reduce((sum, s) => sum + s.entries, 0)).toBe(100);
    expect('entries' in pack).toBe(false);
  });

  it('passes its own validate command, which reads every shard', async () => {
    const result = await run('scripts/pack.ts', 'validate', out);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/100 entries in \d+ shards, 100 videos/);
  }, 30_000);

  it('reports a shard edited after the build', async () => {
    const file = path.join(out, decodeURIComponent(pack.shards[0]!.url));
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"duration":', '"duration": '));
    try {
      const result = await run('scripts/pack.ts', 'validate', out);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`${pack.shards[0]!.url} $: its SHA-256 is not the one pack.json gives`);
    } finally {
      writeFileSync(file, text);
    }
  }, 30_000);
});

describe('make-large-pack', () => {
  it('writes N entries with real words, the Elix words among them, deterministically', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'signet-large-'));
    try {
      const first = await run('scripts/make-large-pack.ts', '--entries', '1500', '--out', out, '--shard-size', '400');
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/entries\s+1500/);
      const pack: ShardedPackV1 = JSON.parse(readFileSync(path.join(out, 'pack.json'), 'utf8'));
      const entries: PackEntry[] = pack.shards.flatMap((s) => JSON.parse(readFileSync(path.join(out, s.url), 'utf8')).entries);
      expect(entries).toHaveLength(1500);
      const forms = new Set(entries.map((e) => e.forms[0]));
      expect(forms.size).toBe(1500);
      for (const w of ['chapeau', 'réseau local', 'bonjour']) expect(forms.has(w)).toBe(true);
      expect(entries.every((e) => /^videos\/[^/]+\.webm$/.test(e.videos[0]!.url) && e.videos[0]!.width === 640)).toBe(true);
      const again = await run('scripts/make-large-pack.ts', '--entries', '1500', '--out', out, '--shard-size', '400');
      expect(again.code).toBe(0);
      expect(readFileSync(path.join(out, 'pack.json'), 'utf8')).toBe(JSON.stringify(pack, null, 2) + '\n');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
