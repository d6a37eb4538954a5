import { t } from '../common/i18n';
import { SPEEDS, type Speed } from '../common/settings';

/** The speed buttons [0.5× 0.75× 1×], shared by the sign, spelling and phrase controls. */
export function Rates({ language, rate, onRate }: { language: string; rate: Speed; onRate: (rate: Speed) => void }) {
  const formatRate = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  return (
    <div class="rates" role="group" aria-label={t('player_speed')} title={`${t('player_speed')} (+ / −)`}>
      {SPEEDS.map((value) => (
        <button key={value} type="button" class="rate-button" aria-pressed={value === rate} aria-label={t('player_speed_value', formatRate.format(value))} onClick={() => onRate(value)}>
          {`${formatRate.format(value)}×`}
        </button>
      ))}
    </div>
  );
}
