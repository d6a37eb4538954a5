/**
 * What the studio does to video files, in the browser, through mediabunny (WebCodecs): read a
 * take's length and size, sample its frames (filmstrip, motion for the suggested trim), and cut
 * the chosen range into the file that is saved. MediaRecorder writes WebM without a duration in
 * its header (video.duration is Infinity until fixed); the cut file is written by a muxer that
 * knows the whole file, so its header states its length and it seeks.
 */
import { ALL_FORMATS, BlobSource, BufferTarget, CanvasSink, Conversion, Input, Output, QUALITY_HIGH, WebMOutputFormat } from 'mediabunny';
import { readMediaInfo } from '../core/pack/media-info';
import type { SignVideoFacts } from '../core/studio/types';
import { frameDifference, greyOf, type MotionSample, type TrimRange } from '../core/studio/trim';

/** Files past this size are refused before anything is read (a sign is seconds of video). */
export const MAX_VIDEO_FILE_BYTES = 200 * 1024 * 1024;

export class MediaError extends Error {
  constructor(readonly reason: 'not-video' | 'damaged' | 'empty' | 'too-large' | 'missing') {
    super(reason);
  }
}

export interface TakeInfo {
  duration: number;
  width: number;
  height: number;
}

function openInput(blob: Blob): Input {
  return new Input({ formats: ALL_FORMATS, source: new BlobSource(blob) });
}

/** Length and size of a video, from its packets (a take's header says nothing of its length). */
export async function readTakeInfo(blob: Blob): Promise<TakeInfo> {
  if (blob.size === 0) throw new MediaError('empty');
  if (blob.size > MAX_VIDEO_FILE_BYTES) throw new MediaError('too-large');
  const input = openInput(blob);
  try {
    if (!(await input.canRead().catch(() => false))) throw new MediaError('not-video');
    const track = await input.getPrimaryVideoTrack().catch(() => null);
    if (!track) throw new MediaError('not-video');
    const [duration, width, height, decodable] = await Promise.all([
      input.computeDuration([track]).catch(() => 0),
      track.getDisplayWidth(),
      track.getDisplayHeight(),
      track.canDecode().catch(() => false),
    ]);
    if (!decodable) throw new MediaError('not-video');
    if (!(duration > 0)) throw new MediaError('damaged');
    return { duration, width, height };
  } catch (error) {
    if (error instanceof MediaError) throw error;
    throw new MediaError('damaged');
  } finally {
    input.dispose();
  }
}

/** Thumbnails at these times, as data: URLs of small JPEGs (the filmstrip). */
export async function thumbnails(blob: Blob, times: readonly number[], width = 96): Promise<string[]> {
  const input = openInput(blob);
  try {
    const track = await input.getPrimaryVideoTrack();
    if (!track) return [];
    const sink = new CanvasSink(track, { width, poolSize: 0 });
    const urls: string[] = [];
    for await (const wrapped of sink.canvasesAtTimestamps(times)) urls.push(wrapped ? await toDataUrl(wrapped.canvas) : '');
    return urls;
  } finally {
    input.dispose();
  }
}

/** Motion of every frame against the one before, on 32-pixel-wide grey frames: cheap and enough to see hands move. */
export async function motionSamples(blob: Blob): Promise<MotionSample[]> {
  const input = openInput(blob);
  try {
    const track = await input.getPrimaryVideoTrack();
    if (!track) return [];
    const sink = new CanvasSink(track, { width: 32, poolSize: 1 });
    const samples: MotionSample[] = [];
    let previous: Uint8Array | null = null;
    for await (const { canvas, timestamp } of sink.canvases()) {
      const context = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
      const grey = greyOf(context.getImageData(0, 0, canvas.width, canvas.height).data);
      samples.push({ time: timestamp, motion: previous ? frameDifference(previous, grey) : 0 });
      previous = grey;
    }
    return samples;
  } finally {
    input.dispose();
  }
}

/**
 * The saved file: the range [start, end) of the take, re-encoded (VP8 WebM: a cut must start on
 * a key frame, and MediaRecorder writes few) so that it starts and ends where the contributor
 * chose, with the duration in its header.
 */
export async function cutVideo(blob: Blob, range: TrimRange, onProgress?: (fraction: number) => void): Promise<Blob> {
  const input = openInput(blob);
  const output = new Output({ format: new WebMOutputFormat(), target: new BufferTarget() });
  try {
    const conversion = await Conversion.init({
      input,
      output,
      trim: { start: range.start, end: range.end },
      video: { codec: 'vp8', bitrate: QUALITY_HIGH, forceTranscode: true },
      audio: { discard: true },
      showWarnings: false,
    });
    if (!conversion.isValid) throw new MediaError('not-video');
    if (onProgress) conversion.onProgress = onProgress;
    await conversion.execute();
    const buffer = (output.target as BufferTarget).buffer;
    if (!buffer || buffer.byteLength === 0) throw new MediaError('empty');
    return new Blob([buffer], { type: 'video/webm' });
  } finally {
    input.dispose();
  }
}

/** Facts of a file to save, read from its own header (what a pack will state), and its SHA-256. */
export async function videoFacts(blob: Blob): Promise<SignVideoFacts> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const read = readMediaInfo(bytes);
  if (!read.info) throw new MediaError('not-video');
  if (!(read.info.duration > 0)) throw new MediaError('damaged');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const sha256 = [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return { type: read.info.type, width: read.info.width, height: read.info.height, duration: read.info.duration, bytes: bytes.length, sha256 };
}

async function toDataUrl(canvas: HTMLCanvasElement | OffscreenCanvas): Promise<string> {
  if ('toDataURL' in canvas) return canvas.toDataURL('image/jpeg', 0.7);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.7 });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsDataURL(blob);
  });
}
