import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../common/i18n';
import { signLanguageChoice, type Settings } from '../common/settings';
import { Controls, RATES, type Rate } from './Controls';
import { saveSettings } from '../common/settings-storage';
import { Definition } from './definition/Definition';
import { CreditLine, TitleBar } from './EntryInfo';
import { NoSignBubble } from './NoSignBubble';
import { RecordThisSign } from './RecordThisSign';
import type { PlayerRequest } from './request';
import { useWordSpelling } from './spelling/useWordSpelling';
import { SpellingControls } from './spelling/SpellingControls';
import { SpellingView } from './spelling/SpellingView';
import { buildPlaylist, type PlaylistItem } from './playlist';
import { Stage, type StageMessage } from './Stage';
import { useEntries, type EntriesState } from './useEntries';
import { usePlayerSettings } from './usePlayerSettings';
import { useShortcuts } from './useShortcuts';
import { useVideoPlayback } from './useVideoPlayback';
import { useVideoSource, type VideoSource } from './useVideoSource';

export interface PlayerProps {
  language: string;
  initialSettings: Settings;
  request: PlayerRequest;
  /** Requests made from the keyboard so far: each one moves focus to the main control. */
  keyboardShows: number;
  /** Asks the content script to close the overlay. */
  close: () => void;
  /** Asks the content script for the next (1) or previous (-1) marked word. */
  stepWord: (direction: 1 | -1) => void;
  /** Asks the content script for the full player's room (spelling a word that has no sign). */
  expand: () => void;
}

/** One word at work (its sign, its spelling, or the "no sign yet" bubble). */
export function Player({ language, initialSettings, request, keyboardShows, close, stepWord, expand }: PlayerProps) {
  const settings = usePlayerSettings(initialSettings);
  // The same sign language as the page's marks (the content script asks with the same rule).
  const choice = signLanguageChoice(settings, request.lang);
  const { state, retry } = useEntries(request, choice);
  const playlist = useMemo(() => (state.status === 'ready' ? buildPlaylist(state.entries) : []), [state]);

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

  const enlarged = settings.overlaySize === 'large';
  // The content script follows the setting and resizes the frame; the choice is remembered.
  const toggleEnlarged = () => void saveSettings({ overlaySize: enlarged ? 'medium' : 'large' }).catch(() => undefined);

  const noSign = state.status === 'ready' && playlist.length === 0;
  const spelling = useWordSpelling(request, noSign, choice, settings.fingerspell, rate);
  const spell = spelling.active ? spelling.spelling : undefined;
  // The bubble is too small for hand shapes: spelling asks for the player's full room.
  useEffect(() => {
    if (spelling.active) expand();
  }, [spelling.active, expand]);

  useShortcuts({
    togglePlay: spell ? spell.toggle : playback.togglePlay,
    enlarge: toggleEnlarged,
    nextWord: () => stepWord(1),
    previousWord: () => stepWord(-1),
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

  const message = empty ? ({ kind: 'empty' } as const) : spelling.active ? undefined : stageMessage(state, playlist.length, request, retry, playback, video, spelling.offer);
  const focusRefs = useKeyboardFocus(request, keyboardShows, state.status, message?.kind, item !== undefined || spelling.active);

  // A word without a sign: the small bubble (the overlay sized the frame for it), with
  // fingerspelling offered where the page's sign language has a manual alphabet.
  if (request.keys.length === 0 && !empty && !spelling.active) {
    const offer = spelling.offer;
    const actions = offer.onSpell && (
      <button type="button" class="text-button" onClick={offer.onSpell} data-testid="fingerspell">
        {offer.alphabet ? t('player_fingerspell_in', offer.alphabet) : t('player_fingerspell')}
      </button>
    );
    const record = <RecordThisSign word={request.word} lang={request.lang} />;
    return (
      <NoSignBubble
        word={request.word}
        onClose={close}
        closeButtonRef={focusRefs.close}
        actions={
          <>
            {actions}
            {record}
          </>
        }
      />
    );
  }

  return (
    <main class="player">
      <Stage videoRef={videoRef} src={src} url={shownUrl} message={message} retryButtonRef={focusRefs.retry} hidden={spelling.active} />
      {spelling.active && (
        <>
          <SpellingView word={request.word} alphabet={spelling.alphabet} signs={spelling.signs} index={spelling.spelling.index} />
          <SpellingControls language={language} spelling={spelling.spelling} count={spelling.signs.length} rate={rate} onRate={setRate} playButtonRef={focusRefs.play} />
        </>
      )}
      <TitleBar title={title} definition={item?.entry.definition} enlarged={enlarged} onEnlarge={empty ? undefined : toggleEnlarged} onClose={close} closeButtonRef={focusRefs.close} />
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
      {item && <CreditLine key={item.entry.id} entry={item.entry} video={definitionVideo ?? item.video} />}
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
  { word, lang }: { word: string; lang: string },
  retry: () => void,
  playback: { failed: boolean; reload: () => void },
  video: { source: VideoSource; retry: () => void },
  spellOffer: { alphabet?: string; onSpell?: () => void; noAlphabet?: boolean },
): StageMessage | undefined {
  if (state.status === 'loading') return { kind: 'loading' };
  if (state.status === 'failed') return { kind: 'entries-failed', detail: state.message, onRetry: retry };
  if (videoCount === 0) return { kind: 'not-found', word, lang, ...spellOffer };
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
 * in, focus its main control: Play/Pause (Retry after a failure, Close when there is nothing to
 * play). Once per keyboard request, counted by `keyboardShows`, not per word: asking again for
 * the word on screen focused whatever the frame had focused last (readers found Close there, so
 * Space closed the sign). Opened by pointing, the user is reading the page: never focus().
 */
function useKeyboardFocus(request: { fromKeyboard: boolean }, keyboardShows: number, status: EntriesState['status'], messageKind: string | undefined, playable: boolean) {
  const play = useRef<HTMLButtonElement>(null);
  const retry = useRef<HTMLButtonElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const focusedFor = useRef(0);
  useEffect(() => {
    // The video too must be in: Play/Pause focused over a video still loading did nothing for Space.
    if (!request.fromKeyboard || status === 'loading' || messageKind === 'loading' || focusedFor.current === keyboardShows) return;
    const failed = messageKind !== undefined && messageKind !== 'not-found';
    const target = failed ? retry : playable ? play : messageKind === 'not-found' ? close : null;
    if (!target?.current) return; // Not rendered yet: the next render focuses it.
    focusedFor.current = keyboardShows;
    target.current.focus();
  });
  return { play, retry, close };
}
