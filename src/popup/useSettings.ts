import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../common/settings';
import { t } from '../common/i18n';
import { saveSettings, SettingsError, watchSettings } from '../common/settings-storage';

export interface SettingsHandle {
  /** Null until read from storage (a few milliseconds). */
  settings: Settings | null;
  save: (patch: Partial<Settings>) => Promise<void>;
  /** Why the last change could not be saved (storage.sync's quota, an unreadable stored list), cleared by the next success. */
  error: string | null;
}

/**
 * The settings, kept current (a change made in another window shows here too), and a way to
 * change them. A change shows at once; if storage refuses it, the stored value comes back.
 */
export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [stored, setStored] = useState<Settings | null>(null);

  useEffect(
    () =>
      watchSettings((next) => {
        setStored(next);
        setSettings(next);
      }),
    [],
  );

  const save = useCallback(
    async (patch: Partial<Settings>) => {
      setSettings((current) => (current ? { ...current, ...patch } : current));
      try {
        await saveSettings(patch);
        setError(null);
      } catch (failure) {
        // Signet's own refusals have words in the reader's language; the browser's are shown as they are.
        setError(failure instanceof SettingsError ? t(failure.messageKey) : failure instanceof Error ? failure.message : String(failure));
        setSettings(stored);
      }
    },
    [stored],
  );

  return { settings, save, error };
}
