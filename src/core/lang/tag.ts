/** "fr-CA" → "fr", "EN_gb" → "en"; "" for no language. The one reading of a BCP 47 tag's primary subtag. */
export function primaryLanguage(tag: string | undefined): string {
  return (tag ?? '').split(/[-_]/)[0]!.toLowerCase();
}
