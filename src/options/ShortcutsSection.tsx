import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { NEXT_WORD_COMMAND, PREVIOUS_WORD_COMMAND, SIGN_COMMAND } from '../common/commands';
import { t } from '../common/i18n';
import './sections.css';

/** The commands (src/common/commands.ts), with what they do. */
const COMMANDS: ReadonlyArray<[string, string]> = [
  [SIGN_COMMAND, 'command_sign_selection'],
  [NEXT_WORD_COMMAND, 'command_next_marked_word'],
  [PREVIOUS_WORD_COMMAND, 'command_previous_marked_word'],
];

/**
 * The browser command with its current shortcut (the reader may have changed it), the keys of
 * the sign player, and the context menu. The shortcut itself is changed in the browser's own page.
 */
export function ShortcutsSection() {
  const shortcuts = useCommandShortcuts();
  const rows: Array<[string, string]> = [
    [t('player_key_space'), t('options_key_play')],
    ['← / →', t('options_key_videos')],
    ['+ / −', t('options_key_speed')],
    [t('player_key_enlarge'), t('player_enlarge')],
    [`${t('player_key_next_word')} / ${t('player_key_previous_word')}`, `${t('command_next_marked_word')} / ${t('command_previous_marked_word')}`],
    [t('player_key_escape'), t('player_close')],
  ];
  return (
    <section class="card" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('options_shortcuts_heading')}</h2>
      <dl class="keys">
        {COMMANDS.map(([name, label]) => {
          const shortcut = shortcuts[name];
          const testId = name === 'sign-selection' ? 'command-shortcut' : `command-${name}`;
          return (
            <Fragment key={name}>
              <dt>{shortcut ? <kbd data-testid={testId}>{shortcut}</kbd> : <span data-testid={testId}>{t('options_shortcut_unset')}</span>}</dt>
              <dd>{t(label)}</dd>
            </Fragment>
          );
        })}
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

function useCommandShortcuts(): Record<string, string> {
  const [shortcuts, setShortcuts] = useState<Record<string, string>>({});
  useEffect(() => {
    browser.commands.getAll().then(
      (commands) => setShortcuts(Object.fromEntries(commands.filter((c) => c.name && c.shortcut).map((c) => [c.name!, c.shortcut!]))),
      () => setShortcuts({}),
    );
  }, []);
  return shortcuts;
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
