import { t } from '../common/i18n';
import { SPEEDS, type Speed } from '../common/settings';

/**
 * The speed buttons [0.5× 0.75× 1×], shared by the sign, spelling and phrase controls. In the
 * compact player (a frame under 320 px, player.css) one button shows the speed and goes to the
 * next one at each click; only one of the two is displayed.
 */
export function Rates({ language, rate, onRate }: { language: string; rate: Speed; onRate: (rate: Speed) => void }) {
  const formatRate = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const next = SPEEDS[(SPEEDS.indexOf(rate) + 1) % SPEEDS.length]!;
  return (
    <>
      <div class="rates" role="group" aria-label={t('player_speed')} title={`${t('player_speed')} (+ / −)`}>
        {SPEEDS.map((value) => (
          <button key={value} type="button" class="rate-button" aria-pressed={value === rate} aria-label={t('player_speed_value', formatRate.format(value))} onClick={() => onRate(value)}>
            {`${formatRate.format(value)}×`}
          </button>
        ))}
      </div>
      <button type="button" class="rate-button rate-cycle" aria-label={t('player_speed_value', formatRate.format(rate))} title={`${t('player_speed')} (+ / −)`} onClick={() => onRate(next)}>
        {`${formatRate.format(rate)}×`}
      </button>
    </>
  );
}
