import { useEffect, useState } from 'preact/hooks';
import { t } from '../common/i18n';
import type { CacheStats } from '../common/messages';
import { send } from '../common/send';
import { errorText } from './format';

type Status = { kind: 'success' | 'error'; text: string } | undefined;
const MB = 1024 * 1024;

/**
 * The video cache: how much it holds, its size budget, a way to empty it. Opening this page also
 * asks the browser to keep Signet's storage persistent, so that saved signs and dictionaries are
 * not cleared when the disk runs low (the browser decides, and may say no).
 */
export function CacheSection({ language }: { language: string }) {
  const [stats, setStats] = useState<CacheStats>();
  const [budget, setBudget] = useState('');
  const [persisted, setPersisted] = useState<boolean>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>();

  const show = (next: CacheStats) => {
    setStats(next);
    setBudget(String(Math.round(next.budget / MB)));
  };

  useEffect(() => {
    send('cache.stats', {}).then(show, (error: unknown) => setStatus({ kind: 'error', text: t('options_cache_failed', errorText(error)) }));
    const storage = navigator.storage;
    if (storage?.persist) {
      storage
        .persisted()
        .then((already) => (already ? true : storage.persist()))
        .then(setPersisted, () => setPersisted(false));
    }
  }, []);

  const run = async (work: () => Promise<CacheStats>, done: string) => {
    setBusy(true);
    setStatus(undefined);
    try {
      show(await work());
      setStatus({ kind: 'success', text: done });
    } catch (error) {
      setStatus({ kind: 'error', text: t('options_cache_failed', errorText(error)) });
    } finally {
      setBusy(false);
    }
  };

  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const megabytes = (bytes: number) => t('options_megabytes', number.format(bytes / MB));

  return (
    <section class="card" aria-labelledby="cache-heading">
      <h2 id="cache-heading">{t('options_cache_heading')}</h2>
      <p class="help">{t('options_cache_help')}</p>
      <p data-testid="cache-usage" data-bytes={stats?.bytes} data-count={stats?.count}>
        {stats
          ? t(
              new Intl.PluralRules(language).select(stats.count) === 'one' ? 'options_cache_usage_one' : 'options_cache_usage_other',
              megabytes(stats.bytes),
              new Intl.NumberFormat(language).format(stats.count),
              megabytes(stats.budget),
            )
          : t('options_loading')}
      </p>
      {persisted !== undefined && <p class="help">{persisted ? t('options_cache_persistent') : t('options_cache_not_persistent')}</p>}
      <form
        class="add-form"
        onSubmit={(event) => {
          event.preventDefault();
          const value = Number(budget);
          if (Number.isFinite(value) && value > 0) void run(() => send('cache.setBudget', { bytes: value * MB }), t('options_cache_budget_saved'));
        }}
      >
        <label for="cache-budget">{t('options_cache_budget')}</label>
        <div class="add-row">
          <input id="cache-budget" type="number" min="50" max="20480" step="50" required value={budget} disabled={busy} onInput={(e) => setBudget(e.currentTarget.value)} />
          <button type="submit" class="secondary" disabled={busy}>
            {t('options_cache_budget_save')}
          </button>
          <button type="button" id="clear-cache" class="secondary" disabled={busy} onClick={() => void run(() => send('cache.clear', {}), t('options_cache_cleared'))}>
            {t('options_cache_clear')}
          </button>
        </div>
        <p id="cache-status" class={`status ${status?.kind ?? ''}`} role={status?.kind === 'error' ? 'alert' : 'status'}>
          {status?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
