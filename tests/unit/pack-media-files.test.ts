/**
 * readMediaInfo on real files, compared with what ffprobe reports of each (duration, frame
 * size, codec): the Elix WebMs as published (read in ../shared, never copied), and MP4, WebM,
 * QuickTime and Matroska files that ffmpeg makes at test time in a temporary folder, from Elix
 * signs and from ffmpeg's test pattern, in the layouts muxers write: faststart or not,
 * fragmented (moov with or without the duration, no tfdt, DASH), with an audio track longer
 * than the video, at frame sizes and durations that are not round.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMediaInfo } from '../../src/core/pack/media-info';
import { ffmpeg, ffprobe } from './support/ffmpeg';

const elix = path.resolve(import.meta.dirname, '../../../shared/data/lsf-elix/videos');

const sign = (word: string) => ['-i', path.join(elix, `${word}.webm`)];
const pattern = (size: string, rate: string, seconds: number) => ['-f', 'lavfi', '-i', `testsrc2=size=${size}:rate=${rate}:duration=${seconds}`];
const tone = (seconds: number) => ['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`];
const H264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];
// libvpx's fastest settings: VP8 at 640×480 took 4 s of CPU for a 4 s sign otherwise.
const VP8 = ['-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '16', '-b:v', '300k'];
const VP9 = ['-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '300k'];
const AAC = ['-c:a', 'aac'];
const FASTSTART = ['-movflags', '+faststart'];

interface Made {
  name: string;
  file: string;
  args: string[];
  type: string;
  /**
   * What the first HEAD_BYTES give, for files larger than that (those made from a sign):
   * the same facts, or a failure whose reason contains this text.
   */
  head?: 'same' | string;
}

/** Less than any file made from a sign, more than any moov of theirs: as the options page reads a pack's videos first. */
const HEAD_BYTES = 32 * 1024;

const MADE: Made[] = [
  { name: 'H.264 MP4, faststart', file: 'faststart.mp4', args: [...sign('chapeau'), ...H264, '-an', ...FASTSTART], type: 'video/mp4', head: 'same' },
  { name: 'H.264 MP4, moov after the media', file: 'moov-last.mp4', args: [...sign('bonjour'), ...H264, '-an'], type: 'video/mp4', head: 'no moov box' },
  {
    name: 'H.264 MP4 with B-frames and an AAC track longer than the video, faststart',
    file: 'b-frames-audio.mp4',
    args: [...sign('réseau local'), ...tone(4.9), ...H264, '-bf', '3', ...AAC, ...FASTSTART],
    type: 'video/mp4',
    head: 'same',
  },
  {
    name: 'fragmented MP4 whose moov states no duration (empty_moov)',
    file: 'empty-moov.mp4',
    args: [...sign('âme'), ...H264, '-an', '-movflags', 'frag_keyframe+empty_moov+default_base_moof'],
    type: 'video/mp4',
    head: 'read the whole file',
  },
  {
    name: 'fragmented MP4 in half-second fragments, with audio (empty_moov)',
    file: 'fragments-audio.mp4',
    args: [...sign('de'), ...tone(3.3), ...H264, ...AAC, '-frag_duration', '500000', '-movflags', 'frag_keyframe+empty_moov'],
    type: 'video/mp4',
    head: 'read the whole file',
  },
  { name: 'fragmented MP4 without tfdt (Smooth Streaming)', file: 'smooth.ismv', args: [...sign('achat'), ...H264, '-an', '-f', 'ismv'], type: 'video/mp4', head: 'read the whole file' },
  {
    name: 'DASH-style MP4 (sidx, fragments, empty moov)',
    file: 'dash.mp4',
    args: [...sign('analogie'), ...H264, '-an', '-g', '25', '-movflags', 'dash+empty_moov+frag_keyframe+global_sidx'],
    type: 'video/mp4',
    head: 'read the whole file',
  },
  { name: 'VP8 WebM, 320×240', file: 'vp8.webm', args: [...sign('chapeau'), '-vf', 'scale=320:240', ...VP8, '-an'], type: 'video/webm', head: 'same' },
  {
    name: 'VP9 WebM, 321×239 at 29.97 fps, 1.37 s, with Opus audio',
    file: 'odd.webm',
    args: [...pattern('321x239', '30000/1001', 1.37), ...tone(1.37), ...VP9, '-c:a', 'libopus'],
    type: 'video/webm',
  },
  {
    name: 'H.264 MP4, 322×242 at 24 fps, 1.37 s, with 2.05 s of AAC audio',
    file: 'odd.mp4',
    args: [...pattern('322x242', '24', 1.37), ...tone(2.05), ...H264, ...AAC, ...FASTSTART],
    type: 'video/mp4',
  },
  { name: 'H.264 MP4 of one frame', file: 'one-frame.mp4', args: [...pattern('160x120', '25', 0.04), ...H264, ...FASTSTART], type: 'video/mp4' },
  { name: 'VP9 in MP4', file: 'vp9.mp4', args: [...pattern('640x360', '25', 1.5), ...VP9, ...FASTSTART], type: 'video/mp4' },
  {
    name: 'HEVC MP4 (hvc1)',
    file: 'hevc.mp4',
    args: [...pattern('320x180', '25', 1), '-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=none', '-tag:v', 'hvc1', ...FASTSTART],
    type: 'video/mp4',
  },
  { name: 'QuickTime .mov', file: 'clip.mov', args: [...pattern('480x360', '25', 1.2), ...H264], type: 'video/quicktime' },
  { name: 'Matroska with H.264', file: 'h264.mkv', args: [...pattern('400x300', '25', 1.1), ...H264], type: 'video/x-matroska' },
];

/** What the reader must find: ffprobe's numbers (its durations are printed to the microsecond). */
function expectSameAsFfprobe(file: string, bytes: Uint8Array, type: string): void {
  const probed = ffprobe(file);
  const result = readMediaInfo(bytes);
  if (!result.info) throw new Error(`${path.basename(file)}: ${result.reason}`);
  expect(result.info).toMatchObject({ width: probed.width, height: probed.height, codec: probed.codec, type });
  expect(result.info.duration).toBeCloseTo(probed.duration, 5);
}

describe('readMediaInfo on the Elix WebMs, as ffprobe reads them', () => {
  it.each(['chapeau', 'réseau local', 'bonjour', 'âme', 'de', 'achat', 'analogie'])('%s.webm', (word) => {
    const file = path.join(elix, `${word}.webm`);
    expectSameAsFfprobe(file, readFileSync(file), 'video/webm');
  });
});

describe('readMediaInfo on files ffmpeg makes, as ffprobe reads them', () => {
  let folder = '';

  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'signet-media-'));
  });

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  // Encoding takes seconds of CPU, more on a busy machine.
  it.each(MADE)('$name', { timeout: 60_000 }, ({ file, args, type, head }) => {
    const at = path.join(folder, file);
    ffmpeg([...args, at]);
    const bytes = readFileSync(at);
    expectSameAsFfprobe(at, bytes, type);
    if (head === undefined) return;
    expect(bytes.length).toBeGreaterThan(HEAD_BYTES);
    const first = readMediaInfo(bytes.subarray(0, HEAD_BYTES));
    if (head === 'same') expect(first).toEqual(readMediaInfo(bytes));
    else expect(first).toEqual({ info: null, reason: expect.stringContaining(head) });
  });
});
