import { t } from '../common/i18n';
import type { TakeRecord } from './takes';

interface RecoveredTakesProps {
  takes: TakeRecord[];
  onReview: (take: TakeRecord) => void;
  onDiscard: (take: TakeRecord) => void;
}

/** Takes kept from an earlier visit (a tab closed mid-take, a take never saved): review or discard each. */
export function RecoveredTakes({ takes, onReview, onDiscard }: RecoveredTakesProps) {
  if (takes.length === 0) return null;
  return (
    <section class="card recovered" aria-labelledby="recovered-heading" data-testid="recovered">
      <h2 id="recovered-heading">{t('studio_recovered_heading')}</h2>
      <ul>
        {takes.map((take) => (
          <li key={take.id} data-testid="recovered-take" data-take-id={take.id} data-finished={String(take.endedAt !== undefined)}>
            <span>
              {t(
                take.endedAt === undefined ? 'studio_recovered_cut' : 'studio_recovered_unsaved',
                take.word || t('studio_word_none'),
                new Date(take.startedAt).toLocaleString(),
                Math.round(take.bytes / 1024),
              )}
            </span>
            <button type="button" class="secondary" onClick={() => onReview(take)} data-action="review">
              {t('studio_recovered_review')}
            </button>
            <button type="button" class="secondary" onClick={() => onDiscard(take)} data-action="discard">
              {t('studio_recovered_discard')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
