/**
 * WebM/Matroska: EBML elements (variable-length id, variable-length size, data). The path to the
 * metadata is Segment → Info → {TimecodeScale, Duration} and Segment → Tracks → TrackEntry →
 * {CodecID, Video → {PixelWidth, PixelHeight}}; muxers (ffmpeg, browsers' MediaRecorder after remuxing)
 * write both before the first Cluster. Element ids from the Matroska specification (RFC 9559).
 */
import type { MediaInfoResult } from './media-info';

const mediaFailure = (reason: string): MediaInfoResult => ({ info: null, reason });

const ID = {
  ebml: 0x1a45dfa3,
  docType: 0x4282,
  segment: 0x18538067,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  tracks: 0x1654ae6b,
  trackEntry: 0xae,
  trackType: 0x83,
  codecId: 0x86,
  video: 0xe0,
  pixelWidth: 0xb0,
  pixelHeight: 0xba,
  cluster: 0x1f43b675,
} as const;

const VIDEO_TRACK = 1;
/** Matroska codec ids and the names ffprobe gives their codecs; another is reported as is. */
const CODECS: Record<string, string> = {
  V_VP8: 'vp8',
  V_VP9: 'vp9',
  V_AV1: 'av1',
  'V_MPEG4/ISO/AVC': 'h264',
  'V_MPEGH/ISO/HEVC': 'hevc',
  V_THEORA: 'theora',
};
/** Matroska's default: timestamps in milliseconds. */
const DEFAULT_TIMECODE_SCALE_NS = 1_000_000;

interface Element {
  id: number;
  dataStart: number;
  /** Past the element's data; beyond the buffer when the bytes read stop inside it. */
  dataEnd: number;
  /** Size "unknown" (all ones): live streams write Segments and Clusters that run to the end. */
  unknownSize: boolean;
}

export function readWebmInfo(bytes: Uint8Array): MediaInfoResult {
  const header = readElement(bytes, 0);
  if (!header || header.id !== ID.ebml || header.dataEnd > bytes.length) return mediaFailure('broken EBML header');
  const docTypeElement = children(bytes, header).find((element) => element.id === ID.docType);
  const docType = docTypeElement ? readText(bytes, docTypeElement) : 'matroska';
  const type = { webm: 'video/webm', matroska: 'video/x-matroska' }[docType];
  if (!type) return mediaFailure(`EBML document of type "${docType}", not WebM or Matroska`);

  const segment = findSegment(bytes, header.dataEnd);
  if (!segment) return mediaFailure('no Segment in the bytes read');
  let duration: number | undefined;
  let size: VideoTrack | undefined;
  for (const element of children(bytes, segment)) {
    if (element.id === ID.info || element.id === ID.tracks) {
      if (element.dataEnd > bytes.length) return mediaFailure('the Segment header is cut off: read more bytes');
      if (element.id === ID.info) duration = readDuration(bytes, element);
      else size = readVideoSize(bytes, element);
    }
    // Metadata comes before the media; reaching a Cluster means it is not in this file's head.
    if ((duration !== undefined && size) || element.id === ID.cluster) break;
  }
  if (duration === undefined) return mediaFailure('no Duration in the Segment Info (a live recording that was never finalised?)');
  if (!size) return mediaFailure('no video track with PixelWidth and PixelHeight');
  return { info: { ...size, duration, type } };
}

function findSegment(bytes: Uint8Array, start: number): Element | undefined {
  for (let position = start; position < bytes.length; ) {
    const element = readElement(bytes, position);
    if (!element) return undefined;
    if (element.id === ID.segment) return element;
    if (element.unknownSize) return undefined;
    position = element.dataEnd;
  }
  return undefined;
}

function readDuration(bytes: Uint8Array, info: Element): number | undefined {
  let scale = DEFAULT_TIMECODE_SCALE_NS;
  let ticks: number | undefined;
  for (const element of children(bytes, info)) {
    if (element.id === ID.timecodeScale) scale = readUnsigned(bytes, element);
    else if (element.id === ID.duration) ticks = readFloat(bytes, element);
  }
  if (ticks === undefined || !(ticks > 0)) return undefined;
  return (ticks * scale) / 1e9;
}

interface VideoTrack {
  width: number;
  height: number;
  codec?: string;
}

function readVideoSize(bytes: Uint8Array, tracks: Element): VideoTrack | undefined {
  for (const entry of children(bytes, tracks)) {
    if (entry.id !== ID.trackEntry) continue;
    const fields = children(bytes, entry);
    const trackType = fields.find((element) => element.id === ID.trackType);
    const video = fields.find((element) => element.id === ID.video);
    if (!video || (trackType && readUnsigned(bytes, trackType) !== VIDEO_TRACK)) continue;
    let width = 0;
    let height = 0;
    for (const element of children(bytes, video)) {
      if (element.id === ID.pixelWidth) width = readUnsigned(bytes, element);
      else if (element.id === ID.pixelHeight) height = readUnsigned(bytes, element);
    }
    const codecId = fields.find((element) => element.id === ID.codecId);
    const codec = codecId && readText(bytes, codecId);
    if (width > 0 && height > 0) return { width, height, ...(codec ? { codec: CODECS[codec] ?? codec } : {}) };
  }
  return undefined;
}

/** The child elements of a master element, as far as the bytes read go. */
function children(bytes: Uint8Array, parent: Element): Element[] {
  const end = parent.unknownSize ? bytes.length : Math.min(parent.dataEnd, bytes.length);
  const found: Element[] = [];
  for (let position = parent.dataStart; position < end; ) {
    const element = readElement(bytes, position);
    if (!element) break;
    found.push(element);
    if (element.unknownSize) break;
    position = element.dataEnd;
  }
  return found;
}

function readElement(bytes: Uint8Array, position: number): Element | null {
  const id = readVint(bytes, position, 4);
  if (!id) return null;
  const size = readVint(bytes, position + id.length, 8);
  if (!size) return null;
  const dataStart = position + id.length + size.length;
  // An element id keeps its length marker bits: 0x1A45DFA3 is read as written.
  return {
    id: id.raw,
    dataStart,
    dataEnd: size.allOnes ? Number.POSITIVE_INFINITY : dataStart + size.value,
    unknownSize: size.allOnes,
  };
}

/** An EBML variable-length integer: the count of leading zero bits of the first byte gives its length. */
function readVint(bytes: Uint8Array, position: number, maxLength: number) {
  const first = bytes[position];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (length > maxLength || position + length > bytes.length) return null;
  const mask = 0xff >> length;
  let value = first & mask;
  let raw = first;
  let allOnes = value === mask;
  for (let i = 1; i < length; i += 1) {
    const byte = bytes[position + i]!;
    value = value * 256 + byte;
    raw = raw * 256 + byte;
    if (byte !== 0xff) allOnes = false;
  }
  return { length, value, raw, allOnes };
}

/** Longest integer and text this reader accepts: longer ones are corrupt data, not metadata. */
const MAX_UNSIGNED_BYTES = 8;
const MAX_TEXT_BYTES = 64;

function readUnsigned(bytes: Uint8Array, element: Element): number {
  if (element.dataEnd - element.dataStart > MAX_UNSIGNED_BYTES || element.dataEnd > bytes.length) return 0;
  let value = 0;
  for (let i = element.dataStart; i < element.dataEnd; i += 1) value = value * 256 + (bytes[i] ?? 0);
  return value;
}

function readFloat(bytes: Uint8Array, element: Element): number | undefined {
  const length = element.dataEnd - element.dataStart;
  if (element.dataEnd > bytes.length) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset + element.dataStart, length);
  if (length === 4) return view.getFloat32(0);
  if (length === 8) return view.getFloat64(0);
  return undefined;
}

function readText(bytes: Uint8Array, element: Element): string {
  // DocType is ASCII, sometimes padded with zero bytes.
  const end = Math.min(element.dataEnd, element.dataStart + MAX_TEXT_BYTES);
  return String.fromCharCode(...bytes.subarray(element.dataStart, end)).replace(/\0+$/, '');
}
