import { useState } from 'preact/hooks';
import { t } from '../common/i18n';
import type { PageStats } from '../common/messages';
import { sendToTab } from '../common/send-tab';
import { withSite, type Settings } from '../common/settings';
import { languageName } from '../options/format';
import { Switch } from './controls';
import type { PageState } from './usePage';

interface PageSectionProps {
  page: PageState;
  settings: Settings;
  save: (patch: Partial<Settings>) => void;
  language: string;
}

/**
 * The current page: one switch for its site, how many of its words have a sign (a count a reader
 * understands; the share of the page's words belongs to the page report), and Previous/Next to
 * go through its marked words. The master switch lives in the options page: two nearly identical
 * switches here confused readers. When it is off, this says so and offers to turn it back on.
 */
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
  if (!settings.enabled) {
    return (
      <>
        <Status text={t('popup_off_everywhere')} />
        <button type="button" id="turn-on" class="secondary" onClick={() => save({ enabled: true })}>
          {t('popup_turn_on')}
        </button>
      </>
    );
  }
  return (
    <>
      {site !== null && (
        <Switch
          id="site-enabled"
          label={site === 'file://' ? t('popup_site_files') : t('popup_site', site)}
          checked={siteOn}
          onChange={(on) => save({ disabledSites: withSite(settings.disabledSites, site, on) })}
        />
      )}
      <PageCount stats={stats} siteOn={siteOn} language={language} />
      {siteOn && stats.active && stats.marks > 0 && <WordSteps tabId={page.tabId} />}
    </>
  );
}

function PageCount({ stats, siteOn, language }: { stats: PageStats; siteOn: boolean; language: string }) {
  // role=status: screen readers hear the count when it changes, e.g. after the site is turned on.
  if (!siteOn || !stats.active) return <Status text={t('popup_off_here')} />;
  if (!stats.covered) return <Status text={stats.lang ? t('popup_page_no_dictionary', languageName(stats.lang, language)) : t('popup_no_dictionary_enabled')} />;
  if (stats.words === 0) return <Status text={stats.scanning ? t('popup_page_reading') : t('popup_page_no_words')} scanning={stats.scanning} />;

  const number = new Intl.NumberFormat(language).format(stats.marks);
  const text = stats.marks === 0 ? t('popup_count_zero') : new Intl.PluralRules(language).select(stats.marks) === 'one' ? t('popup_count_one', number) : t('popup_count_other', number);
  return (
    <div class="page-count" role="status" data-testid="page-count" data-marks={stats.marks} data-words={stats.words} data-signed-words={stats.signedWords} data-scanning={String(stats.scanning)}>
      <p class="count-line">{text}</p>
      {stats.scanning && <p class="hint">{t('popup_page_reading')}</p>}
    </div>
  );
}

/** Previous / Next marked word: the page scrolls to it and plays its sign, as the keyboard commands do. */
function WordSteps({ tabId }: { tabId: number }) {
  const [said, setSaid] = useState('');
  const step = (direction: 1 | -1) =>
    void sendToTab(tabId, 'page.step', { direction, fromKeyboard: false }).then(
      ({ word }) => setSaid(word ? t('popup_now_playing', word) : t('popup_no_more_words')),
      () => setSaid(''),
    );
  return (
    <div class="word-steps">
      <div class="step-buttons">
        <button type="button" id="previous-word" class="secondary" onClick={() => step(-1)}>
          {t('popup_previous_word')}
        </button>
        <button type="button" id="next-word" class="secondary" onClick={() => step(1)}>
          {t('popup_next_word')}
        </button>
      </div>
      <p class="hint" role="status" data-testid="step-status">
        {said}
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
