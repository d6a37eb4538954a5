import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SourceSummary } from '../common/messages';
import { send } from '../common/send';
import { errorText } from './format';

export type SourcesState =
  | { status: 'loading' }
  | { status: 'ready'; sources: SourceSummary[] }
  | { status: 'failed'; message: string };

/** The installed dictionaries, read again by `refresh` after each add or remove. */
export function useSources(): { state: SourcesState; refresh: () => Promise<void> } {
  const [state, setState] = useState<SourcesState>({ status: 'loading' });
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
  return { state, refresh };
}
