/**
 * The sign languages Signet can take from Lingua Libre, by the item Lingua Libre gives each
 * language (its own Wikibase ids, not Wikidata's). Records of a sign language carry the written
 * word they sign in `prop:P7`, in the spoken language listed here.
 */
export interface LinguaLibreLanguage {
  /** BCP 47 tag of the sign language, as packs use it. */
  signLanguage: string;
  /** Lingua Libre item of the language. */
  item: string;
  /** BCP 47 tag of the written words. */
  spokenLanguage: string;
  /** Short name in the source's title: "Lingua Libre (LSF)". */
  abbreviation: string;
}

export const LINGUA_LIBRE_LANGUAGES: readonly LinguaLibreLanguage[] = [
  { signLanguage: 'fsl', item: 'Q99628', spokenLanguage: 'fr', abbreviation: 'LSF' },
  { signLanguage: 'ase', item: 'Q806575', spokenLanguage: 'en', abbreviation: 'ASL' },
];

/** The language enabled on first install: LSF, the one Signet is first made for. */
export const DEFAULT_LINGUA_LIBRE_LANGUAGE = 'fsl';

export function linguaLibreLanguage(signLanguage: string): LinguaLibreLanguage | undefined {
  return LINGUA_LIBRE_LANGUAGES.find((language) => language.signLanguage === signLanguage.toLowerCase());
}

/** The id of the source holding one language's records: "lingualibre-fsl". */
export function linguaLibreSourceId(signLanguage: string): string {
  return `lingualibre-${signLanguage.toLowerCase()}`;
}

/**
 * Ids kept for built-in sources: every "lingualibre-…" (the languages Signet knows today and
 * those it may know tomorrow). A pack may not call itself one of them.
 */
export function isBuiltInSourceId(id: string): boolean {
  return id.toLowerCase().startsWith('lingualibre-');
}
