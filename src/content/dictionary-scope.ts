/** Which dictionaries answer a page: its language, and the reader's sign language for it. */
export interface DictionaryScope {
  /** <html lang>, "" when the page does not say: every dictionary. */
  lang: string;
  /** The reader's choice (see settings.ts), undefined for automatic. */
  signLanguage?: string | undefined;
}

/**
 * The optional request fields that name a scope (absent ones mean "automatic"), so that the
 * marks, the prefetch and the player all ask the same dictionaries.
 */
export function scopeFields({ lang, signLanguage }: DictionaryScope): { lang?: string; signLanguage?: string } {
  return { ...(lang ? { lang } : {}), ...(signLanguage ? { signLanguage } : {}) };
}
