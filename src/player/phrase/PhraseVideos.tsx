import { useEffect, useRef } from 'preact/hooks';

export interface VideoSlot {
  /** The video's own address (for tests and tools), and what the element plays (a Blob URL). */
  url: string;
  src: string | undefined;
}

interface PhraseVideosProps {
  /** Two elements: the current sign plays in one while the next one loads, paused on its first frame, in the other. */
  slots: readonly [VideoSlot | null, VideoSlot | null];
  /** The slot shown and playing, null while the phrase spells a word. */
  active: 0 | 1 | null;
  playing: boolean;
  rate: number;
  /** Changes when a step starts (or starts again): the active video is rewound. */
  start: string;
  /** The step after this one when it is a sign (its slot and its `start`): it takes over the moment this one ends. */
  next: { slot: 0 | 1; start: string } | null;
  onEnded: () => void;
}

/**
 * The phrase's videos, played once each (no loop) and handed over from one element to the other
 * so that the next sign is already decoded when the current one ends: the change is one frame,
 * not a load (see `npm run bench`, P6). The waiting element is laid out but invisible (not
 * display: none), so its first frame is ready to show; at the end of a sign the next one is
 * shown and started in the 'ended' event itself, without waiting for a render.
 */
/**
 * The next sign is started this much media time before the current one ends, still invisible: a
 * play() takes a frame or two to deliver its first frame, and the last frame of a 25 fps sign
 * stays 40 ms on screen. Shown when the current one ends, it may have moved one frame (the
 * signer's rest position), and the hand-over takes one screen frame instead of several.
 */
const EARLY_START_S = 0.08;

export function PhraseVideos({ slots, active, playing, rate, start, next, onEnded }: PhraseVideosProps) {
  const refs = [useRef<HTMLVideoElement>(null), useRef<HTMLVideoElement>(null)] as const;
  const started = useRef<string | null>(null);
  const activeRef = useRef(active);
  activeRef.current = active;
  const onEndedRef = useRef(onEnded);
  onEndedRef.current = onEnded;
  const handOver = useRef({ next, playing });
  handOver.current = { next, playing };
  /** The slot of the next sign once started early (see EARLY_START_S). */
  const prestarted = useRef<number | null>(null);

  useEffect(() => {
    slots.forEach((slot, i) => {
      const video = refs[i]!.current;
      if (!video) return;
      if (slot?.src && video.dataset.loaded !== slot.src) {
        if (prestarted.current === i) prestarted.current = null;
        video.dataset.loaded = slot.src;
        video.dataset.src = slot.url;
        video.src = slot.src;
      }
      if (i !== active) {
        if (!video.paused && (prestarted.current !== i || !playing)) {
          video.pause();
          if (prestarted.current === i) {
            prestarted.current = null;
            video.currentTime = 0;
          }
        }
        return;
      }
      video.defaultPlaybackRate = rate;
      video.playbackRate = rate;
      if (started.current !== start && video.dataset.loaded) {
        started.current = start;
        // A seek, even to where it stands, delays the first frame: only when it has moved.
        if (video.currentTime !== 0) video.currentTime = 0;
      }
      if (playing && video.paused && video.dataset.loaded) void video.play().catch(() => undefined);
      if (!playing && !video.paused) video.pause();
    });
  });

  // Near the end of the current sign, start the next one, still invisible.
  useEffect(() => {
    if (active === null) return;
    const video = refs[active]!.current!;
    let handle = 0;
    const onFrame = (_now: number, frame: VideoFrameCallbackMetadata) => {
      const { next: following, playing: running } = handOver.current;
      const other = following && following.slot !== active ? refs[following.slot]!.current : null;
      if (running && other?.dataset.loaded && Number.isFinite(video.duration) && video.duration - frame.mediaTime <= EARLY_START_S) {
        prestarted.current = following!.slot;
        other.defaultPlaybackRate = video.playbackRate;
        other.playbackRate = video.playbackRate;
        void other.play().catch(() => undefined);
        return;
      }
      handle = video.requestVideoFrameCallback(onFrame);
    };
    handle = video.requestVideoFrameCallback(onFrame);
    return () => video.cancelVideoFrameCallback(handle);
  }, [active, start]);

  useEffect(() => {
    const listeners = refs.map((ref, i) => {
      const video = ref.current!;
      const listener = () => {
        if (activeRef.current !== i) return;
        const { next: following, playing: running } = handOver.current;
        const other = following ? refs[following.slot]!.current : null;
        if (following && other && running && other.dataset.loaded && following.slot !== i) {
          other.classList.remove('standby');
          video.classList.add('standby');
          started.current = following.start;
          if (prestarted.current !== following.slot) {
            other.defaultPlaybackRate = video.playbackRate;
            other.playbackRate = video.playbackRate;
            void other.play().catch(() => undefined);
          }
        }
        prestarted.current = null;
        onEndedRef.current();
      };
      video.addEventListener('ended', listener);
      return () => video.removeEventListener('ended', listener);
    });
    return () => listeners.forEach((remove) => remove());
  }, []);

  return (
    <>
      {refs.map((ref, i) => (
        <video
          key={i}
          ref={ref}
          class={active === i ? 'video' : 'video standby'}
          muted
          playsInline
          preload="auto"
          disablePictureInPicture
          hidden={!slots[i]?.src}
          data-slot={i}
          data-active={active === i ? 'true' : undefined}
        />
      ))}
    </>
  );
}
