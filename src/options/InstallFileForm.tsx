import { useState } from 'preact/hooks';
import { t } from '../common/i18n';
import type { SourceSummary } from '../common/messages';
import { send } from '../common/send';
import { errorText, signCount } from './format';
import { PackFileError, storePackFile } from './pack-file';

type Status = { kind: 'success' | 'error'; text: string } | undefined;

const REASONS: Readonly<Record<string, string>> = { 'not-zip': 'options_file_not_zip', 'not-pack': 'options_file_not_pack', 'too-large': 'options_file_too_large', sharded: 'options_file_sharded' };

/** "Install from a file": a pack .zip exported by a studio, installed without any server. */
export function InstallFileForm({ language, onInstalled }: { language: string; onInstalled: (source: SourceSummary) => void }) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>();

  const install = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file || busy) return;
    setBusy(true);
    setStatus(undefined);
    try {
      const id = await storePackFile(file);
      const { source } = await send('sources.installFile', { id });
      setStatus({ kind: 'success', text: t('options_installed', source.name, signCount(source.entryCount, language)) });
      onInstalled(source);
    } catch (error) {
      const reason = error instanceof PackFileError ? (REASONS[error.message] ? t(REASONS[error.message]!) : error.message) : errorText(error);
      setStatus({ kind: 'error', text: t('options_add_failed', reason) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="file-heading">
      <h2 id="file-heading">{t('options_file_heading')}</h2>
      <p class="help" id="pack-file-help">
        {t('options_file_help')}
      </p>
      <label for="pack-file">{t('options_file_label')}</label>
      <input id="pack-file" type="file" accept=".zip,application/zip" disabled={busy} aria-describedby="pack-file-help file-status" onChange={(event) => void install(event.currentTarget)} />
      <p id="file-status" class={`status ${status?.kind ?? ''}`} role={status?.kind === 'error' ? 'alert' : 'status'} data-testid="file-status">
        {busy ? t('options_installing') : (status?.text ?? '')}
      </p>
    </section>
  );
}
