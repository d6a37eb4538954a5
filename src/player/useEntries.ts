import { useCallback, useEffect, useState } from 'preact/hooks';
import type { EntryView } from '../common/messages';
import { send } from '../common/send';
import type { PlayerRequest } from './request';

export type EntriesState = { status: 'loading' } | { status: 'ready'; entries: EntryView[] } | { status: 'failed'; message: string };

/** Asks the background for the entries of the request's keys (in the reader's sign language, if chosen); `retry` asks again. */
export function useEntries(request: PlayerRequest, signLanguage?: string): { state: EntriesState; retry: () => void } {
  // Each answer remembers the request it answers: in the render where a new request arrives, the
  // old answer must read as loading, or the player would act on it (focus Close for "no sign").
  const [answer, setAnswer] = useState<{ request: PlayerRequest; state: EntriesState }>({ request, state: { status: 'loading' } });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // The request may change again before the answer comes: a late answer must not overwrite a newer word.
    let current = true;
    const settle = (state: EntriesState) => current && setAnswer({ request, state });
    settle({ status: 'loading' });
    if (request.keys.length === 0) {
      settle({ status: 'ready', entries: [] });
      return;
    }
    send('entries.get', {
      keys: request.keys,
      ...(request.lang ? { lang: request.lang } : {}),
      ...(signLanguage ? { signLanguage } : {}),
    }).then(
      ({ entries }) => settle({ status: 'ready', entries }),
      (error: unknown) => settle({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [request, attempt, signLanguage]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const state: EntriesState = answer.request === request ? answer.state : { status: 'loading' };
  return { state, retry };
}
