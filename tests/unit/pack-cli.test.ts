/**
 * The pack command end to end, as a publisher runs it: build the Elix sample into a temporary
 * folder, validate the result with the validate command, and watch broken input fail loudly.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import schema from '../../schema/pack-v1.schema.json';
import type { PackV1 } from '../../src/core/pack/types';

const repoRoot = path.resolve(import.meta.dirname, '../..');
// Shared test data lives beside the repository, never inside it.
const elix = path.resolve(repoRoot, '../shared/data/lsf-elix');
const brokenPack = path.join(repoRoot, 'tests/fixtures/packs/broken.json');
const ATTRIBUTION = 'Elix – Signes de sens (Wikimedia Commons, CC BY-SA)';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `tsx scripts/pack.ts …` without blocking this process, which may be serving HTTP to it. */
function pack(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'scripts/pack.ts', ...args], { cwd: repoRoot }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let temp: string;
beforeAll(() => {
  temp = mkdtempSync(path.join(os.tmpdir(), 'signet-pack-'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('pack build on the Elix sample, then pack validate', () => {
  let out: string;
  let built: Run;
  let json: PackV1;

  beforeAll(async () => {
    out = path.join(temp, 'lsf-elix');
    built = await pack('build', elix, '--out', out, '--licence', 'CC-BY-SA-4.0', '--attribution', ATTRIBUTION, '--name', 'LSF – Elix');
    json = JSON.parse(readFileSync(path.join(out, 'pack.json'), 'utf8'));
  }, 60_000);

  it('builds every row of index.tsv into an entry', () => {
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toMatch(/^built .*pack\.json: 100 entries, 100 videos \(\d+\.\d MB of video copied\)\n$/);
    expect(built.stderr).toContain('columns not used in the pack: commons_file, part_of_speech, duration_s, bytes');
    expect(json.entries).toHaveLength(100);
    expect(json).toMatchObject({ id: 'lsf-elix', name: 'LSF – Elix', signLanguage: 'fsl', spokenLanguage: 'fr', attribution: ATTRIBUTION });
  });

  it('measures each video from its bytes', () => {
    const chapeau = json.entries.find((entry) => entry.forms.includes('chapeau'))!;
    expect(chapeau.videos).toHaveLength(1);
    expect(chapeau.videos[0]).toMatchObject({ url: 'videos/chapeau.webm', type: 'video/webm', width: 640, height: 480 });
    expect(chapeau.videos[0]!.duration).toBeCloseTo(3.8, 1);
  });

  it('keeps "réseau local" and "réseau" apart, with percent-encoded URLs', () => {
    const byForm = (form: string) => json.entries.filter((entry) => entry.forms.includes(form));
    expect(byForm('réseau local')).toHaveLength(1);
    expect(byForm('réseau')).toHaveLength(1);
    expect(byForm('réseau local')[0]!.videos[0]!.url).toBe('videos/r%C3%A9seau%20local.webm');
    expect(byForm('dé')[0]).toMatchObject({ id: 'de', videos: [{ url: 'videos/de.webm' }] });
  });

  it('writes a pack.json that the JSON Schema accepts too', () => {
    const validateWithSchema = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validateWithSchema(json), JSON.stringify(validateWithSchema.errors)).toBe(true);
  });

  it('copies the videos under their relative paths', () => {
    expect(readFileSync(path.join(out, 'videos/réseau local.webm'))).toEqual(readFileSync(path.join(elix, 'videos/réseau local.webm')));
  });

  it('passes its own validate command', async () => {
    const run = await pack('validate', path.join(out, 'pack.json'));
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toBe('valid: "LSF – Elix" (lsf-elix 1.0.0, fsl for fr): 100 entries, 100 videos\n');
  }, 30_000);

  it('validates over http from 127.0.0.1 as well', async () => {
    const server = await serve(path.join(out, 'pack.json'));
    try {
      const run = await pack('validate', `http://127.0.0.1:${(server.address() as AddressInfo).port}/lsf/pack.json`);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain('100 entries, 100 videos');
    } finally {
      server.close();
    }
  }, 30_000);
});

describe('pack validate on a broken pack', () => {
  it('prints every problem with its JSON path and exits 1', async () => {
    const run = await pack('validate', brokenPack);
    expect(run.code).toBe(1);
    const paths = run.stdout
      .trim()
      .split('\n')
      .map((line) => line.slice(0, line.indexOf(': ')));
    expect(paths).toEqual([
      '$.id',
      '$.spokenLanguage',
      '$.licence',
      '$.entries[0].forms[0]',
      '$.entries[0].videos[0].url',
      '$.entries[1].videos[0].type',
      '$.entries[1].videos[0].width',
      '$.license',
      '$.entries[1].id',
      '$.entries[1].videos[0].url',
    ]);
    expect(run.stdout).toContain('$.license: unknown field (did you mean "licence"?)');
    expect(run.stdout).toContain('$.entries[1].videos[0].url: file not found: ');
  }, 30_000);

  it('reports JSON syntax errors at $ with a line and column', async () => {
    const file = path.join(temp, 'syntax.json');
    writeFileSync(file, '{\n  "format": "signet-pack",\n  oops\n}');
    const run = await pack('validate', file);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^\$: not valid JSON: .*\(line 3, column 3\)\n$/);
  }, 30_000);

  it('checks a pack from a URL without looking for files on this computer', async () => {
    const server = await serve(brokenPack);
    try {
      const run = await pack('validate', `http://127.0.0.1:${(server.address() as AddressInfo).port}/pack.json`);
      expect(run.code).toBe(1);
      // No file check over http: the video exists or not on the server, which the extension will see.
      expect(run.stdout).not.toContain('file not found');
    } finally {
      server.close();
    }
  }, 30_000);
});

describe('pack build without index.tsv, and failures', () => {
  it('takes words from file names and settings from pack.meta.json', async () => {
    const folder = path.join(temp, 'asl words');
    mkdirSync(path.join(folder, 'clips'), { recursive: true });
    copyFileSync(path.join(elix, 'videos/réseau local.webm'), path.join(folder, 'clips/réseau local.webm'));
    copyFileSync(path.join(elix, 'videos/chapeau.webm'), path.join(folder, 'chapeau.webm'));
    writeFileSync(path.join(folder, 'notes.txt'), 'not a video');
    writeFileSync(path.join(folder, 'pack.meta.json'), JSON.stringify({ licence: 'CC0-1.0', attribution: 'Test', version: '2024.05' }));
    const out = path.join(temp, 'asl-out');
    const run = await pack('build', folder, '--out', out, '--version', '2.0.0');
    expect(run.code, run.stderr).toBe(0);
    const json: PackV1 = JSON.parse(readFileSync(path.join(out, 'pack.json'), 'utf8'));
    expect(json).toMatchObject({ id: 'asl-words', name: 'asl words', version: '2.0.0', signLanguage: 'ase', spokenLanguage: 'en', licence: 'CC0-1.0' });
    expect(json.entries.map((entry) => [entry.id, entry.forms, entry.videos[0]!.url])).toEqual([
      ['chapeau', ['chapeau'], 'chapeau.webm'],
      ['reseau-local', ['réseau local'], 'clips/r%C3%A9seau%20local.webm'],
    ]);
  }, 30_000);

  it('groups rows by word, splits forms on "|", and keeps signer, region and definition', async () => {
    const folder = path.join(temp, 'variants');
    mkdirSync(folder);
    copyFileSync(path.join(elix, 'videos/chapeau.webm'), path.join(folder, 'a.webm'));
    copyFileSync(path.join(elix, 'videos/bonjour.webm'), path.join(folder, 'b.webm'));
    writeFileSync(
      path.join(folder, 'index.tsv'),
      'word\tfile\tsigner\tregion\tdefinition\tlicence\n' + 'chapeau|chapeaux\ta.webm\tMarie\tParis\tCoiffure\tCC-BY-4.0\n' + 'chapeau|chapeaux\tb.webm\tLéo\tToulouse\t\tCC-BY-4.0\n',
    );
    const out = path.join(temp, 'variants-out');
    const run = await pack('build', folder, '--out', out, '--attribution', 'Test', '--sign-language', 'fsl', '--spoken-language', 'fr');
    expect(run.code, run.stderr).toBe(0);
    const json: PackV1 = JSON.parse(readFileSync(path.join(out, 'pack.json'), 'utf8'));
    expect(json.licence).toBe('CC-BY-4.0');
    expect(json.entries).toHaveLength(1);
    expect(json.entries[0]).toMatchObject({
      id: 'chapeau',
      forms: ['chapeau', 'chapeaux'],
      definition: 'Coiffure',
      videos: [
        { url: 'a.webm', signer: 'Marie', region: 'Paris' },
        { url: 'b.webm', signer: 'Léo', region: 'Toulouse', duration: 2.56 },
      ],
    });
  }, 30_000);

  it('adds the signed definitions of the column definition_file, copied beside the signs', async () => {
    const folder = path.join(temp, 'definitions');
    mkdirSync(path.join(folder, 'def'), { recursive: true });
    copyFileSync(path.join(elix, 'videos/chapeau.webm'), path.join(folder, 'chapeau.webm'));
    copyFileSync(path.join(elix, 'videos/bonjour.webm'), path.join(folder, 'def/chapeau définition.webm'));
    writeFileSync(path.join(folder, 'index.tsv'), 'word\tfile\tdefinition\tdefinition_file\n' + 'chapeau\tchapeau.webm\tCoiffure\tdef/chapeau définition.webm\n' + 'bonjour\tchapeau.webm\t\t\n');
    const out = path.join(temp, 'definitions-out');
    const run = await pack('build', folder, '--out', out, '--licence', 'CC0-1.0', '--attribution', 'Test', '--sign-language', 'fsl', '--spoken-language', 'fr');
    expect(run.code, run.stderr).toBe(0);
    const json: PackV1 = JSON.parse(readFileSync(path.join(out, 'pack.json'), 'utf8'));
    expect(json.entries[0]).toMatchObject({
      forms: ['chapeau'],
      definition: 'Coiffure',
      definitionVideos: [{ url: 'def/chapeau%20d%C3%A9finition.webm', type: 'video/webm', duration: 2.56 }],
    });
    expect(json.entries[1]!.definitionVideos).toBeUndefined();
    expect(readFileSync(path.join(out, 'def/chapeau définition.webm')).length).toBeGreaterThan(1000);
    const validate = await pack('validate', path.join(out, 'pack.json'));
    expect(validate.code, validate.stderr).toBe(0);
  }, 30_000);

  it('lists every missing or unreadable file and exits 1 without writing pack.json', async () => {
    const folder = path.join(temp, 'broken-source');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'fake.webm'), 'not a video at all');
    writeFileSync(path.join(folder, 'index.tsv'), 'word\tfile\nchapeau\tmissing.webm\nfaux\tfake.webm\n');
    const out = path.join(temp, 'broken-out');
    const run = await pack('build', folder, '--out', out, '--licence', 'CC0-1.0', '--attribution', 'Test', '--sign-language', 'fsl', '--spoken-language', 'fr');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('index.tsv line 2: missing.webm: file not found');
    expect(run.stderr).toContain('index.tsv line 3: fake.webm: cannot read its size and duration: not a WebM, Matroska or MP4 file');
    expect(() => readFileSync(path.join(out, 'pack.json'))).toThrow();
  }, 30_000);

  it('asks for what has no default', async () => {
    const run = await pack('build', elix, '--out', path.join(temp, 'no-licence'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing licence: pass --licence "…" or set "licence" in pack.meta.json');
    expect(run.stderr).toContain('missing attribution');
  }, 30_000);

  it('exits 2 on wrong usage', async () => {
    const run = await pack('build', elix);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('build needs --out <dir>');
  }, 30_000);
});

/** Serves one file at every path from 127.0.0.1 on a free port. */
function serve(file: string): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
