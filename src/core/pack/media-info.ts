/**
 * Size, duration and MIME type of a video from its first bytes, without decoding it and without
 * the DOM: the pack builder runs in Node, and a browser-side editor can read the head of a file
 * (or an HTTP range) with the same code. Containers are parsed by hand because they are simple
 * where it matters: WebM/Matroska (EBML) and MP4 (ISO BMFF) both put this metadata in a few
 * small structures near the start of a file prepared for the web.
 */
import { readMp4Info } from './media-mp4';
import { readWebmInfo } from './media-webm';

export interface MediaInfo {
  /** Frame size in pixels. */
  width: number;
  height: number;
  /** Seconds. */
  duration: number;
  /** MIME type from the container: "video/webm", "video/x-matroska", "video/mp4", "video/quicktime". */
  type: string;
  /**
   * The video track's codec as ffprobe names it ("h264", "hevc", "vp8", "vp9", "av1"), or the
   * container's own code for another ("V_THEORA", "mjpa"); absent when the container omits it.
   */
  codec?: string;
}

export type MediaInfoResult = { info: MediaInfo } | { info: null; reason: string };

const EBML_MAGIC = [0x1a, 0x45, 0xdf, 0xa3];
/** Box types an ISO BMFF file starts with (ftyp normally; older QuickTime files go straight to moov/mdat/wide). */
const FIRST_BOXES = new Set(['ftyp', 'styp', 'moov', 'mdat', 'free', 'skip', 'wide', 'pdin']);

export function readMediaInfo(bytes: Uint8Array): MediaInfoResult {
  try {
    if (EBML_MAGIC.every((byte, i) => bytes[i] === byte)) return readWebmInfo(bytes);
    if (bytes.length >= 8 && FIRST_BOXES.has(String.fromCharCode(...bytes.subarray(4, 8)))) return readMp4Info(bytes);
  } catch (error) {
    // A size field pointing past the data makes a DataView read throw: the file is damaged.
    if (error instanceof RangeError) return { info: null, reason: 'damaged file: a size points past the data read' };
    throw error;
  }
  const head = [...bytes.subarray(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
  return { info: null, reason: `not a WebM, Matroska or MP4 file (it starts with ${head || 'nothing'})` };
}
