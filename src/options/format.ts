import { t } from '../common/i18n';

/** "100 signs" / "1 signe": the plural category decides the message (French counts 0 as singular). */
export function signCount(count: number, language: string): string {
  // 'min2' keeps "1234" (French and English style guides group from five digits).
  const number = new Intl.NumberFormat(language, { useGrouping: 'min2' } as Intl.NumberFormatOptions).format(count);
  const one = new Intl.PluralRules(language).select(count) === 'one';
  return t(one ? 'options_sign_count_one' : 'options_sign_count_other', number);
}

/** Sign language codes that CLDR names poorly or not at all; the others go through Intl.DisplayNames. */
const SIGN_LANGUAGE_MESSAGES: Readonly<Record<string, string>> = {
  fsl: 'lang_fsl',
  ase: 'lang_ase',
  bfi: 'lang_bfi',
};

export function signLanguageName(code: string, language: string): string {
  const message = SIGN_LANGUAGE_MESSAGES[code.toLowerCase()];
  return message ? t(message) : languageName(code, language);
}

/** "fr" → "French" / "français"; an unknown or malformed tag is shown as written. */
export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatDate(timestamp: number, language: string, withTime = false): string {
  if (!Number.isFinite(timestamp) || timestamp <= 0) return '';
  return new Intl.DateTimeFormat(language, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }).format(timestamp);
}

/**
 * The background was stopped while it worked for this page (the browser stops idle workers, or
 * the extension was updated): the answer never comes, but an install goes on by itself when the
 * background starts again, and its progress shows in the list.
 */
export function wasInterrupted(error: unknown): boolean {
  return /message (port|channel) closed|Receiving end does not exist|Could not establish connection/i.test(errorText(error));
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
