/**
 * A manual alphabet: how one sign language spells a written word, letter by letter. Each sign is
 * Formal SignWriting (FSW): a box ("M518x517") holding symbols ("S1f720490x493"), whose keys say
 * the hand shape (S100–S204, with fill = which side of the hand faces the reader and rotation),
 * the movement (S205–S2f6: arrows, contacts, traced paths) and where they are. See describe.ts.
 */
export interface ManualAlphabet {
  /** ISO 639-3 code, as packs name sign languages: "fsl", "ase", "bfi", "gsg", "ssp". */
  signLanguage: string;
  /** Short name shown to readers ("LSF", "ASL"…). */
  abbreviation: string;
  /** The written language whose letters it spells (lower-casing follows its rules). */
  writtenLanguage: string;
  /** BSL spells with both hands: its signs are two hand symbols and a contact. */
  twoHanded: boolean;
  /**
   * Letter, digit or letter group → its signs in FSW, the usual one first (some letters have
   * variants, e.g. ASL "k" with the palm in or out).
   */
  signs: Readonly<Record<string, readonly string[]>>;
  /**
   * Letters written with other signs: an accented letter spelled as its base letter ("é" → "e"
   * in LSF) or as a letter followed by the accent's own sign ("á" → "a", "´" in LSE). A letter
   * neither in `signs` nor here is spelled as its base letter (accents dropped).
   */
  spellings: Readonly<Record<string, readonly string[]>>;
}
