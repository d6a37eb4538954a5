import { useCallback, useEffect, useState } from 'preact/hooks';
import type { EntryView } from '../common/messages';
import { send } from '../common/send';
import type { PlayerRequest } from './request';

export type EntriesState =
  | { status: 'loading' }
  | { status: 'ready'; entries: EntryView[] }
  | { status: 'failed'; message: string };

/** Asks the background for the entries of the request's keys (in the reader's sign language, if chosen); `retry` asks again. */
export function useEntries(request: PlayerRequest, signLanguage?: string): { state: EntriesState; retry: () => void } {
  const [state, setState] = useState<EntriesState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // The request may change again before the answer comes: a late answer must not overwrite a newer word.
    let current = true;
    setState({ status: 'loading' });
    if (request.keys.length === 0) {
      setState({ status: 'ready', entries: [] });
      return;
    }
    send('entries.get', {
      keys: request.keys,
      ...(request.lang ? { lang: request.lang } : {}),
      ...(signLanguage ? { signLanguage } : {}),
    }).then(
      ({ entries }) => current && setState({ status: 'ready', entries }),
      (error: unknown) =>
        current && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [request, attempt, signLanguage]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
