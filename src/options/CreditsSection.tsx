import { t } from '../common/i18n';
import type { SourceSummary } from '../common/messages';
import { isSafeLink } from '../player/playlist';
import { signLanguageName } from './format';
import './sections.css';

interface CreditsSectionProps {
  sources: SourceSummary[] | null;
  language: string;
}

/**
 * Who made the signs Signet shows, and under which licence: every installed source, as its pack
 * states it (rendered as text; a home page is a link only if it is http(s)). The player shows the
 * same credit under each video.
 */
export function CreditsSection({ sources, language }: CreditsSectionProps) {
  return (
    <section class="card" aria-labelledby="credits-heading">
      <h2 id="credits-heading">{t('options_credits_heading')}</h2>
      {sources && sources.length === 0 && <p class="help">{t('options_credits_none')}</p>}
      {sources && sources.length > 0 && (
        <ul class="credits">
          {sources.map((source) => {
            // Summaries may carry the pack's home page (not every version of the list does).
            const homepage = (source as SourceSummary & { homepage?: string }).homepage;
            return (
              <li key={source.id} class="credit-item" data-testid="credit">
                <h3>{source.name}</h3>
                <p>{source.attribution || source.name}</p>
                <p class="help">
                  {t('options_credits_licence', source.licence)} · {signLanguageName(source.signLanguage, language)}
                  {isSafeLink(homepage) && (
                    <>
                      {' · '}
                      <a href={homepage} target="_blank" rel="noopener">
                        {t('options_credits_homepage')}
                      </a>
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <p class="help">{t('options_credits_software')}</p>
    </section>
  );
}
