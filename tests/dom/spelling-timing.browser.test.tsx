/**
 * The letter timing of fingerspelling (src/player/spelling/useSpelling.ts), on a fake clock:
 * each hand shape is held LETTER_HOLD_MS at 1× and longer at slower speeds, the end is reported
 * once, a paused phrase holds the letter, and ←/→ steps pause.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LETTER_HOLD_MS, useSpelling, type Spelling } from '../../src/player/spelling/useSpelling';

let latest: Spelling;
function Probe(props: { count: number; rate: number; identity: unknown; running?: boolean; onEnd?: () => void }) {
  latest = useSpelling(props.count, props.rate, props.identity, { running: props.running ?? true, onEnd: props.onEnd });
  return null;
}

describe('fingerspelling timing', () => {
  let root: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers();
    root = document.createElement('div');
  });
  afterEach(() => {
    render(null, root);
    vi.useRealTimers();
  });
  const show = (props: Parameters<typeof Probe>[0]) => act(() => render(<Probe {...props} />, root));
  // One letter at a time: the next letter's timer is set by the render that follows each advance.
  const wait = (ms: number) =>
    act(() => {
      vi.advanceTimersByTime(ms);
    });

  it('holds each letter 0.7 s at 1×, then stops on the last one and says so once', () => {
    const onEnd = vi.fn();
    show({ count: 3, rate: 1, identity: 'a', onEnd });
    expect(LETTER_HOLD_MS).toBe(700);
    expect(latest.index).toBe(0);
    wait(699);
    expect(latest.index).toBe(0);
    wait(1);
    expect(latest.index).toBe(1);
    wait(700);
    expect(latest.index).toBe(2);
    wait(700);
    expect([latest.index, latest.playing]).toEqual([2, false]);
    wait(5000);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('holds each letter twice as long at 0.5×', () => {
    show({ count: 3, rate: 0.5, identity: 'b' });
    wait(1399);
    expect(latest.index).toBe(0);
    wait(1);
    expect(latest.index).toBe(1);
  });

  it('holds the letter while the phrase around it is paused', () => {
    show({ count: 3, rate: 1, identity: 'c', running: false });
    wait(3000);
    expect(latest.index).toBe(0);
    show({ count: 3, rate: 1, identity: 'c', running: true });
    wait(700);
    expect(latest.index).toBe(1);
  });

  it('steps letter by letter, paused, within the word; replay starts again', () => {
    show({ count: 3, rate: 1, identity: 'd' });
    act(() => latest.step(1));
    expect([latest.index, latest.playing]).toEqual([1, false]);
    wait(3000);
    expect(latest.index).toBe(1);
    act(() => latest.step(5));
    expect(latest.index).toBe(2);
    act(() => latest.step(-9));
    expect(latest.index).toBe(0);
    act(() => latest.replay());
    wait(700);
    expect([latest.index, latest.playing]).toEqual([1, true]);
  });

  it('starts a new word from its first letter', () => {
    show({ count: 3, rate: 1, identity: 'e' });
    wait(700);
    wait(700);
    expect(latest.index).toBe(2);
    show({ count: 4, rate: 1, identity: 'f' });
    expect(latest.index).toBe(0);
  });
});
