import { describe, expect, it } from 'vitest';
import { buildFoldedIndex, createKeyIndex, foldAccents, resolveWord, type KeyIndex } from '../../src/core/resolve';

/** A dictionary of these keys, with the accent-insensitive map. */
const dict = (...keys: string[]): KeyIndex => createKeyIndex(keys);

describe('resolveWord in French', () => {
  it.each([
    // [page word (normalised), caps, dictionary keys, expected keys best first]
    ['chapeaux', false, ['chapeau'], ['chapeau']],
    ['achat', false, ['achat', 'acheter'], ['achat']],
    ['accompagnés', false, ['accompagner'], ['accompagner']],
    ['finies', false, ['finir'], ['finir']],
    ['prises', false, ['prendre', 'prise'], ['prise', 'prendre']],
    ['chevaux', false, ['cheval'], ['cheval']],
    ['yeux', false, ['oeil'], ['oeil']],
    ['grandes', false, ['grand'], ['grand']],
    ['chanteuses', false, ['chanteur', 'chanteuse'], ['chanteuse', 'chanteur']],
    ['est', false, ['est', 'être'], ['est', 'être']],
    ['suis', false, ['être', 'suivre'], ['être', 'suivre']],
    ['sommes', false, ['somme', 'être'], ['somme', 'être']],
  ] as const)('%s (caps %s) in %j → %j', (word, caps, keys, expected) => {
    expect(resolveWord(word, caps, dict(...keys), 'fr')).toEqual(expected);
  });

  it('puts the exact spelling first, before any deinflected candidate', () => {
    expect(resolveWord('porte', false, dict('porter', 'porte'), 'fr')).toEqual(['porte', 'porter']);
    expect(resolveWord('marché', false, dict('marcher', 'marché'), 'fr')).toEqual(['marché', 'marcher']);
  });

  it('ranks plural before feminine before verb', () => {
    expect(resolveWord('portes', false, dict('porter', 'porte'), 'fr')).toEqual(['porte', 'porter']);
    expect(resolveWord('grandes', false, dict('grander', 'grand'), 'fr')).toEqual(['grand', 'grander']);
    expect(resolveWord('chanteuses', false, dict('chanteur', 'chanteuse'), 'fr')).toEqual(['chanteuse', 'chanteur']);
  });

  it('keeps homographs: "marche" is the noun and a form of "marcher"', () => {
    expect(resolveWord('marche', false, dict('marche', 'marcher', 'marché'), 'fr')).toEqual(['marche', 'marcher']);
  });

  it.each([
    // a word that is a key is not the plural or plain feminine of a shorter key
    ['bus', ['bus', 'bu', 'boire'], ['bus', 'boire']],
    ['fils', ['fils', 'fil'], ['fils']],
    ['fils', ['fil'], []],
    ['mois', ['moi'], []],
    ['porte', ['porte', 'port'], ['porte']],
    ['portes', ['porte', 'port', 'porter'], ['porte', 'porter']],
    ['loi', ['loi', 'loir'], ['loi']],
    ['chapelle', ['chapeau'], []],
    ['mes', ['me'], []],
    ['tues', ['tu', 'tuer'], ['tuer']],
  ] as const)('%s in %j never lights up a wrong key → %j', (word, keys, expected) => {
    expect(resolveWord(word, false, dict(...keys), 'fr')).toEqual(expected);
  });

  it('lets marked feminines through even when the word is a key', () => {
    expect(resolveWord('matérielles', false, dict('matérielle', 'matériel'), 'fr')).toEqual(['matérielle', 'matériel']);
  });
});

describe('accents in capitals', () => {
  it.each([
    ['etat', ['état'], ['état']],
    ['chateau', ['château'], ['château']],
    ['chateaux', ['château'], ['château']],
    ['accompagnees', ['accompagner'], ['accompagner']],
    ['creees', ['créer'], ['créer']],
    ['ete', ['été', 'être'], ['été', 'être']],
    ['etes', ['être'], ['être']],
    ['francais', ['français'], ['français']],
    ['marche', ['marche', 'marché', 'marcher'], ['marche', 'marché', 'marcher']],
    ['peche', ['pêche', 'péché'], ['pêche', 'péché']],
  ] as const)('caps %s in %j → %j', (word, keys, expected) => {
    expect(resolveWord(word, true, dict(...keys), 'fr')).toEqual(expected);
  });

  it.each([
    ['de', ['de', 'dé'], ['de']],
    ['de', ['dé'], []],
    ['ou', ['où'], []],
    ['la', ['là'], []],
    ['des', ['dès'], []],
    ['sur', ['sûr'], []],
    ['du', ['dû'], []],
    ['a', ['à', 'avoir'], ['avoir']],
  ] as const)('function word %s in %j is never accent-folded, even in caps → %j', (word, keys, expected) => {
    expect(resolveWord(word, true, dict(...keys), 'fr')).toEqual(expected);
    expect(resolveWord(word, false, dict(...keys), 'fr')).toEqual(expected);
  });

  it('matches accents as written when the word is not in capitals', () => {
    expect(resolveWord('etat', false, dict('état'), 'fr')).toEqual([]);
    expect(resolveWord('chateau', false, dict('château'), 'fr')).toEqual([]);
  });

  it('builds the folded map from accented keys only', () => {
    const map = buildFoldedIndex(['château', 'chat', 'pêche', 'péché', 'pêche']);
    expect(map.get('chateau')).toEqual(['château']);
    expect(map.get('peche')).toEqual(['pêche', 'péché']);
    expect(map.has('chat')).toBe(false);
    expect(foldAccents('ÉTAT Français naïf')).toBe('ETAT Francais naif');
  });
});

describe('inclusive writing', () => {
  it.each([
    ['entrepreneur·e·s', ['entrepreneur'], ['entrepreneur']],
    ['entrepreneur·e·s', ['entrepreneure', 'entrepreneur'], ['entrepreneur', 'entrepreneure']],
    ['salarié·es', ['salarié', 'salarier'], ['salarié', 'salarier']],
    ['étudiant·e', ['étudiante'], ['étudiante']],
    ['acteur·rice·s', ['actrice', 'acteur'], ['acteur', 'actrice']],
    ['citoyen·ne·s', ['citoyen'], ['citoyen']],
    ['heureu·x·se', ['heureux'], ['heureux']],
  ] as const)('%s in %j → %j', (word, keys, expected) => {
    expect(resolveWord(word, false, dict(...keys), 'fr')).toEqual(expected);
  });
});

describe('resolveWord in English', () => {
  it.each([
    ['children', ['child'], ['child']],
    ['went', ['go'], ['go']],
    ['running', ['run', 'running'], ['running', 'run']],
    ['cities', ['city'], ['city']],
    ['saw', ['saw', 'see'], ['saw', 'see']],
    ['taller', ['tall'], ['tall']],
    ['teacher', ['teacher', 'teach'], ['teacher']],
    ['news', ['new'], []],
    ['his', ['hi'], []],
    ['shed', ['she', 'shed'], ['shed']],
  ] as const)('%s in %j → %j', (word, keys, expected) => {
    expect(resolveWord(word, false, dict(...keys), 'en')).toEqual(expected);
  });

  it('folds accents of English keys in capitals too ("CAFE" → "café")', () => {
    expect(resolveWord('cafe', true, dict('café'), 'en')).toEqual(['café']);
  });
});

describe('language dispatch', () => {
  it('uses the primary subtag', () => {
    expect(resolveWord('chapeaux', false, dict('chapeau'), 'fr-CA')).toEqual(['chapeau']);
    expect(resolveWord('children', false, dict('child'), 'EN-us')).toEqual(['child']);
  });

  it('gives languages without rules the exact spelling only', () => {
    expect(resolveWord('chapeaux', false, dict('chapeau'), 'de')).toEqual([]);
    expect(resolveWord('chapeaux', false, dict('chapeaux'), 'de')).toEqual(['chapeaux']);
    expect(resolveWord('etat', true, dict('état'), 'sgn')).toEqual([]);
  });

  it('returns nothing for an empty word', () => {
    expect(resolveWord('', false, dict(''), 'fr')).toEqual([]);
  });
});
