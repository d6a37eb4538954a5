import { t } from '../common/i18n';
import type { SourceView } from '../common/messages';
import { formatDate, languageName, signCount, signLanguageName } from './format';

interface SourceItemProps {
  source: SourceView;
  language: string;
  /** What is being done to this source right now, if anything. */
  busy?: 'removing' | 'updating' | 'switching' | 'confirming' | undefined;
  onRemove: (source: SourceView) => void;
  onUpdate: (source: SourceView) => void;
  onToggle: (source: SourceView, enabled: boolean) => void;
  /** The reader's answer about a held version (heldUpdate): install it, or keep the current one. */
  onConfirmUpdate: (source: SourceView, install: boolean) => void;
}

/** One installed dictionary. Every value comes from a downloaded pack or answer: rendered as text only. */
export function SourceItem({ source, language, busy, onRemove, onUpdate, onToggle, onConfirmUpdate }: SourceItemProps) {
  const installed = formatDate(source.installedAt, language);
  const checked = source.checkedAt ? formatDate(source.checkedAt, language, true) : '';
  const switchId = `enabled-${source.id}`;
  const live = source.kind === 'lingualibre';
  // Never answered: nothing to switch on. Readers saw "0 signs", switched on, under a red error
  // about CORS; they now read that it cannot be reached now, the reason one click away.
  const unreachable = source.entryCount === 0 && source.lastError !== undefined;
  const mine = source.kind === 'my-signs';
  return (
    <li class={`source${source.enabled ? '' : ' disabled'}`} data-testid="source" data-source-id={source.id} data-enabled={String(source.enabled)}>
      <div class="source-head">
        <h3 class="source-name">{source.name}</h3>
        <div class="source-actions">
          {unreachable ? (
            <span class="status-chip" data-testid="source-unreachable">
              {t('options_source_unreachable')}
            </span>
          ) : (
            <span class="enable">
              <input
                id={switchId}
                type="checkbox"
                role="switch"
                class="switch"
                checked={source.enabled}
                disabled={busy !== undefined}
                onChange={(event) => onToggle(source, event.currentTarget.checked)}
              />
              <label for={switchId} class="inline-label">
                {t('options_source_enabled')}
              </label>
            </span>
          )}
          {mine ? (
            // My signs are kept in the studio: edited and deleted there, never downloaded.
            <a href="../studio/index.html" data-action="studio">
              {t('studio_open')}
            </a>
          ) : (
            <>
              <button
                type="button"
                class="secondary"
                data-action="update"
                aria-label={busy === 'updating' ? undefined : t('options_update_label', source.name)}
                disabled={busy !== undefined}
                aria-busy={busy === 'updating'}
                onClick={() => onUpdate(source)}
              >
                {busy === 'updating' ? t('options_updating') : t('options_update')}
              </button>
              <button
                type="button"
                class="secondary"
                data-action="remove"
                aria-label={t('options_remove_label', source.name)}
                disabled={busy !== undefined}
                aria-busy={busy === 'removing'}
                onClick={() => onRemove(source)}
              >
                {busy === 'removing' ? t('options_removing') : t('options_remove')}
              </button>
            </>
          )}
        </div>
      </div>
      <dl class="facts">
        {!live && (
          <>
            {/* The site that serves the pack: a site's own signs (offered by its pages) show under its name. */}
            <dt>{t('options_field_site')}</dt>
            <dd data-testid="source-site">{siteOf(source.url)}</dd>
          </>
        )}
        <dt>{t('options_field_languages')}</dt>
        <dd>
          {signLanguageName(source.signLanguage, language)} / {languageName(source.spokenLanguage, language)}
        </dd>
        {!unreachable && (
          <>
            <dt>{t('options_field_signs')}</dt>
            <dd>
              <span data-testid="entry-count" data-count={source.entryCount}>
                {signCount(source.entryCount, language)}
              </span>
              {live && source.skipped ? ` ${t('options_skipped_records', source.skipped)}` : ''}
            </dd>
          </>
        )}
        {source.version && (
          <>
            <dt>{live ? t('options_field_read_on') : t('options_field_version')}</dt>
            <dd>{source.version}</dd>
          </>
        )}
        {installed && !live && (
          <>
            <dt>{t('options_field_installed')}</dt>
            <dd>{installed}</dd>
          </>
        )}
        {checked && (
          <>
            <dt>{t('options_field_checked')}</dt>
            <dd data-testid="checked-at">{checked}</dd>
          </>
        )}
      </dl>
      {source.heldUpdate && (
        <div class="held-update" role="group" aria-labelledby={`held-${source.id}`} data-testid="held-update">
          <p id={`held-${source.id}`}>{t('options_held_update', source.heldUpdate.version, signCount(source.heldUpdate.entryCount, language), signCount(source.entryCount, language))}</p>
          <div class="held-actions">
            <button type="button" class="secondary" data-action="install-held" disabled={busy !== undefined} onClick={() => onConfirmUpdate(source, true)}>
              {t('options_held_install')}
            </button>
            <button type="button" class="secondary" data-action="keep-current" disabled={busy !== undefined} onClick={() => onConfirmUpdate(source, false)}>
              {t('options_held_keep')}
            </button>
          </div>
        </div>
      )}
      {source.lastError && (
        <div class="source-problem" data-testid="source-error">
          {!unreachable && <p class="status">{t('options_source_stale')}</p>}
          <details>
            <summary>{t('options_technical_details')}</summary>
            <p class="technical">{source.lastError}</p>
          </details>
        </div>
      )}
      <details class="advanced">
        <summary>{t('options_advanced')}</summary>
        <dl class="facts">
          <dt>{t('options_field_licence')}</dt>
          <dd>
            {source.licence}
            {source.attribution && ` — ${source.attribution}`}
          </dd>
          <dt>{live ? t('options_field_live') : t('options_field_url')}</dt>
          <dd class="url">{source.url}</dd>
        </dl>
      </details>
    </li>
  );
}

function siteOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
