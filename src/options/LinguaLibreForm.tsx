import { useState } from 'preact/hooks';
import { t } from '../common/i18n';
import type { SourceView } from '../common/messages';
import { send } from '../common/send';
import { LINGUA_LIBRE_LANGUAGES, linguaLibreSourceId } from '../core/lingualibre/languages';
import { errorText, signCount, signLanguageName } from './format';
import { useHostAccess } from './host-access';

/** Where Lingua Libre's signs come from: the query service and Wikimedia Commons. */
const LINGUA_LIBRE_HOSTS = ['https://lingualibre.org/', 'https://commons.wikimedia.org/', 'https://upload.wikimedia.org/'];

interface LinguaLibreFormProps {
  language: string;
  installed: readonly SourceView[] | null;
  onStart?: () => void;
  onAdded: () => void;
}

/**
 * Adds the live Lingua Libre source of another sign language (LSF is added on install). Only
 * languages not yet added are offered; with all of them added, the form is not shown (except for
 * the message about the last one added).
 */
export function LinguaLibreForm({ language, installed, onStart, onAdded }: LinguaLibreFormProps) {
  const available = LINGUA_LIBRE_LANGUAGES.filter((l) => !installed?.some((s) => s.id === linguaLibreSourceId(l.signLanguage)));
  const [choice, setChoice] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; text: string }>();
  const askHostAccess = useHostAccess();
  if (installed === null || (available.length === 0 && !status)) return null;
  const selected = available.some((l) => l.signLanguage === choice) ? choice : (available[0]?.signLanguage ?? '');

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const access = askHostAccess(LINGUA_LIBRE_HOSTS);
    setBusy(true);
    setStatus(undefined);
    try {
      if (!(await access)) {
        setStatus({ kind: 'error', text: t('options_permission_refused') });
        return;
      }
      const adding = send('sources.addLinguaLibre', { signLanguage: selected });
      onStart?.();
      const { source } = await adding;
      setStatus(
        source.lastError
          ? { kind: 'error', text: t('options_lingualibre_not_read', source.name, source.lastError) }
          : { kind: 'success', text: t('options_installed', source.name, signCount(source.entryCount, language)) },
      );
      onAdded();
    } catch (error) {
      setStatus({ kind: 'error', text: t('options_add_failed', errorText(error)) });
      onAdded();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="lingualibre-heading">
      <h2 id="lingualibre-heading">{t('options_lingualibre_heading')}</h2>
      <p class="help" id="lingualibre-help">
        {t('options_lingualibre_help')}
      </p>
      <form class="add-form" onSubmit={onSubmit} aria-busy={busy}>
        {available.length > 0 && (
          <>
            <label for="lingualibre-language">{t('options_lingualibre_language')}</label>
            <div class="add-row">
              <select id="lingualibre-language" value={selected} disabled={busy} aria-describedby="lingualibre-help" onChange={(e) => setChoice(e.currentTarget.value)}>
                {available.map((l) => (
                  <option key={l.signLanguage} value={l.signLanguage}>
                    {signLanguageName(l.signLanguage, language)}
                  </option>
                ))}
              </select>
              <button id="add-lingualibre" type="submit" class="primary" disabled={busy} aria-busy={busy}>
                {busy ? t('options_installing') : t('options_lingualibre_add')}
              </button>
            </div>
          </>
        )}
        <p id="lingualibre-status" class={`status ${status?.kind ?? ''}`} role={status?.kind === 'error' ? 'alert' : 'status'}>
          {status?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
