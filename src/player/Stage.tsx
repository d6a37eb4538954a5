import type { Ref, RefObject } from 'preact';
import { t } from '../common/i18n';

export type StageMessage =
  | { kind: 'loading' }
  | { kind: 'not-found'; word: string }
  | { kind: 'entries-failed'; detail: string; onRetry: () => void }
  | { kind: 'video-failed'; onRetry: () => void };

interface StageProps {
  videoRef: RefObject<HTMLVideoElement | null>;
  /** Only decides visibility: useVideoPlayback sets the element's src itself. */
  src: string | undefined;
  /** Shown over (or instead of) the video. */
  message?: StageMessage;
  retryButtonRef?: Ref<HTMLButtonElement>;
}

/**
 * The 4:3 black area. The video is the content, so it plays muted, loops and starts at once,
 * without native controls (the player's own buttons are larger and keyboard-friendly); it stays
 * in the DOM while messages come and go so that changing words reuses the same element.
 */
export function Stage({ videoRef, src, message, retryButtonRef }: StageProps) {
  return (
    <div class="stage">
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
        aria-hidden={message ? 'true' : undefined}
      />
      {message && <StageOverlay message={message} retryButtonRef={retryButtonRef} />}
    </div>
  );
}

function StageOverlay({ message, retryButtonRef }: { message: StageMessage; retryButtonRef?: Ref<HTMLButtonElement> }) {
  switch (message.kind) {
    case 'loading':
      return (
        <div class="stage-message" role="status">
          {t('player_loading')}
        </div>
      );
    case 'not-found':
      return (
        <div class="stage-message" role="status">
          {message.word ? t('player_not_found', message.word) : t('player_not_found_plain')}
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
    case 'video-failed':
      return (
        <div class="stage-message" role="alert">
          <p>{t('player_video_failed')}</p>
          <button type="button" class="text-button" ref={retryButtonRef} onClick={message.onRetry}>
            {t('player_retry')}
          </button>
        </div>
      );
  }
}
