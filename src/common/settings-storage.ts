/**
 * Reading, writing and following the settings in storage.sync (the reader's choices follow them
 * to their other computers). Every page and the content script of every tab use these, and
 * storage.onChanged reaches them all: a change made in the popup applies to open tabs at once,
 * without a reload, with no message to route.
 */
import browser from 'webextension-polyfill';
import { checkPatch, checkSetting, parseSettings, SETTING_KEYS, type SettingKey, type Settings } from './settings';
import { decodeStored, encodePatch, isStorageKey, SitesTooLong, storageKeys } from './settings-codec';

const STORAGE_KEYS = storageKeys(SETTING_KEYS);
/** Settings a change is made from the current value of (a site added to the list): never written over a stored value that could not be read. */
const COLLECTIONS: ReadonlySet<SettingKey> = new Set<SettingKey>(['disabledSites', 'signLanguages']);

/** Why a change was not saved; `messageKey` names its words in _locales (the English is for logs). */
export class SettingsError extends Error {
  constructor(
    readonly messageKey: 'settings_unreadable' | 'settings_quota' | 'settings_invalid',
    message: string,
  ) {
    super(message);
  }
}

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
  return parseSettings(decodeStored(await area.get(STORAGE_KEYS)));
}

/**
 * Writes a change (checked first: an invalid value throws and nothing is written). storage.sync
 * allows about 120 writes a minute: callers write on a control's "change", never on each "input".
 *
 * A list or map is changed from its current value (a site added to the sites turned off). When
 * what storage holds for it cannot be read (written by another version of Signet, or broken in
 * a sync), the reader sees the default, and writing the change would erase their list on every
 * computer: such a change is refused, and the stored value left as it is (reset is the way out).
 */
export async function saveSettings(patch: Partial<Settings>, area: SettingsArea = syncArea()): Promise<void> {
  let checked: Partial<Settings>;
  try {
    checked = checkPatch(patch);
  } catch (error) {
    throw new SettingsError('settings_invalid', (error as Error).message);
  }
  if (Object.keys(checked).length === 0) return;
  const collections = (Object.keys(checked) as SettingKey[]).filter((key) => COLLECTIONS.has(key));
  if (collections.length > 0) {
    const stored = decodeStored(await area.get(STORAGE_KEYS));
    const unreadable = collections.filter((key) => Object.hasOwn(stored, key) && checkSetting(key, stored[key]) === undefined);
    if (unreadable.length > 0) {
      throw new SettingsError('settings_unreadable', `The stored value of ${unreadable.join(', ')} cannot be read; it is left as it is.`);
    }
  }
  let items: ReturnType<typeof encodePatch>;
  try {
    items = encodePatch(checked);
  } catch (error) {
    if (error instanceof SitesTooLong) throw new SettingsError('settings_quota', error.message);
    throw error;
  }
  try {
    await area.set(items.set);
  } catch (error) {
    // storage.sync's quotas (QUOTA_BYTES, QUOTA_BYTES_PER_ITEM, MAX_ITEMS, writes per minute).
    throw new SettingsError('settings_quota', `storage.sync refused the change: ${(error as Error).message}`);
  }
  // Chunks no longer used and the older one-item list: the count just written already ignores them.
  if (items.remove.length > 0) await area.remove(items.remove).catch(() => undefined);
}

/** Back to the defaults (the keys are removed, see settings.ts). */
export async function resetSettings(area: SettingsArea = syncArea()): Promise<void> {
  await area.remove(STORAGE_KEYS);
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

  /** Applies storage changes to the copy of what storage holds; whether any concerned settings. */
  const apply = (changes: Record<string, { newValue?: unknown }>, into: Record<string, unknown>): boolean => {
    let any = false;
    for (const [key, change] of Object.entries(changes)) {
      if (!isStorageKey(key, SETTING_KEYS)) continue;
      if (change.newValue === undefined) delete into[key];
      else into[key] = change.newValue;
      any = true;
    }
    return any;
  };

  const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
    if (stopped) return;
    if (stored === null) {
      Object.assign(early, changes);
      return;
    }
    if (!apply(changes, stored)) return;
    const next = parseSettings(decodeStored(stored));
    // A change that leaves a setting as it was (an invalid value replaced by the same default,
    // stale chunks removed after the count moved on) is no change.
    const moved = new Set(SETTING_KEYS.filter((key) => !sameValue(next[key], current[key])));
    current = next;
    if (moved.size > 0) listener(current, moved);
  };

  area.onChanged.addListener(onChanged);
  area.get(STORAGE_KEYS).then(
    (values) => {
      if (stopped) return;
      stored = { ...values };
      apply(early, stored);
      current = parseSettings(decodeStored(stored));
      listener(current, new Set(SETTING_KEYS));
    },
    () => {
      // Storage unavailable (a profile error): work with the defaults rather than not at all.
      if (stopped) return;
      stored = {};
      apply(early, stored);
      current = parseSettings(decodeStored(stored));
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
