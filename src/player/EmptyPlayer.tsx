import { t } from '../common/i18n';

/**
 * The player before its content script has handed it a channel, or opened on its own (a tab, a
 * frame of some web page): a heading and a hint, nothing asked of the background. Same boxes as
 * the working player (player.css), so the overlay does not jump when a sign arrives.
 */
export function EmptyPlayer() {
  return (
    <main class="player">
      <div class="stage">
        <div class="stage-message" role="status">
          {t('player_empty_hint')}
        </div>
      </div>
      <div class="info">
        <div class="info-line">
          <h1 class="word">{t('player_empty_heading')}</h1>
        </div>
      </div>
    </main>
  );
}
