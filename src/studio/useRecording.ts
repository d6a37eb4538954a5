import { useEffect, useRef, useState } from 'preact/hooks';
import { startRecording, type Recording } from './recorder';
import type { TakeStore, TakeRecord } from './takes';

export type RecordingPhase = { phase: 'idle' } | { phase: 'countdown'; left: number } | { phase: 'recording'; startedAt: number };

/**
 * Countdown then recording, one take at a time. `onTake` hears of each take once it is complete
 * in the database (never before: a take is saved before anything else happens to it).
 */
export function useRecording(takes: TakeStore | null, onTake: (take: TakeRecord, reason: 'stopped' | 'limit' | 'camera') => void, onError: (error: unknown) => void) {
  const [state, setState] = useState<RecordingPhase>({ phase: 'idle' });
  const recording = useRef<Recording | null>(null);
  const countdown = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  const handlers = useRef({ onTake, onError });
  handlers.current = { onTake, onError };

  useEffect(() => () => clearInterval(countdown.current), []);

  const begin = async (stream: MediaStream, word: string, maxSeconds: number) => {
    if (!takes) return;
    try {
      recording.current = await startRecording({
        stream,
        takes,
        word,
        maxSeconds,
        onDone: (take, reason) => {
          recording.current = null;
          setState({ phase: 'idle' });
          handlers.current.onTake(take, reason);
        },
        onError: (error) => handlers.current.onError(error),
      });
      setState({ phase: 'recording', startedAt: Date.now() });
    } catch (error) {
      setState({ phase: 'idle' });
      handlers.current.onError(error);
    }
  };

  const start = (stream: MediaStream, word: string, seconds: number, maxSeconds: number) => {
    if (state.phase !== 'idle') return;
    if (seconds <= 0) return void begin(stream, word, maxSeconds);
    let left = seconds;
    setState({ phase: 'countdown', left });
    countdown.current = setInterval(() => {
      left -= 1;
      if (left > 0) return setState({ phase: 'countdown', left });
      clearInterval(countdown.current);
      void begin(stream, word, maxSeconds);
    }, 1000);
  };

  const stop = () => {
    if (state.phase === 'countdown') {
      clearInterval(countdown.current);
      setState({ phase: 'idle' });
    } else recording.current?.stop();
  };

  const cancel = async () => {
    clearInterval(countdown.current);
    const current = recording.current;
    recording.current = null;
    setState({ phase: 'idle' });
    await current?.cancel();
  };

  return { state, start, stop, cancel };
}
