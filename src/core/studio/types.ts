/** What the studio keeps about a contributor's sign, and the words readers asked for. */

/** Licences a contributor may choose (SPDX ids); the first is the default, as on Lingua Libre. */
export const LICENCES = ['CC-BY-SA-4.0', 'CC-BY-4.0', 'CC0-1.0'] as const;
export type Licence = (typeof LICENCES)[number];

/** The tags of a sign, as the contributor fills them in. */
export interface SignTags {
  /** Written forms: the word first, then variants and expressions. */
  forms: string[];
  /** BCP 47 tag of the written language ("fr"). */
  spokenLanguage: string;
  /** BCP 47 tag of the sign language ("fsl" for LSF). */
  signLanguage: string;
  signer: string;
  region?: string;
  licence: Licence;
  definition?: string;
}

/** Facts of the saved video file, read from it after it was written. */
export interface SignVideoFacts {
  type: string;
  width: number;
  height: number;
  /** Seconds, as the file's header says. */
  duration: number;
  bytes: number;
  sha256: string;
}

/** A saved sign: its tags and its video's facts (the Blob lives beside it, under the same id). */
export interface MySign extends SignTags {
  id: string;
  video: SignVideoFacts;
  createdAt: number;
  updatedAt: number;
}

/** A word a reader pointed at, selected or asked for that had no sign, counted on this computer only. */
export interface WantedWord {
  /** The word as resolved ("chapeaux" → "chapeau"), normalised. */
  word: string;
  /** Primary subtag of the page's written language ("fr"), "" when the page does not say. */
  lang: string;
  count: number;
  /** ms since 1970. */
  lastSeen: number;
}
