import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMediaInfo } from '../../src/core/pack/media-info';

// Shared test data lives beside the repository, never inside it.
const repoRoot = path.resolve(import.meta.dirname, '../..');
const elix = path.resolve(repoRoot, '../shared/data/lsf-elix');
const durations = new Map(
  readFileSync(path.join(elix, 'index.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map(([, file, , , duration]) => [file!, Number(duration)]),
);

describe('readMediaInfo on real WebM files (Elix, LSF)', () => {
  it.each(['videos/chapeau.webm', 'videos/réseau local.webm', 'videos/bonjour.webm', 'videos/âme.webm', 'videos/de.webm'])('%s: 640×480, duration as in index.tsv', (file) => {
    const result = readMediaInfo(readFileSync(path.join(elix, file)));
    expect(result.info).toMatchObject({ width: 640, height: 480, type: 'video/webm' });
    expect(Math.abs(result.info!.duration - durations.get(file)!)).toBeLessThan(0.05);
  });

  it('needs only the first bytes of the file', () => {
    const head = readFileSync(path.join(elix, 'videos/chapeau.webm')).subarray(0, 4096);
    expect(readMediaInfo(head).info).toEqual({ width: 640, height: 480, duration: 3.8, type: 'video/webm', codec: 'vp9' });
  });

  it('says why when the head is cut too short', () => {
    const result = readMediaInfo(readFileSync(path.join(elix, 'videos/chapeau.webm')).subarray(0, 120));
    expect(result.info).toBeNull();
    expect(result).toHaveProperty('reason');
  });
});

// --- Building ISO BMFF files byte by byte -------------------------------------------------

const bytes = (...values: number[]) => Uint8Array.from(values);
const u16 = (n: number) => bytes(n >>> 8, n & 0xff);
const u32 = (n: number) => bytes(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
const u64 = (n: number) => concat(u32(Math.floor(n / 2 ** 32)), u32(n % 2 ** 32));
const zeros = (count: number) => new Uint8Array(count);
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function box(type: string, ...payload: Uint8Array[]): Uint8Array {
  const body = concat(...payload);
  return concat(u32(8 + body.length), ascii(type), body);
}

/** version (1 byte) and flags (3 bytes) start every "full box". */
const fullBox = (type: string, version: number, ...payload: Uint8Array[]) => box(type, bytes(version, 0, 0, 0), ...payload);
const MATRIX = concat(u32(0x10000), zeros(12), u32(0x10000), zeros(12), u32(0x40000000));

function mvhd(version: 0 | 1, timescale: number, duration: number): Uint8Array {
  const times = version === 1 ? concat(zeros(16), u32(timescale), u64(duration)) : concat(zeros(8), u32(timescale), u32(duration));
  return fullBox('mvhd', version, times, u32(0x10000), u16(0x100), zeros(10), MATRIX, zeros(24), u32(3));
}

function tkhd(version: 0 | 1, width: number, height: number): Uint8Array {
  const head = version === 1 ? concat(zeros(16), u32(1), zeros(4), u64(0)) : concat(zeros(8), u32(1), zeros(4), u32(0));
  return fullBox('tkhd', version, head, zeros(8), u16(0), u16(0), u16(0), zeros(2), MATRIX, u32(width * 65536), u32(height * 65536));
}

const hdlr = (handler: string) => fullBox('hdlr', 0, zeros(4), ascii(handler), zeros(12), bytes(0));
const trak = (version: 0 | 1, handler: string, width: number, height: number) => box('trak', tkhd(version, width, height), box('mdia', hdlr(handler)));
const ftyp = (brand = 'isom') => box('ftyp', ascii(brand), u32(0x200), ascii('isomiso2mp41'));

describe('readMediaInfo on MP4 built in the test', () => {
  it('reads version-0 headers, picking the video track after an audio one', () => {
    const file = concat(ftyp(), box('moov', mvhd(0, 1000, 3800), trak(0, 'soun', 0, 0), trak(0, 'vide', 640, 480)), box('mdat', zeros(64)));
    expect(readMediaInfo(file)).toEqual({ info: { width: 640, height: 480, duration: 3.8, type: 'video/mp4' } });
  });

  it('reads version-1 (64-bit) headers', () => {
    const file = concat(ftyp(), box('moov', mvhd(1, 90000, 90000 * 4.24), trak(1, 'vide', 1920, 1080)));
    expect(readMediaInfo(file).info).toEqual({ width: 1920, height: 1080, duration: 4.24, type: 'video/mp4' });
  });

  it('finds moov after mdat when the whole file is given, and names QuickTime', () => {
    const file = concat(ftyp('qt  '), box('mdat', zeros(500)), box('moov', mvhd(0, 600, 1500), trak(0, 'vide', 480, 360)));
    expect(readMediaInfo(file).info).toEqual({ width: 480, height: 360, duration: 2.5, type: 'video/quicktime' });
  });

  it('takes the duration of a fragmented MP4 from mehd', () => {
    const mvex = box('mvex', fullBox('mehd', 0, u32(2560)));
    const file = concat(ftyp('iso6'), box('moov', mvhd(0, 1000, 0), trak(0, 'vide', 640, 480), mvex));
    expect(readMediaInfo(file).info?.duration).toBe(2.56);
  });

  it('adds up the fragments of a file whose moov states no duration, with the defaults of trex', () => {
    // trex: track 1, sample description 1, 1000 ticks a sample; each traf: tfhd (track 1, no
    // optional field) and a trun of 24 samples with no per-sample field, so trex's duration.
    const mvex = box('mvex', fullBox('trex', 0, u32(1), u32(1), u32(1000), u32(0), u32(0)));
    const mdhd = fullBox('mdhd', 0, zeros(8), u32(24000), u32(0), zeros(4));
    const track = box('trak', tkhd(0, 640, 480), box('mdia', mdhd, hdlr('vide')));
    const moof = (sequence: number) => box('moof', fullBox('mfhd', 0, u32(sequence)), box('traf', fullBox('tfhd', 0, u32(1)), fullBox('trun', 0, u32(24))));
    const file = concat(ftyp('iso6'), box('moov', mvhd(0, 1000, 0), track, mvex), moof(1), box('mdat', zeros(16)), moof(2), box('mdat', zeros(16)));
    expect(readMediaInfo(file).info).toEqual({ width: 640, height: 480, duration: 2, type: 'video/mp4' });
    const cut = readMediaInfo(file.subarray(0, file.length - 4));
    expect(cut).toEqual({ info: null, reason: expect.stringContaining('read the whole file') });
  });

  it.each([
    ['a moov after the bytes read', concat(ftyp(), box('mdat', zeros(32))), 'no moov box'],
    ['a cut-off moov', concat(ftyp(), box('moov', mvhd(0, 1000, 3800), trak(0, 'vide', 640, 480))).subarray(0, 60), 'cut off'],
    ['no video track', concat(ftyp(), box('moov', mvhd(0, 1000, 3800), trak(0, 'soun', 0, 0))), 'no video track'],
    ['no duration', concat(ftyp(), box('moov', mvhd(0, 1000, 0), trak(0, 'vide', 640, 480))), 'no duration'],
    ['a PNG', concat(bytes(0x89), ascii('PNG\r\n\x1a\n'), zeros(16)), 'not a WebM, Matroska or MP4 file (it starts with 89 50 4e 47'],
    ['nothing', new Uint8Array(0), 'it starts with nothing'],
    ['an EBML file that is not Matroska', concat(bytes(0x1a, 0x45, 0xdf, 0xa3, 0x87, 0x42, 0x82, 0x84), ascii('test')), '"test"'],
  ])('returns null with a reason for %s', (_name, file, reason) => {
    const result = readMediaInfo(file);
    expect(result.info).toBeNull();
    expect(result).toHaveProperty('reason', expect.stringContaining(reason));
  });

  it('does not throw on a box whose size points past the data', () => {
    const lying = concat(ftyp(), box('moov', concat(u32(4000), ascii('mvhd'), zeros(8))));
    expect(readMediaInfo(lying).info).toBeNull();
  });
});
