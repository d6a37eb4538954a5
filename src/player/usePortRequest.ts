import { useCallback, useEffect, useState } from 'preact/hooks';
import type { FromPlayer } from '../common/player-channel';
import { NO_REQUEST, readRequest, requestId, type PlayerRequest } from './request';

export const SHOW_MARK = 'signet:show';

/** The current request, following what the content script sends through the port; `close` asks it to close the overlay. */
export function usePortRequest(port: MessagePort): { request: PlayerRequest; close: () => void } {
  const [request, setRequest] = useState<PlayerRequest>(NO_REQUEST);
  useEffect(() => {
    port.onmessage = (event: MessageEvent) => {
      const next = readRequest(event.data);
      if (!next) return;
      // Where `npm run bench` starts timing a hover (scripts/bench/p2-hover.ts): the player's own
      // performance timeline, which no web page can read.
      if (next.keys.length > 0 || next.word !== '') performance.mark(SHOW_MARK);
      // Same word again (the pointer came back to it): keep the state so the video does not restart.
      setRequest((previous) => (requestId(next) === requestId(previous) ? previous : next));
    };
    return () => {
      port.onmessage = null;
    };
  }, [port]);
  const close = useCallback(() => port.postMessage({ type: 'close' } satisfies FromPlayer), [port]);
  return { request, close };
}
