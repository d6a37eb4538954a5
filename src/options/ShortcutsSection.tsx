import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../common/i18n';
import './sections.css';

/** The command's name in manifest.json (src/background/commands.ts). */
const SIGN_COMMAND = 'sign-selection';

/**
 * The browser command with its current shortcut (the reader may have changed it), the keys of
 * the sign player, and the context menu. The shortcut itself is changed in the browser's own page.
 */
export function ShortcutsSection() {
  const shortcut = useCommandShortcut(SIGN_COMMAND);
  const rows: Array<[string, string]> = [
    [t('player_key_space'), t('options_key_play')],
    ['← / →', t('options_key_videos')],
    ['+ / −', t('options_key_speed')],
    [t('player_key_escape'), t('player_close')],
  ];
  return (
    <section class="card" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('options_shortcuts_heading')}</h2>
      <dl class="keys">
        <dt>
          {shortcut ? <kbd data-testid="command-shortcut">{shortcut}</kbd> : <span data-testid="command-shortcut">{t('options_shortcut_unset')}</span>}
        </dt>
        <dd>{t('command_sign_selection')}</dd>
      </dl>
      <p class="help">{t('options_menu_help')}</p>
      <div class="settings-actions">
        <button type="button" class="secondary" onClick={() => void openShortcutSettings()}>
          {t('options_shortcut_change')}
        </button>
      </div>
      <h3>{t('options_player_keys_heading')}</h3>
      <dl class="keys">
        {rows.map(([key, action]) => (
          <Fragment key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{action}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

function useCommandShortcut(name: string): string | null {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    browser.commands.getAll().then(
      (commands) => setShortcut(commands.find((command) => command.name === name)?.shortcut || null),
      () => setShortcut(null),
    );
  }, [name]);
  return shortcut;
}

/** Firefox opens its own shortcut manager; Chromium has no API for it, but a tab may open its page. */
async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') {
    try {
      await commands.openShortcutSettings();
      return;
    } catch {
      // Not in this browser after all: fall through to Chromium's page.
    }
  }
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
