/**
 * Signet's manual alphabets (src/core/fingerspelling) against the SignWriting reference in
 * ../shared/reference/fingerspelling (transcriptions of signwriting.org's charts), read at test
 * time: every sign of every table must be the reference's, and every letter and digit of the
 * reference must be in the table, except what is listed below with the reason.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALPHABETS, alphabetFor, spellWord, type ManualAlphabet } from '../../src/core/fingerspelling';
import { handShapes, signParts } from '../../src/core/fingerspelling/describe';
import { SHARED } from '../e2e/support/paths';

type ReferenceValue = string[] | { default: string[]; variations: Record<string, string[]> };

function reference(code: string): Record<string, ReferenceValue> {
  return JSON.parse(readFileSync(resolve(SHARED, 'reference/fingerspelling', `${code}.json`), 'utf8'));
}

/**
 * Reference keys the tables leave out: punctuation and symbols (@ . / - _ + ? % , " = :), which
 * Signet never spells (a word's punctuation is skipped, and e-mail addresses are not words).
 */
const LEFT_OUT = /^[^\p{L}\p{N}´`]+$/u;

function spelled(word: string, alphabet: ManualAlphabet): string[] {
  return spellWord(word, alphabet).map((s) => s.sign);
}

describe('manual alphabets against the reference', () => {
  for (const alphabet of ALPHABETS) {
    describe(alphabet.abbreviation, () => {
      const ref = reference(alphabet.signLanguage);

      it('has every letter and digit of the reference, with the same signs', () => {
        for (const [key, value] of Object.entries(ref)) {
          if (LEFT_OUT.test(key)) {
            expect(alphabet.signs[key], key).toBeUndefined();
            continue;
          }
          const signs = Array.isArray(value) ? value : value.default;
          // The reference repeats a sign for DGS "o": the table keeps it once.
          expect(alphabet.signs[key], key).toEqual([...new Set(signs)]);
        }
      });

      it('has no sign the reference does not have', () => {
        for (const key of Object.keys(alphabet.signs)) expect(Object.hasOwn(ref, key), key).toBe(true);
      });

      it('spells all 26 letters and 10 digits, each with at least one hand shape', () => {
        for (const char of 'abcdefghijklmnopqrstuvwxyz0123456789') {
          const [sign] = spellWord(char, alphabet);
          expect(sign?.sign, char).toBe(char);
          expect(handShapes(sign!.fsw).length, char).toBeGreaterThan(0);
        }
      });

      it('spells every accented letter of its rules with signs it has', () => {
        for (const [letter, keys] of Object.entries(alphabet.spellings)) {
          expect(spelled(letter, alphabet), letter).toEqual(keys.filter((k) => k in alphabet.signs));
          expect(keys.length).toBeGreaterThan(0);
        }
      });
    });
  }

  it('draws BSL with two hands and the others with one', () => {
    const bsl = alphabetFor('bfi')!;
    expect(bsl.twoHanded).toBe(true);
    // b, d, f, g, k, m, n, p, q, s, t, w, x, y, z are both hands' shapes (or one hand twice).
    for (const letter of 'bdfkmnpqtwxy') expect(handShapes(bsl.signs[letter]![0]!).length, letter).toBe(2);
    for (const code of ['fsl', 'ase', 'gsg', 'ssp']) {
      const alphabet = alphabetFor(code)!;
      expect(alphabet.twoHanded).toBe(false);
      for (const letter of 'abcdefghiklmnopqrstuvwxy') expect(handShapes(alphabet.signs[letter]![0]!).length, `${code} ${letter}`).toBe(1);
    }
  });

  it('finds alphabets by sign language code, in any case', () => {
    expect(alphabetFor('FSL')?.abbreviation).toBe('LSF');
    expect(alphabetFor('ase')?.abbreviation).toBe('ASL');
    expect(alphabetFor('xyz')).toBeUndefined();
    expect(alphabetFor(undefined)).toBeUndefined();
  });
});

describe('LSF and ASL', () => {
  const lsf = alphabetFor('fsl')!;
  const asl = alphabetFor('ase')!;

  it('use other hand shapes for H, T and X', () => {
    // The charts write other hand symbols: H S10e (LSF) / S115 (ASL), T S1d3 / S1fb, X S110 / S106.
    for (const letter of 'htx') {
      expect(handShapes(lsf.signs[letter]![0]!), letter).not.toEqual(handShapes(asl.signs[letter]![0]!));
    }
  });

  it('differ in exactly the letters where the languages differ', () => {
    // F, G, K, M, N, P, Q, V and Y are other shapes or other orientations in LSF (M and N
    // point down, P and Q are turned, Y adds a twist). J is the same in both: the I hand tracing
    // a J (the chart writes the same symbols at the same distance from the hand).
    const differ = [...'abcdefghijklmnopqrstuvwxyz'].filter(
      (letter) =>
        signParts(lsf.signs[letter]![0]!)
          .map((p) => p.key)
          .join() !==
        signParts(asl.signs[letter]![0]!)
          .map((p) => p.key)
          .join(),
    );
    expect(differ.join('')).toBe('fghkmnpqtvxy');
    const j = (fsw: string) => signParts(fsw).map((p) => [p.key, p.x - signParts(fsw)[0]!.x, p.y - signParts(fsw)[0]!.y]);
    expect(j(lsf.signs.j![0]!)).toEqual(j(asl.signs.j![0]!));
  });

  it('share the letters the two languages share (A, B, E, I, O, S)', () => {
    // LSF descends from the old French alphabet that ASL also took: these hand shapes agree.
    for (const letter of 'abeios') expect(handShapes(lsf.signs[letter]![0]!), letter).toEqual(handShapes(asl.signs[letter]![0]!));
  });

  it('count differently: LSF 1 is a thumb, ASL 1 an index', () => {
    expect(handShapes(lsf.signs['1']![0]!)).toEqual(['S1f5']);
    expect(handShapes(asl.signs['1']![0]!)).toEqual(['S100']);
  });
});

describe('spelling words', () => {
  const lsf = alphabetFor('fsl')!;

  it('spells "Hélène" in LSF as h e l è n e (è has an entry of its own, the E hand), each sign on its letter', () => {
    const signs = spellWord('Hélène', lsf);
    expect(signs.map((s) => s.sign)).toEqual(['h', 'e', 'l', 'è', 'n', 'e']);
    expect(signs.map((s) => 'Hélène'.slice(s.start, s.end))).toEqual(['H', 'é', 'l', 'è', 'n', 'e']);
    // é is the E hand: an LSF signer spells the base letter.
    expect(signs[1]!.fsw).toBe(lsf.signs.e![0]);
    expect(signs[3]!.fsw).toBe(lsf.signs.e![0]);
  });

  it('spells "garçon" with LSF ç (the C hand), "cœur" with o and e', () => {
    expect(spelled('garçon', lsf)).toEqual(['g', 'a', 'r', 'ç', 'o', 'n']);
    expect(spellWord('garçon', lsf)[3]!.fsw).toBe(lsf.signs.c![0]);
    const coeur = spellWord('cœur', lsf);
    expect(coeur.map((s) => s.sign)).toEqual(['c', 'o', 'e', 'u', 'r']);
    // Both signs of œ mark the one letter.
    expect(coeur.slice(1, 3).map((s) => [s.start, s.end])).toEqual([
      [1, 2],
      [1, 2],
    ]);
  });

  it('leaves out apostrophes, hyphens and punctuation; spells numbers digit by digit', () => {
    expect(spelled("aujourd'hui", lsf)).toEqual([...'aujourdhui']);
    expect(spelled('Saint-Étienne', lsf)).toEqual([...'saintetienne']);
    expect(spelled('2024', lsf)).toEqual(['2', '0', '2', '4']);
    expect(spelled('…', lsf)).toEqual([]);
  });

  it('spells English words in ASL, with its "zz" sign and accents dropped', () => {
    const asl = alphabetFor('ase')!;
    expect(spelled('Signet', asl)).toEqual(['s', 'i', 'g', 'n', 'e', 't']);
    expect(spelled('pizza', asl)).toEqual(['p', 'i', 'zz', 'a']);
    expect(spelled('café', asl)).toEqual(['c', 'a', 'f', 'e']);
    expect(spellWord('pizza', asl)[2]).toMatchObject({ start: 2, end: 4, fsw: asl.signs.zz![0] });
    expect(spellWord('Signet', asl)[0]!.fsw).not.toBe(spellWord('Signet', alphabetFor('bfi')!)[0]!.fsw);
  });

  it('spells "Straße" in DGS with its ß sign, "Schule" with sch, "Bär" with ä', () => {
    const dgs = alphabetFor('gsg')!;
    const strasse = spellWord('Straße', dgs);
    expect(strasse.map((s) => s.sign)).toEqual(['s', 't', 'r', 'a', 'ß', 'e']);
    expect(strasse[4]).toMatchObject({ start: 4, end: 5, fsw: dgs.signs.ß![0] });
    expect(spelled('Strasse', dgs)).toEqual(['s', 't', 'r', 'a', 'ss', 'e']);
    expect(spelled('Schule', dgs)).toEqual(['sch', 'u', 'l', 'e']);
    expect(spelled('Bär', dgs)).toEqual(['b', 'ä', 'r']);
  });

  it('spells Spanish accents in LSE as the vowel and the accent sign, ñ as its own', () => {
    const lse = alphabetFor('ssp')!;
    expect(spelled('canción', lse)).toEqual(['c', 'a', 'n', 'c', 'i', 'o', '´', 'n']);
    expect(spelled('España', lse)).toEqual(['e', 's', 'p', 'a', 'ñ', 'a']);
    expect(spelled('pingüino', lse)).toEqual(['p', 'i', 'n', 'g', 'u', 'i', 'n', 'o']);
  });

  it('spells capitals like lower case, and the same letters in every alphabet in order', () => {
    for (const alphabet of ALPHABETS) expect(spelled('ABC', alphabet)).toEqual(['a', 'b', 'c']);
  });
});
