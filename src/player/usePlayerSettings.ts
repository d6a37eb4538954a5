import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../common/settings';
import { watchSettings } from '../common/settings-storage';

/** The settings, read before the first render (main.tsx) and followed while the player is open. */
export function usePlayerSettings(initial: Settings): Settings {
  const [settings, setSettings] = useState(initial);
  useEffect(() => watchSettings((next) => setSettings(next)), []);
  return settings;
}
