import type { ManualAlphabet } from './types';

/** One sign of a spelled word: the letters of the word it stands for, and the sign to show. */
export interface SpelledSign {
  /** The key of the alphabet's sign: "e" for "é" in LSF, "sch" in DGS, "´" for an LSE accent. */
  sign: string;
  /** The FSW to draw (the alphabet's usual form of the sign). */
  fsw: string;
  /** Where the letters it spells are in the word, in UTF-16 offsets (for marking them). */
  start: number;
  end: number;
}

/** Letter groups signed as one, longest first, per alphabet (computed once). */
const groupCache = new WeakMap<ManualAlphabet, string[]>();

function groupsOf(alphabet: ManualAlphabet): string[] {
  let groups = groupCache.get(alphabet);
  if (!groups) {
    groups = Object.keys(alphabet.signs)
      .filter((key) => [...key].length > 1)
      .sort((a, b) => [...b].length - [...a].length);
    groupCache.set(alphabet, groups);
  }
  return groups;
}

/**
 * Spells a word (or a number) in a manual alphabet: one sign per letter or digit, a letter group
 * the language signs as one ("sch" in DGS) as one sign, an accented letter by the language's own
 * rule (see ManualAlphabet.spellings), any other accented letter as its base letter. What no
 * alphabet spells (apostrophes, hyphens, punctuation, letters of other scripts) is left out:
 * "aujourd'hui" is spelled as its letters.
 */
export function spellWord(word: string, alphabet: ManualAlphabet): SpelledSign[] {
  const chars = [...word.normalize('NFC')].map((char, i, all) => ({ char, start: offsetOf(all, i) }));
  const lower = chars.map(({ char }) => char.toLocaleLowerCase(alphabet.writtenLanguage));
  const groups = groupsOf(alphabet);
  const out: SpelledSign[] = [];
  for (let i = 0; i < chars.length; ) {
    const group = groups.find((g) => matchesAt(lower, i, [...g]));
    if (group) {
      const length = [...group].length;
      out.push(signOf(alphabet, group, chars[i]!.start, chars[i + length - 1]!.start + chars[i + length - 1]!.char.length));
      i += length;
      continue;
    }
    const { char, start } = chars[i]!;
    for (const key of signKeysOf(alphabet, lower[i]!)) out.push(signOf(alphabet, key, start, start + char.length));
    i += 1;
  }
  return out;
}

function offsetOf(chars: readonly string[], index: number): number {
  let offset = 0;
  for (let i = 0; i < index; i++) offset += chars[i]!.length;
  return offset;
}

function matchesAt(lower: readonly string[], at: number, group: readonly string[]): boolean {
  return group.every((char, k) => lower[at + k] === char);
}

/** The alphabet's signs for one lower-case letter: itself, its language's rule, else its base letter. */
function signKeysOf(alphabet: ManualAlphabet, letter: string): readonly string[] {
  if (Object.hasOwn(alphabet.signs, letter)) return [letter];
  if (Object.hasOwn(alphabet.spellings, letter)) return alphabet.spellings[letter]!.filter((key) => Object.hasOwn(alphabet.signs, key));
  const base = letter.normalize('NFD').replace(/\p{M}+/gu, '');
  return base !== letter && Object.hasOwn(alphabet.signs, base) ? [base] : [];
}

function signOf(alphabet: ManualAlphabet, key: string, start: number, end: number): SpelledSign {
  return { sign: key, fsw: alphabet.signs[key]![0]!, start, end };
}
