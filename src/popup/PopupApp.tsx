import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../common/i18n';
import type { SourceView } from '../common/messages';
import { send } from '../common/send';
import { PageSection } from './PageSection';
import { ReadingSettings } from './ReadingSettings';
import { SignLanguageField } from './SignLanguageField';
import { SitePackOffer } from './SitePackOffer';
import { usePage } from './usePage';
import { useSettings } from './useSettings';

/**
 * The toolbar popup, for reading: this site's switch, how many words of the page have a sign and
 * Previous/Next through them, the sign language, and the two settings readers change often (size,
 * speed). Everything else, the master switch included, is in the options page.
 */
export function PopupApp({ language }: { language: string }) {
  const { settings, save, error } = useSettings();
  const page = usePage();
  const [sourcesRead, setSourcesRead] = useState(0);
  const sources = useSourceList(sourcesRead);
  if (!settings) return null; // Storage answers in a few milliseconds: no "loading" flash.

  const pageLanguage = page.status === 'ready' ? page.stats.lang : '';
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>
          <img src="/assets/icons/icon-32.png" alt="" width="20" height="20" />
          {t('popup_title')}
        </h1>
      </header>
      {error && (
        <p class="error" role="alert">
          {t('settings_save_failed', error)}
        </p>
      )}

      <section class="group" aria-labelledby="page-heading">
        <h2 id="page-heading" class="group-heading">
          {t('popup_page_heading')}
        </h2>
        <PageSection page={page} settings={settings} save={save} language={language} />
        {page.status === 'ready' && page.stats.declaredPack && (
          <SitePackOffer url={page.stats.declaredPack} site={page.stats.site ?? page.stats.declaredPack} sources={sources} language={language} onInstalled={() => setSourcesRead((n) => n + 1)} />
        )}
        {page.status === 'ready' &&
          sources &&
          (pageLanguage ? (
            <SignLanguageField id="sign-language" pageLanguage={pageLanguage} sources={sources} settings={settings} save={save} language={language} />
          ) : (
            <p class="hint">{t('popup_page_no_language')}</p>
          ))}
        {page.status === 'ready' && page.stats.active && page.stats.covered && <ReportLink tabId={page.tabId} />}
      </section>

      <ReadingSettings settings={settings} save={save} language={language} idPrefix="popup" videoOnly />

      <footer class="popup-footer">
        <a
          href={browser.runtime.getURL('src/options/index.html')}
          target="_blank"
          onClick={(event) => {
            // The options page, in the tab the browser uses for it (reused if already open).
            event.preventDefault();
            void browser.runtime.openOptionsPage().then(() => window.close());
          }}
          rel="noopener"
        >
          {t('popup_open_options')}
        </a>
        {' · '}
        <a href={browser.runtime.getURL('src/studio/index.html')} target="_blank" rel="noopener" data-testid="open-studio">
          {t('studio_open')}
        </a>
      </footer>
    </main>
  );
}

/** Opens the page report (src/report) about this tab, in a tab of its own. */
function ReportLink({ tabId }: { tabId: number }) {
  const url = browser.runtime.getURL(`src/report/index.html?tab=${tabId}`);
  return (
    <p class="report-link">
      <a
        id="open-report"
        href={url}
        target="_blank"
        data-testid="open-report"
        onClick={(event) => {
          event.preventDefault();
          void browser.tabs.create({ url }).then(() => window.close());
        }}
        rel="noopener"
      >
        {t('popup_open_report')}
      </a>
    </p>
  );
}

/** The installed dictionaries (for the sign-language choice); null while unknown or unreadable. */
function useSourceList(generation: number): SourceView[] | null {
  const [sources, setSources] = useState<SourceView[] | null>(null);
  useEffect(() => {
    send('sources.list', {}).then(
      ({ sources: list }) => setSources(list),
      () => setSources(null),
    );
  }, [generation]);
  return sources;
}
