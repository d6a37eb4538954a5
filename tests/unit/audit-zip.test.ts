import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipTo } from '../../scripts/audit/zip';

const dir = mkdtempSync(join(tmpdir(), 'signet-zip-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Stored and deflated entries, as zip tools write them (fflate's writer; `level: 0` stores). */
function zipOf(files: Array<{ name: string; text: string; deflate?: boolean }>): Uint8Array {
  return zipSync(Object.fromEntries(files.map((file) => [file.name, [strToU8(file.text), { level: file.deflate ? 6 : 0 }]])));
}

describe('unzipTo', () => {
  it('unpacks stored and deflated files into their folders', () => {
    const file = join(dir, 'pack.zip');
    writeFileSync(
      file,
      zipOf([
        { name: 'pack/pack.json', text: '{"a":1}', deflate: true },
        { name: 'pack/videos/x.webm', text: 'webm bytes' },
      ]),
    );
    const out = mkdtempSync(join(dir, 'out-'));
    unzipTo(file, out);
    expect(readFileSync(join(out, 'pack/pack.json'), 'utf8')).toBe('{"a":1}');
    expect(readFileSync(join(out, 'pack/videos/x.webm'), 'utf8')).toBe('webm bytes');
  });

  it('refuses a name that would land outside the folder, and what is no zip', () => {
    const evil = join(dir, 'evil.zip');
    writeFileSync(evil, zipOf([{ name: '../escaped.txt', text: 'no' }]));
    const out = mkdtempSync(join(dir, 'out-'));
    expect(() => unzipTo(evil, out)).toThrow(/outside its folder/);
    expect(existsSync(join(dir, 'escaped.txt'))).toBe(false);
    writeFileSync(join(dir, 'text.zip'), 'just text');
    expect(() => unzipTo(join(dir, 'text.zip'), out)).toThrow(/not a zip file/);
  });
});
