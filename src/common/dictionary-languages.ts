/**
 * The written languages the enabled dictionaries answer for, kept in storage.local by the
 * background so that a content script can tell, before it reads anything, that no dictionary
 * answers its page: nytimes-5 (lang="es", French and English dictionaries) cost 2.2–3.4 ms of
 * main-thread JS for a session that could mark nothing, and asking the background woke its
 * service worker. Only ever used to say "not covered"; a page in a listed language still asks
 * the background (a source may hold no usable form).
 */
import { primaryLanguage } from '../core/lang/tag';

export const DICTIONARY_LANGUAGES_KEY = 'dictionaryLanguages';

interface SourceLanguage {
  enabled: boolean;
  summary: { spokenLanguage: string };
}

/** Primary subtags of the enabled sources, sorted, each once. */
export function languagesOf(sources: readonly SourceLanguage[]): string[] {
  const languages = new Set<string>();
  for (const { enabled, summary } of sources) {
    const lang = primaryLanguage(summary.spokenLanguage);
    if (enabled && lang) languages.add(lang);
  }
  return [...languages].sort();
}

/** The stored list (`local`: browser.storage.local); null when none is stored or it cannot be read (then the background is asked). */
export async function readDictionaryLanguages(local: { get(key: string): Promise<Record<string, unknown>> }): Promise<string[] | null> {
  try {
    const value = (await local.get(DICTIONARY_LANGUAGES_KEY))[DICTIONARY_LANGUAGES_KEY];
    return Array.isArray(value) && value.every((lang) => typeof lang === 'string') ? value : null;
  } catch {
    return null;
  }
}

/** Whether a page in `lang` ("" when it does not say) may be answered: false only when no listed language is its own. */
export function mayCover(languages: readonly string[] | null, lang: string): boolean {
  if (languages === null) return true;
  const wanted = primaryLanguage(lang);
  return wanted ? languages.includes(wanted) : languages.length > 0;
}
