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
  onEnded: () => void;
}

/**
 * The phrase's videos, played once each (no loop) and handed over from one element to the other
 * so that the next sign is already decoded when the current one ends: the change is one frame,
 * not a load (see `npm run bench`, P6).
 */
export function PhraseVideos({ slots, active, playing, rate, start, onEnded }: PhraseVideosProps) {
  const refs = [useRef<HTMLVideoElement>(null), useRef<HTMLVideoElement>(null)] as const;
  const started = useRef<string | null>(null);
  const activeRef = useRef(active);
  activeRef.current = active;
  const onEndedRef = useRef(onEnded);
  onEndedRef.current = onEnded;

  useEffect(() => {
    slots.forEach((slot, i) => {
      const video = refs[i]!.current;
      if (!video) return;
      if (slot?.src && video.dataset.loaded !== slot.src) {
        video.dataset.loaded = slot.src;
        video.dataset.src = slot.url;
        video.src = slot.src;
      }
      if (i !== active) {
        if (!video.paused) video.pause();
        return;
      }
      video.defaultPlaybackRate = rate;
      video.playbackRate = rate;
      if (started.current !== start && video.dataset.loaded) {
        started.current = start;
        video.currentTime = 0;
      }
      if (playing && video.paused && video.dataset.loaded) void video.play().catch(() => undefined);
      if (!playing && !video.paused) video.pause();
    });
  });

  useEffect(() => {
    const listeners = refs.map((ref, i) => {
      const video = ref.current!;
      const listener = () => {
        if (activeRef.current === i) onEndedRef.current();
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
          class="video"
          muted
          playsInline
          preload="auto"
          disablePictureInPicture
          hidden={active !== i || !slots[i]?.src}
          data-slot={i}
          data-active={active === i ? 'true' : undefined}
        />
      ))}
    </>
  );
}
