import { useCallback, useEffect, useState } from 'preact/hooks';
import type { FromPlayer } from '../common/player-channel';
import { NO_REQUEST, readRequest, requestId, type PlayerRequest } from './request';

export const SHOW_MARK = 'signet:show';

/**
 * The current request, following what the content script sends through the port; `close` asks
 * it to close the overlay, `step` to go to the next/previous marked word, `phraseAt` tells it
 * which item of a phrase is being signed, `expand` that the frame needs the full player's room. `keyboardShows` counts the requests made from the
 * keyboard, the same word asked twice included: each one moves focus to the player's main control.
 */
export function usePortRequest(port: MessagePort): {
  request: PlayerRequest;
  keyboardShows: number;
  close: () => void;
  step: (direction: 1 | -1) => void;
  phraseAt: (index: number) => void;
  expand: () => void;
} {
  const [request, setRequest] = useState<PlayerRequest>(NO_REQUEST);
  const [keyboardShows, setKeyboardShows] = useState(0);
  useEffect(() => {
    port.onmessage = (event: MessageEvent) => {
      const next = readRequest(event.data);
      if (!next) return;
      // Where `npm run bench` starts timing a hover (scripts/bench/p2-hover.ts): the player's own
      // performance timeline, which no web page can read.
      if (next.keys.length > 0 || next.word !== '') performance.mark(SHOW_MARK);
      if (next.fromKeyboard) setKeyboardShows((n) => n + 1);
      // Same word again (the pointer came back to it): keep the state so the video does not restart.
      setRequest((previous) => (requestId(next) === requestId(previous) ? previous : next));
    };
    return () => {
      port.onmessage = null;
    };
  }, [port]);
  const close = useCallback(() => port.postMessage({ type: 'close' } satisfies FromPlayer), [port]);
  const step = useCallback((direction: 1 | -1) => port.postMessage({ type: 'step', direction } satisfies FromPlayer), [port]);
  const phraseAt = useCallback((index: number) => port.postMessage({ type: 'phrase-at', index } satisfies FromPlayer), [port]);
  const expand = useCallback(() => port.postMessage({ type: 'expand' } satisfies FromPlayer), [port]);
  return { request, keyboardShows, close, step, phraseAt, expand };
}
