/**
 * A deterministic zip writer: the same files give the same bytes on every run and machine.
 *
 * Stores entries sorted by name, each with one fixed timestamp (1980-01-01 00:00, the earliest
 * a DOS date can say), no extra fields, no file modes from the disk, and deflates with one fixed
 * level — so a store reviewer (addons.mozilla.org asks for the sources of what it signs) can
 * rebuild and compare checksums. No ZIP64: a package over 4 GB or 65 535 files is refused.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the zip, with "/" separators. */
  name: string;
  data: Buffer;
}

const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
const STORED = 0;
const DEFLATED = 8;
/** Bit 11: names are UTF-8. */
const UTF8_FLAG = 0x0800;

/** A local or central header: signature, then from `at` version 2.0, UTF-8 names, method, the fixed time, CRC, sizes, name length. */
function header(signature: number, length: number, at: number, f: { method: number; crc: number; stored: number; size: number; nameLength: number }): Buffer {
  const out = Buffer.alloc(length);
  out.writeUInt32LE(signature, 0);
  out.writeUInt16LE(20, at);
  out.writeUInt16LE(UTF8_FLAG, at + 2);
  out.writeUInt16LE(f.method, at + 4);
  out.writeUInt16LE(DOS_TIME, at + 6);
  out.writeUInt16LE(DOS_DATE, at + 8);
  out.writeUInt32LE(f.crc, at + 10);
  out.writeUInt32LE(f.stored, at + 14);
  out.writeUInt32LE(f.size, at + 18);
  out.writeUInt16LE(f.nameLength, at + 22);
  return out;
}

export function zip(entries: ZipEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (sorted.length > 0xffff) throw new Error(`zip: ${sorted.length} files, more than a zip without ZIP64 holds`);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < sorted.length; i++) {
    const { name, data } = sorted[i]!;
    if (i > 0 && sorted[i - 1]!.name === name) throw new Error(`zip: ${name} twice`);
    if (name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) throw new Error(`zip: bad entry name ${name}`);
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    // Small or incompressible files (PNG icons, videos) are stored as they are.
    const method = deflated.length < data.length ? DEFLATED : STORED;
    const body = method === DEFLATED ? deflated : data;
    const crc = crc32(data);
    if (offset + body.length > 0xffffffff) throw new Error('zip: over 4 GB');
    // The central record repeats the local header's fields two bytes further on (after "made by").
    const fields = { method, crc, stored: body.length, size: data.length, nameLength: nameBytes.length };
    const local = header(0x04034b50, 30, 4, fields);
    const central = header(0x02014b50, 46, 6, fields);
    central.writeUInt16LE(20, 4); // made by: MS-DOS, version 2.0 — no Unix modes carried
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
