import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipTo } from '../../scripts/audit/zip';

const dir = mkdtempSync(join(tmpdir(), 'signet-zip-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A zip as the format's specification lays it out (CRCs left 0: the reader does not check them, as unzip -t would). */
function zipOf(files: Array<{ name: string; text: string; deflate?: boolean }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const raw = Buffer.from(file.text);
    const data = file.deflate ? deflateRawSync(raw) : raw;
    const name = Buffer.from(file.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(file.deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(file.deflate ? 8 : 0, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

describe('unzipTo', () => {
  it('unpacks stored and deflated files into their folders', () => {
    const file = join(dir, 'pack.zip');
    writeFileSync(file, zipOf([{ name: 'pack/pack.json', text: '{"a":1}', deflate: true }, { name: 'pack/videos/x.webm', text: 'webm bytes' }]));
    const out = mkdtempSync(join(dir, 'out-'));
    unzipTo(file, out);
    expect(readFileSync(join(out, 'pack/pack.json'), 'utf8')).toBe('{"a":1}');
    expect(readFileSync(join(out, 'pack/videos/x.webm'), 'utf8')).toBe('webm bytes');
  });

  it('refuses a name that would land outside the folder, and what is no zip', () => {
    const evil = join(dir, 'evil.zip');
    writeFileSync(evil, zipOf([{ name: '../escaped.txt', text: 'no' }]));
    const out = mkdtempSync(join(dir, 'out-'));
    expect(() => unzipTo(evil, out)).toThrow(/outside the pack's folder/);
    expect(existsSync(join(dir, 'escaped.txt'))).toBe(false);
    writeFileSync(join(dir, 'text.zip'), 'just text');
    expect(() => unzipTo(join(dir, 'text.zip'), out)).toThrow(/not a zip file/);
  });
});
