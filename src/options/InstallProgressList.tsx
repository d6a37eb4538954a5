import { t } from '../common/i18n';
import type { InstallProgress } from '../common/messages';

/** Installs and updates under way: one labelled progress bar each. Names come from packs: text only. */
export function InstallProgressList({ installs }: { installs: InstallProgress[] }) {
  if (installs.length === 0) return null;
  return (
    <ul class="installs" aria-label={t('options_progress_heading')}>
      {installs.map((install) => {
        const name = install.name ?? install.url;
        const label =
          install.phase === 'connecting'
            ? t('options_progress_connecting', name)
            : install.phase === 'saving'
              ? t('options_progress_saving', name)
              : t('options_progress_parts', name, install.done, install.total);
        return (
          <li key={`${install.key} ${install.url}`} class="install" data-testid="install-progress" data-key={install.key} data-done={install.done} data-total={install.total}>
            <span>
              {label}
              {install.resumed && ` ${t('options_progress_resumed')}`}
            </span>
            {/* Without a total yet, an indeterminate bar: something is happening. */}
            <progress max={install.total || undefined} value={install.total ? install.done : undefined} aria-label={label} />
          </li>
        );
      })}
    </ul>
  );
}
