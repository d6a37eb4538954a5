/**
 * MP4 / QuickTime (ISO BMFF, ISO/IEC 14496-12): a tree of boxes (32-bit size, 4-letter type).
 * Duration comes from moov → mvhd (duration / timescale), or for fragmented files from
 * moov → mvex → mehd; the frame size from the video track's moov → trak → tkhd (16.16 fixed
 * point), the video track being the one whose mdia → hdlr says "vide". A file whose moov box
 * sits after the media ("mdat") has to be read whole; web-ready files are "faststart".
 */
import type { MediaInfoResult } from './media-info';

const mediaFailure = (reason: string): MediaInfoResult => ({ info: null, reason });

interface Box {
  type: string;
  dataStart: number;
  /** Past the box; beyond the buffer when the bytes read stop inside it. */
  end: number;
}

interface Track {
  width: number;
  height: number;
  handler?: string;
}

export function readMp4Info(bytes: Uint8Array): MediaInfoResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const top = boxesIn(view, 0, bytes.length);
  const ftyp = top.find((box) => box.type === 'ftyp');
  const majorBrand = ftyp && ftyp.dataStart + 4 <= bytes.length ? fourCC(view, ftyp.dataStart) : 'isom';
  const moov = top.find((box) => box.type === 'moov');
  if (!moov) {
    return mediaFailure('no moov box in the bytes read (if it is at the end of the file, remux with "faststart")');
  }
  if (moov.end > bytes.length) return mediaFailure('the moov box is cut off: read more bytes');

  const inMoov = boxesIn(view, moov.dataStart, moov.end);
  const mvhd = inMoov.find((box) => box.type === 'mvhd');
  if (!mvhd) return mediaFailure('no mvhd box (movie header) in moov');
  const header = readMovieHeader(view, mvhd);
  let ticks = header.duration;
  if (!(ticks > 0)) ticks = readFragmentDuration(view, inMoov) ?? 0;
  if (!(header.timescale > 0) || !(ticks > 0)) return mediaFailure('the movie header gives no duration');

  const tracks = inMoov.filter((box) => box.type === 'trak').map((trak) => readTrack(view, trak));
  const video = tracks.find((track) => track.handler === 'vide') ?? tracks.find((track) => track.handler === undefined && track.width > 0);
  if (!video || !(video.width > 0 && video.height > 0)) return mediaFailure('no video track with a width and height');
  const type = majorBrand === 'qt  ' ? 'video/quicktime' : 'video/mp4';
  return { info: { width: Math.round(video.width), height: Math.round(video.height), duration: ticks / header.timescale, type } };
}

/** The boxes between start and end; the last may run past the buffer (see Box.end). */
function boxesIn(view: DataView, start: number, end: number): Box[] {
  const boxes: Box[] = [];
  const limit = Math.min(end, view.byteLength);
  for (let position = start; position + 8 <= limit; ) {
    let size = view.getUint32(position);
    const type = fourCC(view, position + 4);
    let headerSize = 8;
    if (size === 1) {
      // 64-bit "largesize" follows the type.
      if (position + 16 > limit) break;
      size = readUint64(view, position + 8);
      headerSize = 16;
    } else if (size === 0) {
      size = end - position; // runs to the end of its container
    }
    if (size < headerSize) break;
    boxes.push({ type, dataStart: position + headerSize, end: position + size });
    position += size;
  }
  return boxes;
}

function readMovieHeader(view: DataView, mvhd: Box): { timescale: number; duration: number } {
  const at = mvhd.dataStart;
  // version 1: 64-bit creation/modification times and duration; version 0: 32-bit.
  if (view.getUint8(at) === 1) {
    const duration = readUint64(view, at + 24);
    return { timescale: view.getUint32(at + 20), duration: duration === 2 ** 64 - 1 ? 0 : duration };
  }
  const duration = view.getUint32(at + 16);
  return { timescale: view.getUint32(at + 12), duration: duration === 0xffffffff ? 0 : duration };
}

/** Fragmented MP4 leaves mvhd's duration at 0 and may state the total in mvex → mehd. */
function readFragmentDuration(view: DataView, inMoov: Box[]): number | undefined {
  const mvex = inMoov.find((box) => box.type === 'mvex');
  const mehd = mvex && boxesIn(view, mvex.dataStart, mvex.end).find((box) => box.type === 'mehd');
  if (!mehd) return undefined;
  return view.getUint8(mehd.dataStart) === 1 ? readUint64(view, mehd.dataStart + 4) : view.getUint32(mehd.dataStart + 4);
}

function readTrack(view: DataView, trak: Box): Track {
  const inTrak = boxesIn(view, trak.dataStart, trak.end);
  const track: Track = { width: 0, height: 0 };
  const tkhd = inTrak.find((box) => box.type === 'tkhd');
  if (tkhd) {
    // After version/flags: times, track id, reserved, duration (wider in version 1), then
    // 16 bytes (reserved, layer, group, volume), the 36-byte matrix, and width, height.
    const sizeAt = tkhd.dataStart + (view.getUint8(tkhd.dataStart) === 1 ? 88 : 76);
    if (sizeAt + 8 <= tkhd.end) {
      track.width = view.getUint32(sizeAt) / 65536;
      track.height = view.getUint32(sizeAt + 4) / 65536;
    }
  }
  const mdia = inTrak.find((box) => box.type === 'mdia');
  const hdlr = mdia && boxesIn(view, mdia.dataStart, mdia.end).find((box) => box.type === 'hdlr');
  // hdlr: version/flags (4), pre_defined (4), handler_type (4).
  if (hdlr && hdlr.dataStart + 12 <= hdlr.end) track.handler = fourCC(view, hdlr.dataStart + 8);
  return track;
}

function readUint64(view: DataView, at: number): number {
  return view.getUint32(at) * 2 ** 32 + view.getUint32(at + 4);
}

function fourCC(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}
