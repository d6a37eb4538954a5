/**
 * Reading, writing and following the settings in storage.sync (the reader's choices follow them
 * to their other computers). Every page and the content script of every tab use these, and
 * storage.onChanged reaches them all: a change made in the popup applies to open tabs at once,
 * without a reload, with no message to route.
 */
import browser from 'webextension-polyfill';
import { checkPatch, isSettingKey, parseSettings, SETTING_KEYS, type SettingKey, type Settings } from './settings';

/** The part of a storage area used here; tests pass an in-memory one. */
export interface SettingsArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  onChanged: {
    addListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void;
    removeListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void;
  };
}

function syncArea(): SettingsArea {
  return browser.storage.sync as unknown as SettingsArea;
}

export async function loadSettings(area: SettingsArea = syncArea()): Promise<Settings> {
  return parseSettings(await area.get(SETTING_KEYS));
}

/**
 * Writes a change (checked first: an invalid value throws and nothing is written). storage.sync
 * allows about 120 writes a minute: callers write on a control's "change", never on each "input".
 */
export async function saveSettings(patch: Partial<Settings>, area: SettingsArea = syncArea()): Promise<void> {
  const checked = checkPatch(patch);
  if (Object.keys(checked).length > 0) await area.set(checked);
}

/** Back to the defaults (the keys are removed, see settings.ts). */
export async function resetSettings(area: SettingsArea = syncArea()): Promise<void> {
  await area.remove(SETTING_KEYS);
}

export type SettingsListener = (settings: Settings, changed: ReadonlySet<SettingKey>) => void;

/**
 * Calls `listener` with the settings once read (every key counts as changed), then after each
 * change with the keys that changed. Returns the function that stops listening.
 */
export function watchSettings(listener: SettingsListener, area: SettingsArea = syncArea()): () => void {
  let stored: Record<string, unknown> | null = null;
  // Changes heard before the first read answers: applied over what it returns. Applying a change
  // the read already saw is harmless (it holds the same new value), so the order does not matter.
  const early: Record<string, { newValue?: unknown }> = {};
  let current: Settings = parseSettings({});
  let stopped = false;

  const apply = (changes: Record<string, { newValue?: unknown }>, into: Record<string, unknown>): Set<SettingKey> => {
    const changed = new Set<SettingKey>();
    for (const [key, change] of Object.entries(changes)) {
      if (!isSettingKey(key)) continue;
      if (change.newValue === undefined) delete into[key];
      else into[key] = change.newValue;
      changed.add(key);
    }
    return changed;
  };

  const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
    if (stopped) return;
    if (stored === null) {
      Object.assign(early, changes);
      return;
    }
    const keys = apply(changes, stored);
    if (keys.size === 0) return;
    const next = parseSettings(stored);
    // A change that leaves a setting as it was (an invalid value replaced by the same default) is no change.
    const moved = new Set([...keys].filter((key) => !sameValue(next[key], current[key])));
    current = next;
    if (moved.size > 0) listener(current, moved);
  };

  area.onChanged.addListener(onChanged);
  area.get(SETTING_KEYS).then(
    (values) => {
      if (stopped) return;
      stored = { ...values };
      apply(early, stored);
      current = parseSettings(stored);
      listener(current, new Set(SETTING_KEYS));
    },
    () => {
      // Storage unavailable (a profile error): work with the defaults rather than not at all.
      if (stopped) return;
      stored = {};
      apply(early, stored);
      current = parseSettings(stored);
      listener(current, new Set(SETTING_KEYS));
    },
  );
  return () => {
    stopped = true;
    area.onChanged.removeListener(onChanged);
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

