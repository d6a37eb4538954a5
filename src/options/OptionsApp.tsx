import { t } from '../common/i18n';
import { AddSourceForm } from './AddSourceForm';
import { SourceList } from './SourceList';
import { useSources } from './useSources';

/** The options page: dictionaries for now; settings and the cache come later as further sections. */
export function OptionsApp({ language }: { language: string }) {
  const { state, refresh } = useSources();
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <AddSourceForm language={language} onInstalled={() => void refresh()} />
      <SourceList state={state} language={language} refresh={refresh} />
    </main>
  );
}
