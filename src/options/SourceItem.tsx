import { t } from '../common/i18n';
import type { SourceSummary } from '../common/messages';
import { formatDate, languageName, signCount, signLanguageName } from './format';

interface SourceItemProps {
  source: SourceSummary;
  language: string;
  removing: boolean;
  onRemove: (source: SourceSummary) => void;
}

/** One installed dictionary. Every value comes from a downloaded pack: rendered as text only. */
export function SourceItem({ source, language, removing, onRemove }: SourceItemProps) {
  const installed = formatDate(source.installedAt, language);
  return (
    <li class="source" data-testid="source" data-source-id={source.id}>
      <div class="source-head">
        <h3 class="source-name">{source.name}</h3>
        <button
          type="button"
          class="secondary"
          aria-label={t('options_remove_label', source.name)}
          disabled={removing}
          aria-busy={removing}
          onClick={() => onRemove(source)}
        >
          {removing ? t('options_removing') : t('options_remove')}
        </button>
      </div>
      <dl class="facts">
        <dt>{t('options_field_languages')}</dt>
        <dd>
          {signLanguageName(source.signLanguage, language)} / {languageName(source.spokenLanguage, language)}
        </dd>
        <dt>{t('options_field_signs')}</dt>
        <dd>
          <span data-testid="entry-count" data-count={source.entryCount}>
            {signCount(source.entryCount, language)}
          </span>
        </dd>
        <dt>{t('options_field_version')}</dt>
        <dd>{source.version}</dd>
        <dt>{t('options_field_licence')}</dt>
        <dd>
          {source.licence}
          {source.attribution && ` — ${source.attribution}`}
        </dd>
        <dt>{t('options_field_url')}</dt>
        <dd class="url">{source.url}</dd>
        {installed && (
          <>
            <dt>{t('options_field_installed')}</dt>
            <dd>{installed}</dd>
          </>
        )}
      </dl>
    </li>
  );
}
