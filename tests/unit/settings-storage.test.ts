import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type SettingKey, type Settings } from '../../src/common/settings';

// The storage helpers default to browser.storage.sync; these tests pass their own area.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { loadSettings, resetSettings, saveSettings, watchSettings } = await import('../../src/common/settings-storage');

type Changes = Record<string, { newValue?: unknown; oldValue?: unknown }>;

/** An in-memory storage area that reports changes like storage.sync does, asynchronously. */
function memoryArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = { ...initial };
  const listeners = new Set<(changes: Changes) => void>();
  const emit = (changes: Changes) => queueMicrotask(() => listeners.forEach((listener) => listener(changes)));
  let gate: Promise<void> = Promise.resolve();
  return {
    data,
    /** Makes the next reads wait, to let changes arrive before the first read answers. */
    holdReads(until: Promise<void>) {
      gate = until;
    },
    get: vi.fn(async (keys: string[]) => {
      const snapshot = Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
      await gate;
      return snapshot;
    }),
    set: vi.fn(async (items: Record<string, unknown>) => {
      const changes: Changes = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data[key], newValue: structuredClone(value) };
        data[key] = structuredClone(value);
      }
      emit(changes);
    }),
    remove: vi.fn(async (keys: string[]) => {
      const changes: Changes = {};
      for (const key of keys) {
        if (!(key in data)) continue;
        changes[key] = { oldValue: data[key] };
        delete data[key];
      }
      if (Object.keys(changes).length > 0) emit(changes);
    }),
    onChanged: {
      addListener: (listener: (changes: Changes) => void) => listeners.add(listener),
      removeListener: (listener: (changes: Changes) => void) => listeners.delete(listener),
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('settings storage', () => {
  it('loads the defaults from an empty area, and stored values over them', async () => {
    expect(await loadSettings(memoryArea())).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings(memoryArea({ marks: false, speed: 7 }))).toEqual({ ...DEFAULT_SETTINGS, marks: false });
  });

  it('writes one key per setting, and never an invalid value', async () => {
    const area = memoryArea();
    await saveSettings({ trigger: 'selection', hoverDelayMs: 400 }, area);
    expect(area.data).toEqual({ trigger: 'selection', hoverDelayMs: 400 });
    await expect(saveSettings({ hoverDelayMs: -1 }, area)).rejects.toThrow();
    await expect(saveSettings({ nope: true } as unknown as Partial<Settings>, area)).rejects.toThrow();
    expect(area.data).toEqual({ trigger: 'selection', hoverDelayMs: 400 });
  });

  it('resets to the defaults by removing the keys', async () => {
    const area = memoryArea({ marks: false, other: 'kept' });
    await resetSettings(area);
    expect(area.data).toEqual({ other: 'kept' });
  });

  it('tells a watcher the settings, then each change with the keys that moved', async () => {
    const area = memoryArea({ marks: false });
    const seen: Array<[Settings, SettingKey[]]> = [];
    const stop = watchSettings((settings, changed) => seen.push([settings, [...changed]]), area);
    await tick();
    expect(seen).toHaveLength(1);
    expect(seen[0]![0]).toEqual({ ...DEFAULT_SETTINGS, marks: false });

    await saveSettings({ marks: true, overlaySize: 'small' }, area);
    await tick();
    expect(seen).toHaveLength(2);
    expect(seen[1]![0]).toMatchObject({ marks: true, overlaySize: 'small' });
    expect(seen[1]![1].sort()).toEqual(['marks', 'overlaySize']);

    // Another version of Signet (or a sync) writes an invalid value: the default stands, and
    // since the setting was already at its default, no change is reported.
    await area.set({ trigger: 'wave' });
    await tick();
    expect(seen).toHaveLength(2);

    await resetSettings(area);
    await tick();
    expect(seen.at(-1)![0]).toEqual(DEFAULT_SETTINGS);

    stop();
    await saveSettings({ marks: false }, area);
    await tick();
    expect(seen.at(-1)![0]).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a change that arrives before the first read answers', async () => {
    const area = memoryArea({ enabled: true });
    let release!: () => void;
    area.holdReads(new Promise<void>((resolve) => (release = resolve)));
    const seen: Settings[] = [];
    watchSettings((settings) => seen.push(settings), area);
    await area.set({ enabled: false }); // the read's snapshot already holds the old value
    await tick();
    release();
    await tick();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.enabled).toBe(false);
  });
});

describe('settings that can grow, within storage.sync quotas', () => {
  const sites = (n: number) => Array.from({ length: n }, (_, i) => `site-${String(i).padStart(4, '0')}.example.org`);
  /** storage.sync counts an item as its key plus its value in JSON. */
  const itemBytes = (key: string, value: unknown) => key.length + new TextEncoder().encode(JSON.stringify(value)).length;

  it('saves and loads 400 sites, each item under 8 KB and all under half of 100 KB', async () => {
    const area = memoryArea();
    await saveSettings({ disabledSites: sites(400) }, area);
    expect((await loadSettings(area)).disabledSites).toEqual(sites(400));
    const items = Object.entries(area.data);
    for (const [key, value] of items) expect(itemBytes(key, value)).toBeLessThan(8_192);
    expect(items.reduce((sum, [key, value]) => sum + itemBytes(key, value), 0)).toBeLessThan(51_200);
  });

  it('shrinks back to fewer chunks, removing those no longer used and the older one-item list', async () => {
    const area = memoryArea({ disabledSites: ['old.example'] });
    expect((await loadSettings(area)).disabledSites).toEqual(['old.example']);
    await saveSettings({ disabledSites: sites(1_000) }, area);
    const many = Object.keys(area.data).length;
    await saveSettings({ disabledSites: ['one.example'] }, area);
    expect(Object.keys(area.data).length).toBeLessThan(many);
    expect(area.data).not.toHaveProperty('disabledSites');
    expect((await loadSettings(area)).disabledSites).toEqual(['one.example']);
  });

  it('refuses, in words, a list too long for storage.sync', async () => {
    const long = Array.from({ length: 1_900 }, (_, i) => `${'x'.repeat(40)}-${i}.example`);
    await expect(saveSettings({ disabledSites: long }, memoryArea())).rejects.toMatchObject({ messageKey: 'settings_quota' });
  });

  it('says so when storage.sync itself refuses (its quota), instead of its raw message', async () => {
    const area = memoryArea();
    area.set.mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await expect(saveSettings({ disabledSites: ['a.example'] }, area)).rejects.toMatchObject({ messageKey: 'settings_quota' });
  });

  it.each([
    ['a list of another type', { disabledSites: 'lemonde.fr' }],
    ['a list with an invalid site', { disabledSites: ['lemonde.fr', 42] }],
    ['chunks that do not match their count', { 'disabledSites.count': 2, 'disabledSites.0': 'lemonde.fr' }],
  ])('never writes over %s: the change is refused and the stored value kept', async (_what, stored) => {
    const area = memoryArea(stored);
    expect((await loadSettings(area)).disabledSites).toEqual([]);
    await expect(saveSettings({ disabledSites: ['bbc.co.uk'] }, area)).rejects.toMatchObject({ messageKey: 'settings_unreadable' });
    expect(area.data).toEqual(stored);
    // Other settings still save, and a reset is the reader's way out.
    await saveSettings({ marks: false }, area);
    expect(area.data).toMatchObject({ ...stored, marks: false });
    await resetSettings(area);
    expect(area.data).toEqual({});
  });

  it('tells a watcher about a change of the sites once, whatever chunks moved', async () => {
    const area = memoryArea();
    const seen: Array<[string[], SettingKey[]]> = [];
    watchSettings((settings, changed) => seen.push([settings.disabledSites, [...changed]]), area);
    await tick();
    await saveSettings({ disabledSites: sites(400) }, area);
    await tick();
    await tick();
    expect(seen.at(-1)).toEqual([sites(400), ['disabledSites']]);
    const count = seen.length;
    await saveSettings({ disabledSites: ['a.example'] }, area);
    await tick();
    await tick();
    expect(seen.at(-1)).toEqual([['a.example'], ['disabledSites']]);
    expect(seen.length).toBe(count + 1);
  });
});
