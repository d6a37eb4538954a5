import { useRef, useState } from 'preact/hooks';
import { t } from '../common/i18n';
import type { InstallProgress, SourceView } from '../common/messages';
import { send } from '../common/send';
import { errorText, wasInterrupted } from './format';
import { InstallProgressList } from './InstallProgressList';
import './dictionary.css';
import { SourceItem } from './SourceItem';
import type { SourcesState } from './useSources';

interface SourceListProps {
  state: SourcesState;
  language: string;
  refresh: () => Promise<void>;
  progress: InstallProgress[];
  /** An update starts: the page follows its progress closely. */
  onStart?: () => void;
}

type Status = { kind: 'success' | 'error'; text: string } | undefined;
type Busy = { id: string; what: 'removing' | 'updating' | 'switching' | 'confirming' } | undefined;

export function SourceList({ state, language, refresh, progress, onStart }: SourceListProps) {
  const [busy, setBusy] = useState<Busy>();
  const [status, setStatus] = useState<Status>();
  const headingRef = useRef<HTMLHeadingElement>(null);

  /** Runs one action on one source, then lists the sources again; its message says how it went. */
  const act = async (source: SourceView, what: NonNullable<Busy>['what'], work: () => Promise<string>, failure: (message: string) => string) => {
    setBusy({ id: source.id, what });
    setStatus(undefined);
    try {
      const text = await work();
      await refresh();
      setStatus({ kind: 'success', text });
    } catch (error) {
      await refresh();
      setStatus(wasInterrupted(error) ? { kind: 'success', text: t('options_add_interrupted') } : { kind: 'error', text: failure(errorText(error)) });
    } finally {
      setBusy(undefined);
    }
  };

  const remove = (source: SourceView) =>
    act(
      source,
      'removing',
      async () => {
        await send('sources.remove', { id: source.id });
        // The focused button has just disappeared with its item: keep keyboard users in the list.
        headingRef.current?.focus();
        return t('options_removed', source.name);
      },
      (message) => t('options_remove_failed', source.name, message),
    );

  const update = (source: SourceView) =>
    act(
      source,
      'updating',
      async () => {
        const updating = send('sources.update', { id: source.id });
        onStart?.();
        const { sources } = await updating;
        const after = sources.find((s) => s.id === source.id);
        if (after?.lastError) throw new Error(after.lastError);
        if (after?.heldUpdate) return t('options_held_waiting', source.name);
        return after && after.version !== source.version ? t('options_updated', source.name, after.version) : t('options_up_to_date', source.name);
      },
      (message) => t('options_update_failed', source.name, message),
    );

  const toggle = (source: SourceView, enabled: boolean) =>
    act(
      source,
      'switching',
      async () => {
        await send('sources.setEnabled', { id: source.id, enabled });
        return t(enabled ? 'options_enabled_on' : 'options_enabled_off', source.name);
      },
      (message) => t('options_toggle_failed', source.name, message),
    );

  const confirmUpdate = (source: SourceView, install: boolean) =>
    act(
      source,
      'confirming',
      async () => {
        const { source: after } = await send('sources.confirmUpdate', { id: source.id, install });
        return install && after ? t('options_updated', after.name, after.version) : t('options_held_kept', source.name);
      },
      (message) => t('options_update_failed', source.name, message),
    );

  return (
    <section class="card" aria-labelledby="installed-heading">
      <h2 id="installed-heading" tabIndex={-1} ref={headingRef}>
        {t('options_installed_heading')}
      </h2>
      <p id="sources-status" class={`status ${status?.kind ?? ''}`} role={status?.kind === 'error' ? 'alert' : 'status'}>
        {status?.text ?? ''}
      </p>
      <InstallProgressList installs={progress} />
      {state.status === 'loading' && <p class="empty">{t('options_loading')}</p>}
      {state.status === 'failed' && (
        <p class="status error" role="alert">
          {t('options_list_failed', state.message)}
        </p>
      )}
      {state.status === 'ready' && state.sources.length === 0 && (
        <p class="empty" data-testid="no-sources">
          {t('options_no_sources')}
        </p>
      )}
      {state.status === 'ready' && state.sources.length > 0 && (
        <ul class="sources">
          {state.sources.map((source) => (
            <SourceItem
              key={source.id}
              source={source}
              language={language}
              busy={busy?.id === source.id ? busy.what : undefined}
              onRemove={remove}
              onUpdate={update}
              onToggle={toggle}
              onConfirmUpdate={confirmUpdate}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
