import { useCallback, useEffect, useState } from 'preact/hooks';

/**
 * How long each hand shape stays at 1×. sign.mt's deaf testers found its quick letters hard to
 * read and asked for a longer hold; 0.7 s is a fluent but readable pace. Slower speeds hold
 * longer (0.5× → 1.4 s).
 */
export const LETTER_HOLD_MS = 700;

export interface Spelling {
  /** The sign shown (0-based). */
  index: number;
  playing: boolean;
  toggle(): void;
  /** From the first letter again, playing. */
  replay(): void;
  /** One letter back or forward; pauses, so the reader looks at it as long as they want. */
  step(delta: number): void;
}

/**
 * Letter after letter at the reader's speed. `count` signs; `identity` changes for a new word
 * (back to its first letter). `onEnd` is called once the last letter has been held.
 */
export function useSpelling(count: number, rate: number, identity: unknown, options: { autoplay?: boolean; running?: boolean; onEnd?: () => void } = {}): Spelling {
  const { autoplay = true, running = true, onEnd } = options;
  const [state, setState] = useState({ identity, index: 0, playing: autoplay, ended: false });
  const current = state.identity === identity ? state : { identity, index: 0, playing: autoplay, ended: false };
  if (current !== state) setState(current);

  useEffect(() => {
    // `running`: the phrase around the spelling may be paused, which holds the letter shown.
    if (!current.playing || !running || count === 0) return;
    const timer = setTimeout(() => {
      setState((s) => {
        if (s.identity !== identity) return s;
        if (s.index + 1 < count) return { ...s, index: s.index + 1 };
        return { ...s, playing: false, ended: true };
      });
    }, LETTER_HOLD_MS / rate);
    return () => clearTimeout(timer);
  }, [current.playing, running, current.index, count, rate, identity]);

  useEffect(() => {
    if (current.ended) onEnd?.();
    // Called once per end: a replay clears `ended`.
  }, [current.ended]);

  const toggle = useCallback(() => setState((s) => (s.playing ? { ...s, playing: false } : { ...s, playing: true, ended: false, index: s.ended ? 0 : s.index })), []);
  const replay = useCallback(() => setState((s) => ({ ...s, index: 0, playing: true, ended: false })), []);
  const step = useCallback((delta: number) => setState((s) => ({ ...s, playing: false, ended: false, index: Math.min(Math.max(s.index + delta, 0), Math.max(count - 1, 0)) })), [count]);
  return { index: current.index, playing: current.playing, toggle, replay, step };
}
