import { useState } from 'preact/hooks';
import { t } from '../common/i18n';
import { primaryLanguage, withSite } from '../common/settings';
import { resetSettings } from '../common/settings-storage';
import { Switch } from '../popup/controls';
import { ReadingSettings } from '../popup/ReadingSettings';
import { SignLanguageField, type ListedSource } from '../popup/SignLanguageField';
import { useSettings } from '../popup/useSettings';
import '../popup/controls.css';
import './sections.css';

interface SettingsSectionProps {
  language: string;
  /** The installed dictionaries, null while loading or unreadable. */
  sources: ListedSource[] | null;
}

/**
 * The popup's settings, on a page of their own for readers who prefer it, plus what the popup
 * has no room for: the sign language of every written language installed, the sites where
 * Signet is off, and a way back to the defaults.
 */
export function SettingsSection({ language, sources }: SettingsSectionProps) {
  const { settings, save, error } = useSettings();
  const [resetDone, setResetDone] = useState(false);
  if (!settings) return null;
  const written = [...new Set((sources ?? []).map((source) => primaryLanguage(source.spokenLanguage)))].filter(Boolean).sort();

  return (
    <>
      <section class="card settings" aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t('options_settings_heading')}</h2>
        <Switch id="options-enabled" label={t('popup_enabled')} checked={settings.enabled} onChange={(enabled) => save({ enabled })} />
        <ReadingSettings settings={settings} save={save} language={language} idPrefix="options" headingLevel={3} />
        <div class="settings-actions">
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setResetDone(false);
              void resetSettings().then(() => setResetDone(true));
            }}
          >
            {t('options_reset')}
          </button>
          <p class="status success" role="status">
            {resetDone ? t('options_reset_done') : ''}
          </p>
        </div>
        {error && (
          <p class="status error" role="alert">
            {t('settings_save_failed', error)}
          </p>
        )}
      </section>

      <section class="card settings" aria-labelledby="sign-languages-heading">
        <h2 id="sign-languages-heading">{t('options_sign_languages_heading')}</h2>
        {written.length === 0 && <p class="help">{t('options_sign_languages_none')}</p>}
        {sources && written.map((lang) => <SignLanguageField key={lang} id={`sign-language-${lang}`} pageLanguage={lang} sources={sources} settings={settings} save={save} language={language} />)}
      </section>

      <section class="card settings" aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('options_sites_heading')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="help" data-testid="no-disabled-sites">
            {t('options_sites_none')}
          </p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site} class="site">
                <span class="site-name">{site === 'file://' ? t('options_site_files') : site}</span>
                <button
                  type="button"
                  class="secondary"
                  aria-label={t('options_site_turn_on_label', site === 'file://' ? t('options_site_files') : site)}
                  onClick={() => save({ disabledSites: withSite(settings.disabledSites, site, true) })}
                >
                  {t('options_site_turn_on')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
