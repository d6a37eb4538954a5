import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/**
 * A video that neither plays nor fails after this long is reported as failed: a stalled server
 * otherwise leaves a black box with no explanation and no way forward.
 */
export const STALL_TIMEOUT_MS = 10_000;

export interface Playback {
  paused: boolean;
  failed: boolean;
  togglePlay: () => void;
  replay: () => void;
  /** Loads the current video again after a failure. */
  reload: () => void;
}

/**
 * Follows one <video> element whose src is `src`: play/pause state, load errors and stalls, and
 * the playback rate (kept across videos).
 */
export function useVideoPlayback(videoRef: RefObject<HTMLVideoElement | null>, src: string | undefined, rate: number): Playback {
  const [paused, setPaused] = useState(false);
  const [failed, setFailed] = useState(false);
  const [loadCount, setLoadCount] = useState(0);
  const loaded = useRef<{ src?: string; loadCount: number }>({ loadCount: 0 });

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    // The media load algorithm resets playbackRate to defaultPlaybackRate on every new src: set both.
    video.defaultPlaybackRate = rate;
    video.playbackRate = rate;
  }, [videoRef, rate, src]);

  // src is set here rather than as a JSX attribute so that the listeners below exist before the
  // load starts (a fast 404 would otherwise fire its error event into the previous listeners).
  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    setFailed(false);
    setPaused(false);
    if (!src) {
      // The spec's way to unload a media element; an empty src would instead fire an error.
      if (video.hasAttribute('src')) {
        video.removeAttribute('src');
        video.load();
      }
      loaded.current = { loadCount };
      return;
    }

    let stallTimer: ReturnType<typeof setTimeout> | undefined;
    const clearStallTimer = () => {
      clearTimeout(stallTimer);
      stallTimer = undefined;
    };
    // A running timer is kept: Chromium fires 'stalled' ~3 s into a silent download, and restarting
    // the count there would report the failure after 13 s instead of 10.
    const startStallTimer = () => {
      stallTimer ??= setTimeout(() => {
        stallTimer = undefined;
        // Paused by the user with enough data is not a stall.
        if (video.readyState < HTMLMediaElement.HAVE_FUTURE_DATA) setFailed(true);
      }, STALL_TIMEOUT_MS);
    };
    const onError = () => {
      clearStallTimer();
      setFailed(true);
    };
    const onPlayingEvent = () => {
      clearStallTimer();
      setPaused(false);
    };
    const onPause = () => setPaused(true);
    const onPlay = () => setPaused(false);

    const listeners: Array<[string, () => void]> = [
      ['error', onError],
      ['playing', onPlayingEvent],
      ['canplay', clearStallTimer],
      ['waiting', startStallTimer],
      ['stalled', startStallTimer],
      ['pause', onPause],
      ['play', onPlay],
    ];
    for (const [type, listener] of listeners) video.addEventListener(type, listener);
    // The same URL can come back with another word (a shared video): keep it playing, unless
    // Retry asked for a fresh load.
    const last = loaded.current;
    loaded.current = { src, loadCount };
    if (last.src !== src) video.src = src;
    else if (last.loadCount !== loadCount) video.load();
    else {
      setPaused(video.paused);
      if (video.error) setFailed(true);
    }
    startStallTimer();
    return () => {
      clearStallTimer();
      for (const [type, listener] of listeners) video.removeEventListener(type, listener);
    };
  }, [videoRef, src, loadCount]);

  // Decided by what the Play/Pause button shows, not by video.paused: from a new src until its
  // autoplay starts the element reads paused, so a press there called play(), which the autoplay
  // was about to do, and the reader's pause was lost (the sign went on playing). pause() there
  // also cancels the coming autoplay, but fires no 'pause' event: the state is set here.
  const shownPaused = useRef(paused);
  shownPaused.current = paused;
  const togglePlay = useCallback(() => {
    const video = videoRef.current;
    if (!video) return;
    // Set at once as well: a second press before the next render must see the first.
    if (shownPaused.current) {
      shownPaused.current = false;
      setPaused(false);
      void video.play().catch(() => undefined);
    } else {
      shownPaused.current = true;
      setPaused(true);
      video.pause();
    }
  }, [videoRef]);

  const replay = useCallback(() => {
    const video = videoRef.current;
    if (!video) return;
    video.currentTime = 0;
    void video.play().catch(() => undefined);
  }, [videoRef]);

  // Re-runs the effect above, which loads the same src again; autoplay restarts it once it has data.
  const reload = useCallback(() => setLoadCount((n) => n + 1), []);

  return { paused, failed, togglePlay, replay, reload };
}
