/**
 * MP4 / QuickTime (ISO BMFF, ISO/IEC 14496-12): a tree of boxes (32-bit size, 4-letter type).
 * Duration comes from moov → mvhd (duration / timescale), or for fragmented files from
 * moov → mvex → mehd, or else from the fragments themselves (media-mp4-fragments.ts); the frame
 * size from the video track's moov → trak → tkhd (16.16 fixed point), the video track being the
 * one whose mdia → hdlr says "vide", and its codec from the first sample entry of
 * mdia → minf → stbl → stsd. A file whose moov box sits after the media ("mdat") has to be read
 * whole; web-ready files are "faststart".
 */
import { type Box, boxesIn, findBox, fits, fourCC, readUint64 } from './media-boxes';
import type { MediaInfoResult } from './media-info';
import { fragmentsDuration, type TrackClock } from './media-mp4-fragments';

const mediaFailure = (reason: string): MediaInfoResult => ({ info: null, reason });

interface Track extends TrackClock {
  width: number;
  height: number;
  handler?: string;
  /** The first sample entry's type ("avc1"). */
  sampleEntry?: string;
}

/**
 * Sample entry types and the names ffprobe gives their codecs (the names a pack author sees
 * from ffmpeg's tools). Another entry is reported by its own four letters.
 */
const CODECS: Record<string, string> = {
  avc1: 'h264',
  avc3: 'h264',
  hvc1: 'hevc',
  hev1: 'hevc',
  vp08: 'vp8',
  vp09: 'vp9',
  av01: 'av1',
  mp4v: 'mpeg4',
};

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
  const tracks = inMoov.filter((box) => box.type === 'trak').map((trak) => readTrack(view, trak));
  const video = tracks.find((track) => track.handler === 'vide') ?? tracks.find((track) => track.handler === undefined && track.width > 0);
  if (!video || !(video.width > 0 && video.height > 0)) return mediaFailure('no video track with a width and height');

  let ticks = header.duration;
  if (!(ticks > 0)) ticks = readFragmentDuration(view, inMoov) ?? 0;
  let duration = header.timescale > 0 && ticks > 0 ? ticks / header.timescale : 0;
  if (!(duration > 0)) {
    // A fragmented file written as it was recorded (ffmpeg's "empty_moov", the live and
    // dash muxers) leaves the total out of moov: its duration is in its fragments.
    const fragments = fragmentsDuration(view, top, findBox(view, moov, ['mvex']), tracks);
    if ('reason' in fragments) return mediaFailure(fragments.reason);
    duration = fragments.duration;
  }
  const type = majorBrand === 'qt  ' ? 'video/quicktime' : 'video/mp4';
  const codec = video.sampleEntry && (CODECS[video.sampleEntry] ?? video.sampleEntry.trim());
  return { info: { width: Math.round(video.width), height: Math.round(video.height), duration, type, ...(codec ? { codec } : {}) } };
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
  const track: Track = { id: 0, width: 0, height: 0, timescale: 0 };
  const tkhd = findBox(view, trak, ['tkhd']);
  if (tkhd) {
    const version1 = view.getUint8(tkhd.dataStart) === 1;
    // After version/flags: creation and modification times (64-bit in version 1), track id.
    const idAt = tkhd.dataStart + (version1 ? 20 : 12);
    if (fits(view, tkhd, idAt, 4)) track.id = view.getUint32(idAt);
    // Then reserved, duration (wider in version 1), 16 bytes (reserved, layer, group, volume),
    // the 36-byte matrix, and width, height.
    const sizeAt = tkhd.dataStart + (version1 ? 88 : 76);
    if (fits(view, tkhd, sizeAt, 8)) {
      track.width = view.getUint32(sizeAt) / 65536;
      track.height = view.getUint32(sizeAt + 4) / 65536;
    }
  }
  const mdia = findBox(view, trak, ['mdia']);
  const hdlr = findBox(view, mdia, ['hdlr']);
  // hdlr: version/flags (4), pre_defined (4), handler_type (4).
  if (hdlr && fits(view, hdlr, hdlr.dataStart + 8, 4)) track.handler = fourCC(view, hdlr.dataStart + 8);
  const mdhd = findBox(view, mdia, ['mdhd']);
  if (mdhd) {
    // mdhd: version/flags, creation and modification times (64-bit in version 1), timescale.
    const at = mdhd.dataStart + (view.getUint8(mdhd.dataStart) === 1 ? 20 : 12);
    if (fits(view, mdhd, at, 4)) track.timescale = view.getUint32(at);
  }
  const stsd = findBox(view, mdia, ['minf', 'stbl', 'stsd']);
  // stsd: version/flags (4), entry count (4), then the sample entries, each a box.
  if (stsd && fits(view, stsd, stsd.dataStart + 8, 8)) track.sampleEntry = fourCC(view, stsd.dataStart + 12);
  return track;
}
