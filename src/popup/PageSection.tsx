import { t } from '../common/i18n';
import type { PageStats } from '../common/messages';
import { withSite, type Settings } from '../common/settings';
import { Switch } from './controls';
import type { PageState } from './usePage';

interface PageSectionProps {
  page: PageState;
  settings: Settings;
  save: (patch: Partial<Settings>) => void;
  language: string;
}

/** The current page: Signet on or off for its site, and how many of its words have a sign. */
export function PageSection({ page, settings, save, language }: PageSectionProps) {
  if (page.status === 'loading') return <p class="hint">{t('popup_page_loading')}</p>;
  if (page.status === 'unsupported') {
    return (
      <p class="hint" data-testid="page-unsupported">
        {t('popup_page_unsupported')}
      </p>
    );
  }
  const { stats } = page;
  const site = stats.site;
  const siteOn = site === null || !settings.disabledSites.includes(site);
  return (
    <>
      {site !== null && (
        <Switch
          id="site-enabled"
          label={site === 'file://' ? t('popup_site_files') : t('popup_site', site)}
          checked={siteOn}
          disabled={!settings.enabled}
          onChange={(on) => save({ disabledSites: withSite(settings.disabledSites, site, on) })}
        />
      )}
      <PageCount stats={stats} settings={settings} siteOn={siteOn} language={language} />
    </>
  );
}

function PageCount({ stats, settings, siteOn, language }: { stats: PageStats; settings: Settings; siteOn: boolean; language: string }) {
  // role=status: screen readers hear the count when it changes, e.g. after the site is turned on.
  if (!settings.enabled) return <Status text={t('popup_off_everywhere')} />;
  if (!siteOn || !stats.active) return <Status text={t('popup_off_here')} />;
  if (!stats.covered) return <Status text={stats.lang ? t('popup_page_no_dictionary', stats.lang) : t('popup_no_dictionary_enabled')} />;
  if (stats.words === 0) return <Status text={stats.scanning ? t('popup_page_reading') : t('popup_page_no_words')} scanning={stats.scanning} />;

  const number = new Intl.NumberFormat(language);
  const share = stats.signedWords / stats.words;
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: share > 0 && share < 0.01 ? 1 : 0 }).format(share);
  const one = new Intl.PluralRules(language).select(stats.marks) === 'one';
  return (
    <div class="page-count" role="status" data-testid="page-count" data-marks={stats.marks} data-words={stats.words} data-signed-words={stats.signedWords} data-scanning={String(stats.scanning)}>
      <p class="count-line">
        <strong class="count">{number.format(stats.marks)}</strong> {one ? t('popup_marks_one') : t('popup_marks_other')}
      </p>
      <p class="hint">
        {t('popup_share', percent, number.format(stats.words))}
        {stats.scanning && ` ${t('popup_page_reading')}`}
      </p>
    </div>
  );
}

/** `data-scanning` says whether the figure may still change (the page report and the tests wait for it). */
function Status({ text, scanning = false }: { text: string; scanning?: boolean }) {
  return (
    <p class="hint page-count" role="status" data-testid="page-count" data-scanning={String(scanning)}>
      {text}
    </p>
  );
}
