import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Controls, RATES, type Rate } from './Controls';
import { EntryInfo } from './EntryInfo';
import { postToParent } from './parent';
import { buildPlaylist, type PlaylistItem } from './playlist';
import { Stage, type StageMessage } from './Stage';
import { useEntries, type EntriesState } from './useEntries';
import { useHashRequest } from './useHashRequest';
import { useShortcuts } from './useShortcuts';
import { useVideoPlayback } from './useVideoPlayback';

const close = () => postToParent({ signet: 'close' });

export function Player({ language }: { language: string }) {
  const request = useHashRequest();
  const { state, retry } = useEntries(request);
  const playlist = useMemo(
    () => (state.status === 'ready' ? buildPlaylist(state.entries, request.keys) : []),
    [state, request],
  );

  // The position belongs to one playlist: a new word starts at its first video, without one
  // render where the old position points into the new list.
  const [position, setPosition] = useState<{ list: PlaylistItem[]; index: number }>({ list: [], index: 0 });
  const index = position.list === playlist ? position.index : 0;
  const item: PlaylistItem | undefined = playlist[index];
  const step = useCallback(
    (delta: number) => {
      if (playlist.length < 2) return;
      setPosition({ list: playlist, index: (index + delta + playlist.length) % playlist.length });
    },
    [playlist, index],
  );

  const [rate, setRate] = useState<Rate>(1);
  const changeRate = (delta: number) => {
    const next = RATES[RATES.indexOf(rate) + delta];
    if (next !== undefined) setRate(next);
  };

  const videoRef = useRef<HTMLVideoElement>(null);
  const itemRef = useRef(item);
  itemRef.current = item;
  const onPlaying = useCallback((video: HTMLVideoElement) => {
    postToParent({ signet: 'playing', key: itemRef.current?.key ?? '', currentSrc: video.currentSrc });
  }, []);
  const playback = useVideoPlayback(videoRef, item?.video.url, rate, onPlaying);

  useShortcuts({
    togglePlay: playback.togglePlay,
    previous: () => step(-1),
    next: () => step(1),
    faster: () => changeRate(1),
    slower: () => changeRate(-1),
    close,
  });

  const title = item?.entry.forms[0] ?? request.word;
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);

  const message = stageMessage(state, playlist.length, request.word, retry, playback);
  const focusRefs = useKeyboardFocus(request, state.status, message?.kind);

  return (
    <main class="player">
      <Stage videoRef={videoRef} src={item?.video.url} message={message} retryButtonRef={focusRefs.retry} />
      {item && (
        <Controls
          language={language}
          paused={playback.paused}
          rate={rate}
          position={index}
          count={playlist.length}
          onTogglePlay={playback.togglePlay}
          onReplay={playback.replay}
          onRate={setRate}
          onPrevious={() => step(-1)}
          onNext={() => step(1)}
          playButtonRef={focusRefs.play}
        />
      )}
      <EntryInfo title={title} entry={item?.entry} video={item?.video} onClose={close} closeButtonRef={focusRefs.close} />
    </main>
  );
}

function stageMessage(
  state: EntriesState,
  videoCount: number,
  word: string,
  retry: () => void,
  playback: { failed: boolean; reload: () => void },
): StageMessage | undefined {
  if (state.status === 'loading') return { kind: 'loading' };
  if (state.status === 'failed') return { kind: 'entries-failed', detail: state.message, onRetry: retry };
  if (videoCount === 0) return { kind: 'not-found', word };
  if (playback.failed) return { kind: 'video-failed', onRetry: playback.reload };
  return undefined;
}

/**
 * Opened from the keyboard, the overlay is where the user now works: once the word's answer is
 * in, focus its main control (play/pause, or Retry, or Close when there is nothing to play).
 * Opened by pointing, the user is reading the page and focus must stay there: never focus().
 */
function useKeyboardFocus(request: { fromKeyboard: boolean }, status: EntriesState['status'], messageKind?: string) {
  const play = useRef<HTMLButtonElement>(null);
  const retry = useRef<HTMLButtonElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const focusedFor = useRef<object | null>(null);
  useEffect(() => {
    if (!request.fromKeyboard || status === 'loading' || focusedFor.current === request) return;
    focusedFor.current = request;
    const target = messageKind === 'entries-failed' ? retry : messageKind === 'not-found' ? close : play;
    (target.current ?? close.current)?.focus();
  }, [request, status, messageKind]);
  return { play, retry, close };
}
