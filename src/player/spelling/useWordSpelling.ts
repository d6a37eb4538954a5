import { useMemo, useState } from 'preact/hooks';
import type { FingerspellMode } from '../../common/settings';
import { alphabetFor, spellWord, type ManualAlphabet, type SpelledSign } from '../../core/fingerspelling';
import type { PlayerRequest } from '../request';
import { useSpelling, type Spelling } from './useSpelling';
import { useSpellingLanguage } from './useSpellingLanguage';

export type WordSpelling = { active: true; alphabet: ManualAlphabet; signs: SpelledSign[]; spelling: Spelling; offer: SpellOffer } | { active: false; offer: SpellOffer };

export interface SpellOffer {
  /** The manual alphabet's short name ("LSF") for the Fingerspell button. */
  alphabet?: string;
  onSpell?: () => void;
  /** Signet has no manual alphabet for the page's sign language. */
  noAlphabet?: boolean;
}

/**
 * Fingerspelling of a word no dictionary signs: offered, or started at once when the reader's
 * setting says so; in the alphabet of the sign language the page's signs are in.
 */
export function useWordSpelling(request: PlayerRequest, noSign: boolean, choice: string | undefined, mode: FingerspellMode, rate: number): WordSpelling {
  // Only for a word without a sign: a closed player (no word) and a word with a sign need no alphabet.
  const language = useSpellingLanguage(request.lang, choice, noSign && request.word !== '');
  const alphabet = language.ready ? alphabetFor(language.signLanguage) : undefined;
  const [askedFor, setAskedFor] = useState<PlayerRequest | null>(null);
  const signs = useMemo(() => (alphabet ? spellWord(request.word, alphabet) : []), [alphabet, request.word]);
  const possible = noSign && alphabet !== undefined && signs.length > 0;
  const active = possible && (mode === 'at-once' || askedFor === request);
  const spelling = useSpelling(signs.length, rate, active ? request : null);

  const offer: SpellOffer = possible ? { alphabet: alphabet.abbreviation, onSpell: () => setAskedFor(request) } : noSign && language.ready && !alphabet && request.word ? { noAlphabet: true } : {};
  return active ? { active, alphabet: alphabet!, signs, spelling, offer } : { active: false, offer };
}
