/**
 * ffmpeg and ffprobe for the media readers' tests: files made at test time in a temporary
 * folder, and what ffprobe reports of a file to compare the readers with. Debian's `ffmpeg`
 * package (scripts/setup.sh and .ci/run install it); without it the tests fail, saying so.
 */
import { execFileSync } from 'node:child_process';

export interface Probed {
  /** The container's duration, in seconds. */
  duration: number;
  width: number;
  height: number;
  /** ffprobe's codec_name of the first video stream ("h264", "vp9"). */
  codec: string;
}

/** Runs one of ffmpeg's tools; when it is not installed, says which package to install. */
function run(tool: 'ffmpeg' | 'ffprobe', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `${tool} is needed by the media readers' tests, which make and check real video files with it: install Debian's ffmpeg package (apt-get install ffmpeg; bash scripts/setup.sh does it).`,
      );
    }
    throw error;
  }
}

/** Runs ffmpeg quietly, overwriting its output; ffmpeg's own message on failure. */
export function ffmpeg(args: string[]): void {
  run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', ...args]);
}

export function ffprobe(file: string): Probed {
  const out = run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration:stream=codec_type,codec_name,width,height', '-of', 'json', file]);
  const { format, streams } = JSON.parse(out) as {
    format: { duration: string };
    streams: Array<{ codec_type: string; codec_name: string; width?: number; height?: number }>;
  };
  const video = streams.find((stream) => stream.codec_type === 'video');
  if (!video?.width || !video.height) throw new Error(`ffprobe finds no video stream in ${file}: ${out}`);
  return { duration: Number(format.duration), width: video.width, height: video.height, codec: video.codec_name };
}
