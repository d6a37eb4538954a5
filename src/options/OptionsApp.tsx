import { t } from '../common/i18n';
import { AddSourceForm } from './AddSourceForm';
import { InstallFileForm } from './InstallFileForm';
import { CacheSection } from './CacheSection';
import { CreditsSection } from './CreditsSection';
import { LinguaLibreForm } from './LinguaLibreForm';
import { SettingsSection } from './SettingsSection';
import { ShortcutsSection } from './ShortcutsSection';
import { SourceList } from './SourceList';
import { useSources } from './useSources';

/** The options page: dictionaries, the video cache, settings, shortcuts and credits. */
export function OptionsApp({ language }: { language: string }) {
  const { state, refresh, progress, watch } = useSources();
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      {/* What is installed first: the pack form's URL talk comes after, for those who add one. */}
      <p class="help">
        <a href="../studio/index.html" data-testid="open-studio">
          {t('studio_open')}
        </a>
      </p>
      <SourceList state={state} language={language} refresh={refresh} progress={progress} onStart={watch} />
      <AddSourceForm language={language} onStart={watch} onInstalled={() => void refresh()} />
      <InstallFileForm language={language} onInstalled={() => void refresh()} />
      <LinguaLibreForm language={language} installed={state.status === 'ready' ? state.sources : null} onStart={watch} onAdded={() => void refresh()} />
      <CacheSection language={language} />
      <SettingsSection language={language} sources={state.status === 'ready' ? state.sources : null} />
      <ShortcutsSection />
      <CreditsSection language={language} sources={state.status === 'ready' ? state.sources : null} />
    </main>
  );
}
