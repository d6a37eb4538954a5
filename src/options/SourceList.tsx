import { useRef, useState } from 'preact/hooks';
import { t } from '../common/i18n';
import type { SourceSummary } from '../common/messages';
import { send } from '../common/send';
import { errorText } from './format';
import { SourceItem } from './SourceItem';
import type { SourcesState } from './useSources';

interface SourceListProps {
  state: SourcesState;
  language: string;
  refresh: () => Promise<void>;
}

type RemoveStatus = { kind: 'success' | 'error'; text: string } | undefined;

export function SourceList({ state, language, refresh }: SourceListProps) {
  const [removingId, setRemovingId] = useState<string>();
  const [status, setStatus] = useState<RemoveStatus>();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const remove = async (source: SourceSummary) => {
    setRemovingId(source.id);
    setStatus(undefined);
    try {
      await send('sources.remove', { id: source.id });
      await refresh();
      setStatus({ kind: 'success', text: t('options_removed', source.name) });
      // The focused button has just disappeared with its item: keep keyboard users in the list.
      headingRef.current?.focus();
    } catch (error) {
      setStatus({ kind: 'error', text: t('options_remove_failed', source.name, errorText(error)) });
    } finally {
      setRemovingId(undefined);
    }
  };

  return (
    <section class="card" aria-labelledby="installed-heading">
      <h2 id="installed-heading" tabIndex={-1} ref={headingRef}>
        {t('options_installed_heading')}
      </h2>
      <p id="sources-status" class={`status ${status?.kind ?? ''}`} role={status?.kind === 'error' ? 'alert' : 'status'}>
        {status?.text ?? ''}
      </p>
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
              removing={removingId === source.id}
              onRemove={remove}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
