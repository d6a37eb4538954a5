import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../common/i18n';
import { signLanguageChoice, type Settings } from '../common/settings';
import { Controls, RATES, type Rate } from './Controls';
import { EntryInfo } from './EntryInfo';
import { buildPlaylist, type PlaylistItem } from './playlist';
import { Stage, type StageMessage } from './Stage';
import { useEntries, type EntriesState } from './useEntries';
import { usePlayerSettings } from './usePlayerSettings';
import { usePortRequest } from './usePortRequest';
import { useShortcuts } from './useShortcuts';
import { useVideoPlayback } from './useVideoPlayback';
import { useVideoSource, type VideoSource } from './useVideoSource';

/** The player at work, once its content script has handed it `port` (src/player/channel.ts). */
export function Player({ language, initialSettings, port }: { language: string; initialSettings: Settings; port: MessagePort }) {
  const { request, close } = usePortRequest(port);
  const settings = usePlayerSettings(initialSettings);
  // The same sign language as the page's marks (the content script asks with the same rule).
  const { state, retry } = useEntries(request, signLanguageChoice(settings, request.lang));
  const playlist = useMemo(
    () => (state.status === 'ready' ? buildPlaylist(state.entries) : []),
    [state],
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

  const [rate, setRate] = useState<Rate>(settings.speed);
  // A new default speed chosen in the popup applies to the sign on screen too.
  useEffect(() => setRate(settings.speed), [settings.speed]);
  const changeRate = (delta: number) => {
    const next = RATES[RATES.indexOf(rate) + delta];
    if (next !== undefined) setRate(next);
  };

  const videoRef = useRef<HTMLVideoElement>(null);
  const video = useVideoSource(item?.video.url);
  const src = video.source.status === 'ready' ? video.source.src : undefined;
  const playback = useVideoPlayback(videoRef, src, rate);
  const fromCache = video.source.status === 'ready' && video.source.fromCache;
  useEffect(() => {
    if (playback.failed && fromCache) video.forget();
  }, [playback.failed, fromCache, video.forget]);

  useShortcuts({
    togglePlay: playback.togglePlay,
    previous: () => step(-1),
    next: () => step(1),
    faster: () => changeRate(1),
    slower: () => changeRate(-1),
    close,
  });

  // Closed (nothing asked): no word, and a heading that says so rather than an empty one.
  const empty = request.keys.length === 0 && request.word === '';
  const title = item?.entry.forms[0] ?? (empty ? t('player_empty_heading') : request.word);
  useEffect(() => {
    document.title = empty ? t('player_title') : title;
  }, [title, empty]);

  const message = empty ? ({ kind: 'empty' } as const) : stageMessage(state, playlist.length, request, retry, playback, video);
  const focusRefs = useKeyboardFocus(request, state.status, message?.kind);

  return (
    <main class="player">
      <Stage videoRef={videoRef} src={src} url={item?.video.url} message={message} retryButtonRef={focusRefs.retry} />
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
  { word, lang }: { word: string; lang: string },
  retry: () => void,
  playback: { failed: boolean; reload: () => void },
  video: { source: VideoSource; retry: () => void },
): StageMessage | undefined {
  if (state.status === 'loading') return { kind: 'loading' };
  if (state.status === 'failed') return { kind: 'entries-failed', detail: state.message, onRetry: retry };
  if (videoCount === 0) return { kind: 'not-found', word, lang };
  const { source } = video;
  if (source.status === 'loading') return { kind: 'loading' };
  if (source.status === 'offline' || source.status === 'missing' || source.status === 'failed') {
    return { kind: `video-${source.status}`, detail: source.detail ?? '', onRetry: video.retry };
  }
  // A stored video that fails to play is damaged (it was dropped from the cache): Retry fetches it again.
  if (playback.failed) return source.status === 'ready' && source.fromCache ? { kind: 'video-damaged', onRetry: video.retry } : { kind: 'video-failed', detail: '', onRetry: playback.reload };
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
    const target = messageKind === 'not-found' ? close : messageKind && messageKind !== 'loading' ? retry : play;
    (target.current ?? close.current)?.focus();
  }, [request, status, messageKind]);
  return { play, retry, close };
}
