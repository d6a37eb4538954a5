import { describe, expect, it } from 'vitest';
import { formTokens, hasPlainLowerCase, normaliseWord, phraseKey } from '../../src/core/text/normalise';

describe('normaliseWord', () => {
  it.each([
    // case and composition
    ['Chapeau', 'chapeau'],
    ['CHÂTEAU', 'château'],
    ['Château', 'château'],
    ['chateau', 'chateau'], // accents are kept: "ETAT" is handled by caps lookups, not by keys
    ['cha\u0302teau', 'château'], // NFD from macOS copy-paste → NFC
    ['De\u0301', 'dé'],
    ['dé', 'dé'],
    ['  Chapeau ', 'chapeau'],
    // apostrophe variants
    ['aujourd’hui', "aujourd'hui"],
    ['aujourdʼhui', "aujourd'hui"],
    ["aujourd'hui", "aujourd'hui"],
    ['aujourd‘hui', "aujourd'hui"],
    ['aujourd′hui', "aujourd'hui"],
    ['aujourd＇hui', "aujourd'hui"],
    // hyphen variants inside a word
    ['chauve‐souris', 'chauve-souris'],
    ['chauve‑souris', 'chauve-souris'],
    ['chauve–souris', 'chauve-souris'],
    ['chauve—souris', 'chauve-souris'],
    ['chauve−souris', 'chauve-souris'],
    ['−5', '−5'], // a leading minus sign is not a hyphen inside a word
    // invisible characters
    ['cha\u00ADpeau', 'chapeau'],
    ['cha\u200Bpeau', 'chapeau'],
    ['cha\u200Cpe\u200Dau', 'chapeau'],
    ['\uFEFFchapeau\u2060', 'chapeau'],
    // ligatures
    ['cœur', 'coeur'],
    ['CŒUR', 'coeur'],
    ['Æ', 'ae'],
    ['Lætitia', 'laetitia'],
    ['\uFB01n', 'fin'],
    ['\uFB02eur', 'fleur'],
    ['e\uFB03cace', 'efficace'],
    // inclusive writing
    ['entrepreneur·e·s', 'entrepreneur·e·s'],
    ['entrepreneur.e.s', 'entrepreneur·e·s'],
    ['salarié•es', 'salarié·es'],
    ['étudiant⋅e', 'étudiant·e'],
    ['acteur‧rice‧s', 'acteur·rice·s'],
    ['Salarié•e•s', 'salarié·e·s'],
    // Turkish dotted and dotless I
    ['İstanbul', 'istanbul'],
    ['İSTANBUL', 'istanbul'],
  ])('%j → %j', (word, key) => {
    expect(normaliseWord(word)).toBe(key);
  });

  it.each([
    ['ISPARTA', 'tr', 'ısparta'],
    ['İSTANBUL', 'tr', 'istanbul'],
    ['ISPARTA', 'fr', 'isparta'],
    ['Château', 'not a locale!', 'château'],
    ['Château', 'en-GB', 'château'],
  ])('%j in locale %j → %j', (word, locale, key) => {
    expect(normaliseWord(word, locale)).toBe(key);
  });

  it('gives "cœur" and "coeur", "Æ" and "ae" one key each', () => {
    expect(normaliseWord('cœur')).toBe(normaliseWord('coeur'));
    expect(normaliseWord('Æ')).toBe(normaliseWord('ae'));
  });
});

describe('hasPlainLowerCase', () => {
  it.each([
    ['fr', true],
    ['en-GB', true],
    ['de_DE', true],
    ['not a locale!', true],
    ['tr', false],
    ['TR-tr', false],
    ['az', false],
    ['lt_LT', false],
  ])('%j → %j', (locale, plain) => {
    expect(hasPlainLowerCase(locale)).toBe(plain);
  });
});

describe('formTokens', () => {
  it.each([
    ['réseau local', ['réseau', 'local']],
    ['chauve-souris', ['chauve', 'souris']],
    ['chauve‐souris', ['chauve', 'souris']],
    ['aujourd’hui', ['aujourd', 'hui']],
    ["aujourd'hui", ['aujourd', 'hui']],
    ['aujourdʼhui', ['aujourd', 'hui']],
    ['  Château ', ['château']],
    ['à la saint glinglin', ['à', 'la', 'saint', 'glinglin']],
    ['À la Saint-Glinglin', ['à', 'la', 'saint', 'glinglin']],
    ['dé', ['dé']],
    ['cœur', ['coeur']],
    ['entrepreneur·e·s', ['entrepreneur·e·s']],
    ["l'achat", ['l', 'achat']],
    ['', []],
  ])('%j → %j', (form, keys) => {
    expect(formTokens(form)).toEqual(keys);
  });
});

describe('phraseKey', () => {
  it.each([
    [['réseau', 'local'], 'réseau local'],
    [['chapeau'], 'chapeau'],
    [[], ''],
  ])('%j → %j', (keys, key) => {
    expect(phraseKey(keys)).toBe(key);
  });
});
