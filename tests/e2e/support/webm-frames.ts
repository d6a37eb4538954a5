/**
 * The frame times of a WebM file, read from its clusters (Cluster Timecode + each SimpleBlock's
 * relative timecode), in seconds: what "one frame" is for this file. The fake camera promises
 * 20 frames a second, but a loaded machine delivers them unevenly, so a test comparing lengths
 * "within one frame" takes the file's own longest gap between frames.
 */
const SEGMENT = 0x18538067;
const CLUSTER = 0x1f43b675;
const TIMECODE = 0xe7;
const SIMPLE_BLOCK = 0xa3;
const BLOCK_GROUP = 0xa0;
const BLOCK = 0xa1;
const INFO = 0x1549a966;
const TIMECODE_SCALE = 0x2ad7b1;

function vint(bytes: Uint8Array, at: number): { length: number; value: number; raw: number; unknown: boolean } {
  const first = bytes[at]!;
  const length = Math.clz32(first) - 23;
  const mask = 0xff >> length;
  let value = first & mask;
  let raw = first;
  let unknown = value === mask;
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[at + i]!;
    raw = raw * 256 + bytes[at + i]!;
    if (bytes[at + i] !== 0xff) unknown = false;
  }
  return { length, value, raw, unknown };
}

export function webmFrameTimes(bytes: Uint8Array): number[] {
  const times: number[] = [];
  let scale = 1_000_000;
  const walk = (start: number, end: number, clusterTime: number) => {
    for (let at = start; at < end && at < bytes.length; ) {
      const id = vint(bytes, at);
      const size = vint(bytes, at + id.length);
      const dataStart = at + id.length + size.length;
      const dataEnd = size.unknown ? end : dataStart + size.value;
      if (id.raw === SEGMENT || id.raw === INFO || id.raw === BLOCK_GROUP) walk(dataStart, dataEnd, clusterTime);
      else if (id.raw === CLUSTER) walk(dataStart, dataEnd, 0);
      else if (id.raw === TIMECODE_SCALE) scale = readUint(bytes, dataStart, dataEnd);
      else if (id.raw === TIMECODE) clusterTime = readUint(bytes, dataStart, dataEnd);
      else if (id.raw === SIMPLE_BLOCK || id.raw === BLOCK) {
        const track = vint(bytes, dataStart);
        const relative = new DataView(bytes.buffer, bytes.byteOffset + dataStart + track.length, 2).getInt16(0);
        times.push(((clusterTime + relative) * scale) / 1e9);
      }
      at = dataEnd;
    }
  };
  walk(0, bytes.length, 0);
  return times.sort((a, b) => a - b);
}

function readUint(bytes: Uint8Array, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 256 + bytes[i]!;
  return value;
}

/** The longest gap between two frames: one frame, at worst, for this file. */
export function longestFrame(bytes: Uint8Array): number {
  const times = webmFrameTimes(bytes);
  let longest = 0;
  for (let i = 1; i < times.length; i++) longest = Math.max(longest, times[i]! - times[i - 1]!);
  return longest;
}
