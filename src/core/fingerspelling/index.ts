import { ASE } from './ase';
import { BFI } from './bfi';
import { FSL } from './fsl';
import { GSG } from './gsg';
import { SSP } from './ssp';
import type { ManualAlphabet } from './types';

export type { ManualAlphabet } from './types';
export { spellWord, type SpelledSign } from './spell';

export const ALPHABETS: readonly ManualAlphabet[] = [FSL, ASE, BFI, GSG, SSP];

/** The manual alphabet of a sign language ("fsl"…), if Signet has it. */
export function alphabetFor(signLanguage: string | undefined): ManualAlphabet | undefined {
  const code = signLanguage?.toLowerCase();
  return ALPHABETS.find((alphabet) => alphabet.signLanguage === code);
}
