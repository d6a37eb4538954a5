/**
 * The reader's settings: their schema, defaults and runtime checks, and the few rules derived
 * from them (is Signet on for this site, which sign language for this page). Pure, so the
 * content script, the player, the popup and the background all apply the same rules, and unit
 * tests cover them without a browser. Reading and writing storage is in settings-storage.ts.
 *
 * Each setting is stored under its own key in storage.sync: a write from the popup touches one
 * key, so two pages changing two settings at once cannot overwrite each other's change, and
 * storage.onChanged tells every tab exactly which setting moved. An absent key means "default":
 * defaults are never written, so improving a default later reaches every reader who kept it.
 */

/** How a sign is asked for by pointing. Double-click always works too, being a selection. */
export const TRIGGERS = ['hover', 'dblclick', 'selection'] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** How marked words look; each is its own ::highlight() in src/content/highlight.css. */
export const MARK_STYLES = ['both', 'underline', 'background'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];

export const OVERLAY_SIZES = ['small', 'medium', 'large'] as const;
export type OverlaySize = (typeof OVERLAY_SIZES)[number];

/** Playback speeds offered: deaf readers slow signs down to read them, none asked to go faster. */
export const SPEEDS = [0.5, 0.75, 1] as const;
export type Speed = (typeof SPEEDS)[number];

/**
 * A word without a sign: spelled with the manual alphabet only when the reader asks (the
 * default: a site fingerspelled by itself is noise, as VLibras' readers found), or at once.
 */
export const FINGERSPELL_MODES = ['on-request', 'at-once'] as const;
export type FingerspellMode = (typeof FINGERSPELL_MODES)[number];

/** Hover delay bounds: below 100 ms a pointer crossing a line opens signs; past 1.5 s it feels broken. */
export const HOVER_DELAY_MS = { min: 100, max: 1500, step: 50 } as const;

/**
 * A reader's list of sites turned off; it is stored in chunks (settings-codec.ts), whose total
 * length is the real bound: 48,000 characters, 2,000 host names of 23 characters.
 */
export const MAX_DISABLED_SITES = 2_000;
const MAX_SITE_LENGTH = 253;

export interface Settings {
  /** The master switch: off, Signet does nothing on any page (no marks, no overlay, no menu item). */
  enabled: boolean;
  /** Sites (see siteOf) where Signet stays quiet. */
  disabledSites: string[];
  trigger: Trigger;
  hoverDelayMs: number;
  /** Written language (primary subtag, "fr") → sign language chosen for its pages ("fsl"). Absent: automatic. */
  signLanguages: Record<string, string>;
  /** Mark the words that have a sign. Off, signs still open on the words. */
  marks: boolean;
  markStyle: MarkStyle;
  speed: Speed;
  overlaySize: OverlaySize;
  fingerspell: FingerspellMode;
}

export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  trigger: 'hover',
  hoverDelayMs: 250,
  signLanguages: {},
  marks: true,
  markStyle: 'both',
  speed: 1,
  overlaySize: 'medium',
  fingerspell: 'on-request',
});

/** Each setting's check: the value if valid, else undefined. Values come from storage, which any version of Signet (or a sync from another computer) may have written. */
const CHECKS: { readonly [K in SettingKey]: (value: unknown) => Settings[K] | undefined } = {
  enabled: boolean,
  disabledSites: (value) => {
    if (!Array.isArray(value) || value.length > MAX_DISABLED_SITES) return undefined;
    return value.every((site) => typeof site === 'string' && isSiteKey(site)) ? [...new Set(value as string[])] : undefined;
  },
  trigger: oneOf(TRIGGERS),
  hoverDelayMs: (value) => (typeof value === 'number' && Number.isInteger(value) && value >= HOVER_DELAY_MS.min && value <= HOVER_DELAY_MS.max ? value : undefined),
  signLanguages: (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length > 50) return undefined;
    const valid = entries.filter((e): e is [string, string] => isPrimaryTag(e[0]) && typeof e[1] === 'string' && isLanguageTag(e[1]));
    // Object.fromEntries defines own properties: a stored "__proto__" key cannot reach the prototype.
    return valid.length === entries.length ? Object.fromEntries(valid) : undefined;
  },
  marks: boolean,
  markStyle: oneOf(MARK_STYLES),
  speed: oneOf(SPEEDS),
  overlaySize: oneOf(OVERLAY_SIZES),
  fingerspell: oneOf(FINGERSPELL_MODES),
};

export const SETTING_KEYS = Object.keys(CHECKS) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(CHECKS, key);
}

/** Settings from what storage holds: unknown keys ignored, each invalid or missing value replaced by its default. */
export function parseSettings(stored: Readonly<Record<string, unknown>>): Settings {
  const settings = { ...DEFAULT_SETTINGS, disabledSites: [], signLanguages: {} } as Settings;
  for (const key of SETTING_KEYS) {
    if (!Object.hasOwn(stored, key)) continue;
    const value = CHECKS[key](stored[key]);
    if (value !== undefined) (settings as unknown as Record<string, unknown>)[key] = value;
  }
  return settings;
}

/** One setting's value if valid, else undefined. */
export function checkSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] | undefined {
  return CHECKS[key](value);
}

/** Checks a change before it is written; throws on any unknown key or invalid value, so a bug shows at once instead of being silently reset to the default. */
export function checkPatch(patch: Readonly<Record<string, unknown>>): Partial<Settings> {
  const checked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (!isSettingKey(key)) throw new Error(`Unknown setting "${key}".`);
    const valid = CHECKS[key](value);
    if (valid === undefined) throw new Error(`Invalid value for the setting "${key}".`);
    checked[key] = valid;
  }
  return checked as Partial<Settings>;
}

/**
 * The key of a page's site in disabledSites: its host name, lower-case, without a leading "www."
 * (readers think of lemonde.fr and www.lemonde.fr as one site); "file://" for local files.
 * Null for pages Signet never runs on.
 */
export function siteOf(url: string | URL): string | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  if (parsed.protocol === 'file:') return 'file://';
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) return null;
  return parsed.hostname.toLowerCase().replace(/^www\./, '');
}

function isSiteKey(site: string): boolean {
  return site === 'file://' || (site.length > 0 && site.length <= MAX_SITE_LENGTH && /^[a-z0-9.\-[\]:_]+$/.test(site));
}

/** Whether Signet should work on its own (marks, pointing) on a page of this site. */
export function isActiveOn(settings: Settings, site: string | null): boolean {
  return settings.enabled && (site === null || !settings.disabledSites.includes(site));
}

/** The disabled-sites list with `site` turned on or off. */
export function withSite(disabledSites: readonly string[], site: string, enabled: boolean): string[] {
  const others = disabledSites.filter((s) => s !== site);
  return enabled ? others : [...others, site];
}

import { primaryLanguage } from '../core/lang/tag';

export { primaryLanguage };

/**
 * Sign languages shown by default for pages written in a language, best first: LSF for French;
 * ASL, else BSL, for English. Used only when the reader has not chosen and several sign
 * languages are installed for the page's language.
 */
export const PREFERRED_SIGN_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  fr: ['fsl'],
  en: ['ase', 'bfi'],
};

/** The reader's choice of sign language for pages in this language, if any ("automatic" otherwise). */
export function signLanguageChoice(settings: Settings, pageLanguage: string): string | undefined {
  const primary = primaryLanguage(pageLanguage);
  return primary && Object.hasOwn(settings.signLanguages, primary) ? settings.signLanguages[primary] : undefined;
}

/**
 * Which of the installed sign languages answers a page: the reader's choice when installed, else
 * the preferred one for the page's language, else the first installed. Undefined when none is.
 */
export function chooseSignLanguage(installed: readonly string[], pageLanguage: string, wanted?: string): string | undefined {
  const available = [...new Set(installed.map((code) => code.toLowerCase()))];
  if (wanted && available.includes(wanted.toLowerCase())) return wanted.toLowerCase();
  for (const preferred of PREFERRED_SIGN_LANGUAGES[primaryLanguage(pageLanguage)] ?? []) {
    if (available.includes(preferred)) return preferred;
  }
  return available[0];
}

function boolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

function oneOf<T extends string | number>(allowed: readonly T[]): (value: unknown) => T | undefined {
  return (value) => (allowed.includes(value as T) ? (value as T) : undefined);
}

function isPrimaryTag(value: string): boolean {
  return /^[a-z]{2,3}$/.test(value);
}

function isLanguageTag(value: string): boolean {
  return /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(value);
}
