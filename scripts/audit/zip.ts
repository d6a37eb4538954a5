/**
 * `--pack pack.zip`: a pack folder zipped, unpacked into a temporary folder before it is served.
 * Reads the zip's central directory (stored and deflated files; no ZIP64, no encryption), and
 * refuses names that would land outside the folder ("../", absolute paths).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { CommandError } from '../pack/errors';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function unzipTo(file: string, folder: string): void {
  const zip = readFileSync(file);
  const fail = (why: string): never => {
    throw new CommandError([`--pack ${file}: ${why}`]);
  };
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) fail('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) fail('damaged zip (central directory)');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at = next;
    if (name.endsWith('/')) continue;
    if (flags & 1) fail(`${name}: encrypted`);
    if (size === 0xffffffff) fail(`${name}: ZIP64 is not read`);
    const target = normalize(join(folder, name));
    if (!target.startsWith(folder + sep) || name.startsWith('/')) fail(`${name}: a name outside the pack's folder`);
    if (zip.readUInt32LE(local) !== LOCAL) fail(`${name}: damaged zip (local header)`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    let bytes: Buffer;
    if (method === 0) bytes = data;
    else if (method === 8) bytes = inflateRawSync(data);
    else bytes = fail(`${name}: compression method ${method} is not read`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}
