/**
 * Play/Pause over a real <video> (src/player/useVideoPlayback.ts) playing real Elix videos: the
 * reader's pause holds even when it comes between a new video's src and the start of its
 * autoplay, when the element already reads paused and a play() would have undone it.
 */
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { commands } from 'vitest/browser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useVideoPlayback, type Playback } from '../../src/player/useVideoPlayback';

let latest: Playback;
function Probe({ src }: { src: string | undefined }) {
  const ref = useRef<HTMLVideoElement>(null);
  latest = useVideoPlayback(ref, src, 1);
  return <video ref={ref} muted loop autoplay playsInline preload="auto" />;
}

async function elixVideoUrl(word: string): Promise<string> {
  const bytes = Uint8Array.from(atob(await commands.readElixVideo(word)), (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: 'video/webm' }));
}

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) throw new Error('Timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('Play/Pause of the player', () => {
  let root: HTMLElement;
  let achat: string;
  let analogie: string;
  beforeAll(async () => {
    [achat, analogie] = await Promise.all([elixVideoUrl('achat'), elixVideoUrl('analogie')]);
  });
  afterAll(() => {
    URL.revokeObjectURL(achat);
    URL.revokeObjectURL(analogie);
  });
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  const show = (src: string | undefined) => act(() => render(<Probe src={src} />, root));
  const video = () => root.querySelector('video')!;
  const playingPast = (seconds: number) => () => !video().paused && video().currentTime > seconds;

  it('pauses and plays again, the button state following', async () => {
    await show(achat);
    await until(playingPast(0.2));
    expect(latest.paused).toBe(false);
    await act(() => latest.togglePlay());
    expect([video().paused, latest.paused]).toEqual([true, true]);
    const at = video().currentTime;
    await new Promise((r) => setTimeout(r, 300));
    expect(video().currentTime).toBe(at);
    await act(() => latest.togglePlay());
    await until(playingPast(at + 0.1));
    expect(latest.paused).toBe(false);
  });

  it('keeps a pause pressed after a new video was set and before its autoplay started', async () => {
    await show(achat);
    await until(playingPast(0.2));
    // The next word's video: its src is set by the effect that act() flushes; nothing has played yet.
    await show(analogie);
    expect(video().src).toBe(analogie);
    expect(video().paused).toBe(true);
    expect(latest.paused).toBe(false);
    await act(() => latest.togglePlay());
    expect(latest.paused).toBe(true);
    // Long enough for the autoplay to have started, had it not been cancelled.
    await until(() => video().readyState >= HTMLMediaElement.HAVE_ENOUGH_DATA);
    await new Promise((r) => setTimeout(r, 500));
    expect([video().paused, video().currentTime, latest.paused]).toEqual([true, 0, true]);
    await act(() => latest.togglePlay());
    await until(playingPast(0.2));
  });

  it('takes two quick presses as pause then play', async () => {
    await show(achat);
    await until(playingPast(0.2));
    await act(() => {
      latest.togglePlay();
      latest.togglePlay();
    });
    expect(latest.paused).toBe(false);
    const at = video().currentTime;
    await until(playingPast(at + 0.2));
  });
});
