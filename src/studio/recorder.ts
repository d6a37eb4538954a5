/**
 * One take from the camera, saved as it is recorded (see takes.ts). MediaRecorder's timeslice
 * of one second bounds what a closed tab loses. A camera that stops mid-take (unplugged,
 * permission revoked) ends its track; the recorder then stops on its own and what it recorded
 * is kept like any take.
 */
import type { TakeStore, TakeRecord } from './takes';

/** Preferred first: VP9 then VP8 WebM; H.264 MP4 where a browser has neither (Safari). */
const TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm', 'video/mp4;codecs=avc1', 'video/mp4'];
export const TIMESLICE_MS = 1_000;

export function recordingType(): string | null {
  return TYPES.find((type) => MediaRecorder.isTypeSupported(type)) ?? null;
}

export interface RecordingOptions {
  stream: MediaStream;
  takes: TakeStore;
  word: string;
  maxSeconds: number;
  /** Called once the take is complete in the database (stopped by the user, the limit or the camera). */
  onDone: (take: TakeRecord, reason: 'stopped' | 'limit' | 'camera') => void;
  onError: (error: unknown) => void;
}

export interface Recording {
  readonly take: TakeRecord;
  stop(): void;
  /** Stops and forgets the take (Backspace during a take). */
  cancel(): Promise<void>;
}

export async function startRecording({ stream, takes, word, maxSeconds, onDone, onError }: RecordingOptions): Promise<Recording> {
  const mimeType = recordingType();
  if (!mimeType) throw new Error('no-recorder');
  const settings = stream.getVideoTracks()[0]?.getSettings();
  let take = await takes.begin(word, mimeType, settings?.width && settings.height ? { width: settings.width, height: settings.height } : undefined);
  // Signs are silent: video only, which also keeps a microphone out of it.
  const recorder = new MediaRecorder(new MediaStream(stream.getVideoTracks()), { mimeType, videoBitsPerSecond: 2_500_000 });
  let writing: Promise<unknown> = Promise.resolve();
  let reason: 'stopped' | 'limit' | 'camera' = 'stopped';
  let cancelled = false;
  recorder.ondataavailable = (event) => {
    if (event.data.size === 0) return;
    writing = writing
      .then(async () => {
        take = await takes.append(take, event.data);
      })
      .catch(onError);
  };
  recorder.onstop = () => {
    clearTimeout(limit);
    track?.removeEventListener('ended', onEnded);
    void writing
      .then(async () => {
        if (cancelled) return;
        take = await takes.finish(take);
        onDone(take, reason);
      })
      .catch(onError);
  };
  const track = stream.getVideoTracks()[0];
  const onEnded = () => {
    reason = 'camera';
    if (recorder.state !== 'inactive') recorder.stop();
  };
  track?.addEventListener('ended', onEnded);
  const limit = setTimeout(() => {
    reason = 'limit';
    if (recorder.state !== 'inactive') recorder.stop();
  }, maxSeconds * 1000);
  recorder.start(TIMESLICE_MS);
  return {
    get take() {
      return take;
    },
    stop: () => {
      if (recorder.state !== 'inactive') recorder.stop();
    },
    cancel: async () => {
      cancelled = true;
      if (recorder.state !== 'inactive') recorder.stop();
      await writing;
      await takes.discard(take.id);
    },
  };
}
