import type { ComponentChildren, Ref } from 'preact';
import { t } from '../common/i18n';
import { IconButton } from './IconButton';

interface NoSignBubbleProps {
  word: string;
  onClose: () => void;
  closeButtonRef?: Ref<HTMLButtonElement>;
  /** What a reader can do instead (fingerspell it, record it…): one row of buttons under the word. */
  actions?: ComponentChildren;
}

/**
 * A word without a sign: a small bubble, picture first (a hand with no sign yet), the word, and
 * a row for the actions offered instead. Readers double-clicking such a word got no feedback at
 * all, and through the command a large black box with one sentence (the overlay sizes the frame
 * to this bubble: BUBBLE_SIZE in src/content/overlay.ts).
 */
export function NoSignBubble({ word, onClose, closeButtonRef, actions }: NoSignBubbleProps) {
  return (
    <main class="bubble" aria-label={t('player_no_sign_label', word)}>
      <NoSignPicture />
      <div class="bubble-text">
        <h1 class="bubble-word" title={word}>
          {word}
        </h1>
        <p class="bubble-status" role="status">
          {t('player_no_sign_yet')}
        </p>
        <div class="bubble-actions">{actions}</div>
      </div>
      <IconButton icon="close" class="bar-button close-button" label={t('player_close')} shortcut={t('player_key_escape')} onClick={onClose} buttonRef={closeButtonRef} />
    </main>
  );
}

/** An open hand, greyed, with a small "?" badge: a sign that is not there yet. */
function NoSignPicture() {
  return (
    <svg class="bubble-picture" viewBox="0 0 64 64" width="64" height="64" aria-hidden="true" focusable="false">
      <g fill="currentColor" opacity="0.55">
        <rect x="17" y="14" width="7" height="26" rx="3.5" />
        <rect x="25.5" y="8" width="7" height="30" rx="3.5" />
        <rect x="34" y="10" width="7" height="28" rx="3.5" />
        <rect x="42.5" y="16" width="6.5" height="24" rx="3.25" />
        <rect x="6" y="30" width="7" height="18" rx="3.5" transform="rotate(-40 9.5 39)" />
        <rect x="14" y="30" width="35" height="24" rx="11" />
      </g>
      <circle cx="50" cy="50" r="11" class="bubble-badge" />
      <text x="50" y="55" text-anchor="middle" class="bubble-badge-mark">
        ?
      </text>
    </svg>
  );
}
