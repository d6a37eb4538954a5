import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../common/i18n';
import { signLanguageChoice, type Settings } from '../common/settings';
import { Controls, RATES, type Rate } from './Controls';
import { Definition } from './definition/Definition';
import { useWordSpelling } from './spelling/useWordSpelling';
import { SpellingControls } from './spelling/SpellingControls';
import { SpellingView } from './spelling/SpellingView';
import { EntryInfo } from './EntryInfo';
import type { PlayerRequest } from './request';
import { buildPlaylist, type PlaylistItem } from './playlist';
import { Stage, type StageMessage } from './Stage';
import { useEntries, type EntriesState } from './useEntries';
import { usePlayerSettings } from './usePlayerSettings';
import { useShortcuts } from './useShortcuts';
import { useVideoPlayback } from './useVideoPlayback';
import { useVideoSource, type VideoSource } from './useVideoSource';

/** One word at work (its sign, or its spelling); `close` asks the content script to close the overlay. */
export function Player({ language, initialSettings, request, close }: { language: string; initialSettings: Settings; request: PlayerRequest; close: () => void }) {
  const settings = usePlayerSettings(initialSettings);
  // The same sign language as the page's marks (the content script asks with the same rule).
  const choice = signLanguageChoice(settings, request.lang);
  const { state, retry } = useEntries(request, choice);
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

  // The definition section stays as the reader left it; the signed definition plays for one item only.
  const [definitionOpen, setDefinitionOpen] = useState(true);
  const [signedDefinitionOf, setSignedDefinitionOf] = useState<PlaylistItem | null>(null);
  const definitionVideo = item && signedDefinitionOf === item ? item.entry.definitionVideos?.[0] : undefined;
  const shownUrl = definitionVideo?.url ?? item?.video.url;

  const videoRef = useRef<HTMLVideoElement>(null);
  const video = useVideoSource(shownUrl);
  const src = video.source.status === 'ready' ? video.source.src : undefined;
  const playback = useVideoPlayback(videoRef, src, rate);
  const fromCache = video.source.status === 'ready' && video.source.fromCache;
  useEffect(() => {
    if (playback.failed && fromCache) video.forget();
  }, [playback.failed, fromCache, video.forget]);

  const noSign = state.status === 'ready' && playlist.length === 0;
  const spelling = useWordSpelling(request, noSign, choice, settings.fingerspell, rate);
  const spell = spelling.active ? spelling.spelling : undefined;

  useShortcuts({
    togglePlay: spell ? spell.toggle : playback.togglePlay,
    previous: () => (spell ? spell.step(-1) : step(-1)),
    next: () => (spell ? spell.step(1) : step(1)),
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

  const message = empty ? ({ kind: 'empty' } as const) : spelling.active ? undefined : stageMessage(state, playlist.length, request.word, retry, playback, video, spelling.offer);
  const focusRefs = useKeyboardFocus(request, state.status, message?.kind);

  return (
    <main class="player">
      <Stage videoRef={videoRef} src={src} url={shownUrl} message={message} retryButtonRef={focusRefs.retry} hidden={spelling.active} />
      {spelling.active && (
        <>
          <SpellingView word={request.word} alphabet={spelling.alphabet} signs={spelling.signs} index={spelling.spelling.index} />
          <SpellingControls language={language} spelling={spelling.spelling} count={spelling.signs.length} rate={rate} onRate={setRate} playButtonRef={focusRefs.play} />
        </>
      )}
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
      <EntryInfo title={title} entry={item?.entry} video={definitionVideo ?? item?.video} onClose={close} closeButtonRef={focusRefs.close} />
      {item && (
        <Definition
          entry={item.entry}
          open={definitionOpen}
          onToggle={setDefinitionOpen}
          signedShown={definitionVideo !== undefined}
          onSignedShown={(shown) => setSignedDefinitionOf(shown ? item : null)}
        />
      )}
    </main>
  );
}

function stageMessage(
  state: EntriesState,
  videoCount: number,
  word: string,
  retry: () => void,
  playback: { failed: boolean; reload: () => void },
  video: { source: VideoSource; retry: () => void },
  spellOffer: { alphabet?: string; onSpell?: () => void; noAlphabet?: boolean },
): StageMessage | undefined {
  if (state.status === 'loading') return { kind: 'loading' };
  if (state.status === 'failed') return { kind: 'entries-failed', detail: state.message, onRetry: retry };
  if (videoCount === 0) return { kind: 'not-found', word, ...spellOffer };
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
    const target = messageKind === 'not-found' ? retry : messageKind && messageKind !== 'loading' ? retry : play;
    (target.current ?? close.current)?.focus();
  }, [request, status, messageKind]);
  return { play, retry, close };
}
