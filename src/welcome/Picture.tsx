import { t } from '../common/i18n';

/** What to do, as a picture: a page, an underlined word, the pointer on it, the sign's video beside it. */
export function HowToPicture() {
  return (
    <svg class="how-to" viewBox="0 0 320 160" width="320" height="160" role="img" aria-label={t('welcome_picture_label')}>
      <rect x="1" y="1" width="318" height="158" rx="10" class="how-page" />
      <rect x="20" y="24" width="150" height="8" rx="4" class="how-line" />
      <rect x="20" y="44" width="40" height="8" rx="4" class="how-line" />
      <rect x="66" y="42" width="48" height="12" rx="3" class="how-mark" />
      <rect x="66" y="56" width="48" height="3" class="how-underline" />
      <rect x="120" y="44" width="50" height="8" rx="4" class="how-line" />
      <rect x="20" y="64" width="130" height="8" rx="4" class="how-line" />
      <rect x="20" y="84" width="150" height="8" rx="4" class="how-line" />
      <path d="M88 50 l0 22 l6 -6 l5 10 l4 -2 l-5 -10 l8 0 z" class="how-pointer" />
      <rect x="186" y="30" width="116" height="104" rx="8" class="how-player" />
      <circle cx="244" cy="62" r="11" class="how-signer" />
      <path d="M222 112 q22 -30 44 0 z" class="how-signer" />
      <path d="M212 92 l-10 -14 M276 92 l10 -14" class="how-hands" />
    </svg>
  );
}
