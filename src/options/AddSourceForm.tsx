import { useState } from 'preact/hooks';
import { t } from '../common/i18n';
import type { SourceConflict, SourceSummary } from '../common/messages';
import { send } from '../common/send';
import { errorText, languageName, signCount, wasInterrupted } from './format';
import { useHostAccess } from './host-access';

type AddStatus = { kind: 'success' | 'error'; text: string } | undefined;
/** The address whose pack takes the id of a source installed from elsewhere, and that source. */
type Conflict = { url: string; installed: SourceConflict } | undefined;

interface AddSourceFormProps {
  language: string;
  /** An install starts: the page follows its progress closely. */
  onStart?: () => void;
  onInstalled: (source: SourceSummary) => void;
}

/**
 * Installs a pack from its URL. The URL field is native (type=url, required), so the browser
 * refuses an empty or malformed address before anything is sent; what the background says
 * about the rest (unreachable, not a pack, invalid) is shown as it comes, in plain words.
 * Access to the pack's site is asked for here, in the reader's gesture, when Signet lacks it.
 */
export function AddSourceForm({ language, onStart, onInstalled }: AddSourceFormProps) {
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<AddStatus>();
  const [conflict, setConflict] = useState<Conflict>();
  const askHostAccess = useHostAccess();

  /** `replace`: the reader chose to put this pack in the place of the source that has its id. */
  const install = async (address: string, replace: boolean) => {
    // Before any await: a permission request must be made inside the reader's gesture.
    const access = askHostAccess([address]);
    setBusy(true);
    setStatus(undefined);
    setConflict(undefined);
    try {
      if (!(await access)) {
        setStatus({ kind: 'error', text: t('options_permission_refused') });
        return;
      }
      const installing = send('sources.add', replace ? { url: address, replace } : { url: address });
      onStart?.();
      const answer = await installing;
      if ('conflict' in answer) {
        setStatus({ kind: 'error', text: t('options_add_failed', answer.conflict.message) });
        setConflict({ url: address, installed: answer.conflict });
        return;
      }
      const { source } = answer;
      setUrl('');
      setStatus({
        kind: 'success',
        text: `${t('options_installed', source.name, signCount(source.entryCount, language))} ${t('options_installed_next', languageName(source.spokenLanguage, language))}`,
      });
      onInstalled(source);
    } catch (error) {
      // The address stays in the field so the user can correct it rather than type it again.
      setStatus(wasInterrupted(error) ? { kind: 'success', text: t('options_add_interrupted') } : { kind: 'error', text: t('options_add_failed', errorText(error)) });
      if (wasInterrupted(error)) onStart?.();
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (!busy) void install(url.trim(), false);
  };

  return (
    <section class="card" aria-labelledby="add-heading">
      <h2 id="add-heading">{t('options_add_heading')}</h2>
      <p class="help" id="pack-url-help">
        {t('options_add_help')}
      </p>
      <form class="add-form" onSubmit={onSubmit} aria-busy={busy}>
        <label for="pack-url">{t('options_pack_url_label')}</label>
        <div class="add-row">
          <input
            id="pack-url"
            name="url"
            type="url"
            required
            autocomplete="url"
            spellcheck={false}
            placeholder="https://example.org/lsf/pack.json"
            value={url}
            readOnly={busy}
            aria-describedby="pack-url-help add-status"
            aria-invalid={status?.kind === 'error' ? 'true' : undefined}
            onInput={(event) => setUrl(event.currentTarget.value)}
          />
          <button id="add-pack" type="submit" class="primary" disabled={busy} aria-busy={busy}>
            {busy ? t('options_installing') : t('options_add_button')}
          </button>
        </div>
        {/* Kept in the DOM so that screen readers announce each new message in it. */}
        <p id="add-status" class={`status ${status?.kind ?? ''}`} role={status?.kind === 'error' ? 'alert' : 'status'}>
          {status?.text ?? ''}
        </p>
        {conflict && (
          <div class="conflict-actions" data-testid="id-conflict">
            <button type="button" class="secondary" data-action="replace" disabled={busy} onClick={() => void install(conflict.url, true)}>
              {t('options_replace', conflict.installed.name)}
            </button>
            <button type="button" class="secondary" data-action="keep" disabled={busy} onClick={() => setConflict(undefined)}>
              {t('options_keep_installed')}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
