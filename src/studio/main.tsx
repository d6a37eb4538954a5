import { render } from 'preact';
import '../common/ui.css';
import { localiseDocument, t } from '../common/i18n';
import { StudioApp } from './StudioApp';
import { useStudioDb } from './useStudioDb';
import '../options/options.css';
import '../popup/controls.css';
import './studio.css';

localiseDocument('studio_title');

function Root() {
  const db = useStudioDb();
  if (db === null) return null;
  if (db instanceof Error) {
    return (
      <main class="studio">
        <h1>{t('studio_title')}</h1>
        <p role="alert" class="status error">
          {t('studio_error_storage')}
        </p>
      </main>
    );
  }
  return <StudioApp db={db} />;
}

render(<Root />, document.getElementById('app')!);
