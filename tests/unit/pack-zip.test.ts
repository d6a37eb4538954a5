/**
 * The pack command on a .zip, as Signet's studio exports one: validate it, rebuild from it, and
 * refuse archives that are no pack or that would write outside their folder.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackV1 } from '../../src/core/pack/types';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const elix = path.resolve(repoRoot, '../shared/data/lsf-elix');

function pack(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'scripts/pack.ts', ...args], { cwd: repoRoot }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('pack command on a zip', () => {
  let temp: string;
  let built: string;
  let zip: string;

  beforeAll(async () => {
    temp = mkdtempSync(path.join(os.tmpdir(), 'signet-pack-zip-'));
    built = path.join(temp, 'built');
    const run = await pack(
      'build',
      elix,
      '--out',
      built,
      '--id',
      'elix',
      '--name',
      'Elix',
      '--version',
      '1.0.0',
      '--sign-language',
      'fsl',
      '--spoken-language',
      'fr',
      '--licence',
      'CC-BY-SA-4.0',
      '--attribution',
      'Elix',
    );
    expect(run.code).toBe(0);
    const files: Record<string, Uint8Array> = { 'pack.json': readFileSync(path.join(built, 'pack.json')) };
    for (const name of readdirSync(path.join(built, 'videos')).slice(0, 5)) files[`videos/${name}`] = readFileSync(path.join(built, 'videos', name));
    const packJson = JSON.parse(readFileSync(path.join(built, 'pack.json'), 'utf8')) as PackV1;
    const kept = new Set(Object.keys(files).map((name) => encodeURI(name)));
    packJson.entries = packJson.entries.filter((entry) => kept.has(entry.videos[0]!.url) || kept.has(decodeURIComponent(entry.videos[0]!.url)));
    files['pack.json'] = new TextEncoder().encode(JSON.stringify(packJson));
    zip = path.join(temp, 'elix.zip');
    writeFileSync(zip, zipSync(files));
  }, 60_000);
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('validates a pack zip', async () => {
    const run = await pack('validate', zip);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/5 entries/);
  }, 30_000);

  it('rebuilds a pack from its zip: same entries, same video bytes', async () => {
    const out = path.join(temp, 'rebuilt');
    const run = await pack('build', zip, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rebuilt = JSON.parse(readFileSync(path.join(out, 'pack.json'), 'utf8')) as PackV1;
    const original = JSON.parse(readFileSync(path.join(built, 'pack.json'), 'utf8')) as PackV1;
    expect(rebuilt).toMatchObject({ id: 'elix', name: 'Elix', signLanguage: 'fsl', licence: 'CC-BY-SA-4.0' });
    expect(rebuilt.entries).toHaveLength(5);
    for (const entry of rebuilt.entries) {
      const before = original.entries.find((e) => e.id === entry.id)!;
      expect(entry).toEqual(before);
      const file = decodeURIComponent(entry.videos[0]!.url);
      expect(sha(readFileSync(path.join(out, file)))).toBe(sha(readFileSync(path.join(built, file))));
    }
  }, 30_000);

  it('refuses a zip that is no pack, a file that is no zip, and names outside the folder', async () => {
    const notPack = path.join(temp, 'photos.zip');
    writeFileSync(notPack, zipSync({ 'photo.jpg': new Uint8Array([1, 2, 3]) }));
    let run = await pack('validate', notPack);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not a Signet pack/);
    const notZip = path.join(temp, 'fake.zip');
    writeFileSync(notZip, 'hello');
    run = await pack('validate', notZip);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not a zip file/);
    const evil = path.join(temp, 'evil.zip');
    writeFileSync(evil, zipSync({ 'pack.json': new Uint8Array([123, 125]), '../escape.txt': new Uint8Array([1]) }));
    run = await pack('validate', evil);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/outside its folder/);
  }, 30_000);
});
