import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { InstallProgress, SourceView } from '../common/messages';
import { send } from '../common/send';
import { errorText } from './format';

export type SourcesState = { status: 'loading' } | { status: 'ready'; sources: SourceView[] } | { status: 'failed'; message: string };

/** While something installs, progress is asked this often; otherwise rarely, to notice daily checks and resumed installs. */
const BUSY_POLL_MS = 400;
const IDLE_POLL_MS = 1_000;

/**
 * The installed dictionaries, read again by `refresh` after each change, and the installs under
 * way. Progress is polled rather than pushed: a poll survives the background being stopped and
 * started again mid-install, which a message channel would not.
 */
export function useSources(): { state: SourcesState; refresh: () => Promise<void>; progress: InstallProgress[]; watch: () => void } {
  const [state, setState] = useState<SourcesState>({ status: 'loading' });
  const [progress, setProgress] = useState<InstallProgress[]>([]);
  const wasBusy = useRef(false);
  /** Polls at once and then often, for a while after the reader starts an install here. */
  const pollNow = useRef<() => void>(() => undefined);
  const watchUntil = useRef(0);
  const watch = useCallback(() => {
    watchUntil.current = Date.now() + 60_000;
    pollNow.current();
  }, []);
  const refresh = useCallback(async () => {
    try {
      const { sources } = await send('sources.list', {});
      setState({ status: 'ready', sources });
    } catch (error) {
      setState({ status: 'failed', message: errorText(error) });
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      let installs: InstallProgress[] = [];
      try {
        ({ installs } = await send('sources.progress', {}));
      } catch {
        // The background is starting again: the next poll will tell.
      }
      if (stopped) return;
      setProgress(installs);
      const busy = installs.length > 0;
      // An install ended (here, in another tab, or resumed by the background): show its result.
      if (wasBusy.current && !busy) void refresh();
      wasBusy.current = busy;
      clearTimeout(timer);
      timer = setTimeout(poll, busy || Date.now() < watchUntil.current ? BUSY_POLL_MS : IDLE_POLL_MS);
    };
    pollNow.current = () => {
      clearTimeout(timer);
      void poll();
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [refresh]);

  return { state, refresh, progress, watch };
}
