import { RecordThisSign } from './RecordThisSign';
import type { Ref, RefObject } from 'preact';
import { t } from '../common/i18n';

export type StageMessage =
  /** No word asked (the bare player, or closed): how to get a sign. */
  | { kind: 'empty' }
  | { kind: 'loading' }
  /**
   * No dictionary signs the word; `onSpell` offers its fingerspelling (in `alphabet`) when Signet
   * has the manual alphabet; `lang` is the page's, for recording it in the studio.
   */
  | { kind: 'not-found'; word: string; lang: string; alphabet?: string; onSpell?: () => void; noAlphabet?: boolean }
  | { kind: 'entries-failed'; detail: string; onRetry: () => void }
  /** The video could not be had: no network (and not cached), gone from its server, refused or unplayable. */
  | { kind: 'video-offline' | 'video-missing' | 'video-failed'; detail: string; onRetry: () => void }
  /** The stored copy does not play: it was dropped, Retry fetches it again. */
  | { kind: 'video-damaged'; onRetry: () => void };

const VIDEO_MESSAGES = {
  'video-offline': 'player_video_offline',
  'video-missing': 'player_video_missing',
  'video-failed': 'player_video_failed',
  'video-damaged': 'player_video_damaged',
} as const;

interface StageProps {
  videoRef: RefObject<HTMLVideoElement | null>;
  /** Only decides visibility: useVideoPlayback sets the element's src itself. */
  src: string | undefined;
  /** The video's own address (the element may play a Blob URL of it from the cache): for tests and tools. */
  url?: string | undefined;
  /** Shown over (or instead of) the video. */
  message?: StageMessage;
  retryButtonRef?: Ref<HTMLButtonElement>;
  /** Something else fills the stage (the spelling): the video stays in the DOM, hidden, to be reused. */
  hidden?: boolean;
}

/**
 * The 4:3 black area. The video is the content, so it plays muted, loops and starts at once,
 * without native controls (the player's own buttons are larger and keyboard-friendly); it stays
 * in the DOM while messages come and go so that changing words reuses the same element.
 */
export function Stage({ videoRef, src, url, message, retryButtonRef, hidden }: StageProps) {
  return (
    <div class="stage" hidden={hidden}>
      <video
        ref={videoRef}
        class="video"
        muted
        loop
        autoplay
        playsInline
        preload="auto"
        disablePictureInPicture
        hidden={!src}
        data-src={src ? url : undefined}
        aria-hidden={message ? 'true' : undefined}
      />
      {message && <StageOverlay message={message} retryButtonRef={retryButtonRef} />}
    </div>
  );
}

function StageOverlay({ message, retryButtonRef }: { message: StageMessage; retryButtonRef?: Ref<HTMLButtonElement> }) {
  switch (message.kind) {
    case 'empty':
      return (
        <div class="stage-message" role="status">
          {t('player_empty_hint')}
        </div>
      );
    case 'loading':
      return (
        <div class="stage-message" role="status">
          {t('player_loading')}
        </div>
      );
    case 'not-found':
      return (
        <div class="stage-message">
          <p role="status">{message.word ? t('player_no_sign_yet', message.word) : t('player_not_found_plain')}</p>
          {message.onSpell && (
            <button type="button" class="text-button" ref={retryButtonRef} onClick={message.onSpell} data-testid="fingerspell">
              {message.alphabet ? t('player_fingerspell_in', message.alphabet) : t('player_fingerspell')}
            </button>
          )}
          {message.noAlphabet && <p class="stage-detail">{t('player_no_alphabet')}</p>}
          {message.word && <RecordThisSign word={message.word} lang={message.lang} />}
        </div>
      );
    case 'entries-failed':
      return (
        <div class="stage-message" role="alert">
          <p>{t('player_entries_failed')}</p>
          {message.detail && <p class="stage-detail">{message.detail}</p>}
          <button type="button" class="text-button" ref={retryButtonRef} onClick={message.onRetry}>
            {t('player_retry')}
          </button>
        </div>
      );
    case 'video-offline':
    case 'video-missing':
    case 'video-failed':
    case 'video-damaged':
      return (
        <div class="stage-message" role="alert" data-state={message.kind}>
          <p>{t(VIDEO_MESSAGES[message.kind])}</p>
          {/* The background's detail says what failed (an HTTP status, not a video); offline and missing say it all already. */}
          {message.kind === 'video-failed' && message.detail && <p class="stage-detail">{message.detail}</p>}
          <button type="button" class="text-button" ref={retryButtonRef} onClick={message.onRetry}>
            {t('player_retry')}
          </button>
        </div>
      );
  }
}
