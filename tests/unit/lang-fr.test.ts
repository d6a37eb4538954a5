import { describe, expect, it } from 'vitest';
import { candidates, foldedCandidates } from '../../src/core/lang/fr';
import { expandInclusive } from '../../src/core/lang/fr-inclusive';

const lemmas = (word: string): string[] => candidates(word).map((c) => c.lemma);

describe('French plurals', () => {
  it.each([
    ['chapeaux', 'chapeau'],
    ['châteaux', 'château'],
    ['eaux', 'eau'],
    ['chevaux', 'cheval'],
    ['journaux', 'journal'],
    ['animaux', 'animal'],
    ['sociaux', 'social'],
    ['travaux', 'travail'],
    ['tuyaux', 'tuyau'],
    ['jeux', 'jeu'],
    ['feux', 'feu'],
    ['cheveux', 'cheveu'],
    ['bijoux', 'bijou'],
    ['genoux', 'genou'],
    ['yeux', 'oeil'],
    ['cieux', 'ciel'],
    ['messieurs', 'monsieur'],
    ['chats', 'chat'],
    ['maisons', 'maison'],
    ['achats', 'achat'],
    ['champignons', 'champignon'],
    ['chaussettes', 'chaussette'],
    ['maux', 'mal'],
  ])('%s → %s', (form, lemma) => {
    expect(lemmas(form)).toContain(lemma);
  });

  it.each([
    ['chapeaux', 'plural -eaux→-eau', 'chapeau'],
    ['chevaux', 'plural -aux→-al', 'cheval'],
    ['travaux', 'plural -aux→-ail', 'travail'],
    ['chats', 'plural -s', 'chat'],
  ])('%s is named by its rule "%s"', (form, rule, lemma) => {
    expect(candidates(form).find((c) => c.lemma === lemma)?.rule).toBe(rule);
  });
});

describe('French feminines', () => {
  it.each([
    ['grande', 'grand'],
    ['petite', 'petit'],
    ['amie', 'ami'],
    ['avocate', 'avocat'],
    ['aimée', 'aimé'],
    ['première', 'premier'],
    ['boulangère', 'boulanger'],
    ['chanteuse', 'chanteur'],
    ['heureuse', 'heureux'],
    ['actrice', 'acteur'],
    ['active', 'actif'],
    ['neuve', 'neuf'],
    ['ancienne', 'ancien'],
    ['bonne', 'bon'],
    ['cruelle', 'cruel'],
    ['muette', 'muet'],
    ['sotte', 'sot'],
    ['pareille', 'pareil'],
    ['nulle', 'nul'],
    ['jalouse', 'jaloux'],
    ['blanche', 'blanc'],
    ['publique', 'public'],
    ['complète', 'complet'],
    ['belle', 'beau'],
    ['nouvelle', 'nouveau'],
    ['vieille', 'vieux'],
    ['folle', 'fou'],
    ['douce', 'doux'],
    ['sèche', 'sec'],
    ['grecque', 'grec'],
    ['maligne', 'malin'],
    ['aiguë', 'aigu'],
    ['favorite', 'favori'],
    ['longue', 'long'],
    ['bleue', 'bleu'],
  ])('%s → %s', (form, lemma) => {
    expect(lemmas(form)).toContain(lemma);
  });

  it.each([
    ['grandes', 'grand'],
    ['chanteuses', 'chanteur'],
    ['actrices', 'acteur'],
    ['belles', 'beau'],
    ['heureuses', 'heureux'],
    ['actives', 'actif'],
    ['anciennes', 'ancien'],
    ['premières', 'premier'],
    ['blanches', 'blanc'],
    ['nouvelles', 'nouveau'],
    ['matérielles', 'matériel'],
    ['amies', 'ami'],
  ])('feminine plural %s → %s', (form, lemma) => {
    expect(lemmas(form)).toContain(lemma);
  });

  it('ranks plural before feminine before verb', () => {
    const ranked = lemmas('portes');
    expect(ranked.indexOf('porte')).toBeLessThan(ranked.indexOf('port'));
    expect(ranked.indexOf('port')).toBeLessThan(ranked.indexOf('porter'));
  });
});

describe('French regular verbs', () => {
  it.each([
    // first group, every tense
    ['accompagnés', 'accompagner'],
    ['accompagnée', 'accompagner'],
    ['accompagnées', 'accompagner'],
    ['parle', 'parler'],
    ['parles', 'parler'],
    ['parlent', 'parler'],
    ['parlons', 'parler'],
    ['parlez', 'parler'],
    ['parlait', 'parler'],
    ['parlaient', 'parler'],
    ['parlions', 'parler'],
    ['parlerai', 'parler'],
    ['parlerons', 'parler'],
    ['parlerait', 'parler'],
    ['parleraient', 'parler'],
    ['parlai', 'parler'],
    ['parlâmes', 'parler'],
    ['parlèrent', 'parler'],
    ['parlasse', 'parler'],
    ['parlât', 'parler'],
    ['parlant', 'parler'],
    ['parlé', 'parler'],
    // spelling changes
    ['mangeons', 'manger'],
    ['mangeait', 'manger'],
    ['commençons', 'commencer'],
    ['commençait', 'commencer'],
    ['lève', 'lever'],
    ['achète', 'acheter'],
    ['espère', 'espérer'],
    ['cède', 'céder'],
    ['appelle', 'appeler'],
    ['jette', 'jeter'],
    ['emploie', 'employer'],
    ['paie', 'payer'],
    ['essuie', 'essuyer'],
    ['crée', 'créer'],
    ['créées', 'créer'],
    ['étudie', 'étudier'],
    ['étudiions', 'étudier'],
    ['continue', 'continuer'],
    // second group
    ['finies', 'finir'],
    ['finis', 'finir'],
    ['finit', 'finir'],
    ['finissons', 'finir'],
    ['finissez', 'finir'],
    ['finissent', 'finir'],
    ['finissait', 'finir'],
    ['finirai', 'finir'],
    ['finirent', 'finir'],
    ['finissant', 'finir'],
    ['fini', 'finir'],
    ['choisie', 'choisir'],
    ['grandissent', 'grandir'],
    ['réussira', 'réussir'],
    // -dre
    ['vendu', 'vendre'],
    ['vends', 'vendre'],
    ['vend', 'vendre'],
    ['vendons', 'vendre'],
    ['vendent', 'vendre'],
    ['vendrai', 'vendre'],
    ['vendait', 'vendre'],
    ['vendit', 'vendre'],
    ['vendue', 'vendre'],
    ['répondu', 'répondre'],
    ['perdus', 'perdre'],
    ['attendent', 'attendre'],
    ['rompt', 'rompre'],
  ])('%s → %s', (form, lemma) => {
    expect(lemmas(form)).toContain(lemma);
  });
});

describe('French irregular verbs', () => {
  it.each([
    ['est', 'être'],
    ['suis', 'être'],
    ['sommes', 'être'],
    ['étaient', 'être'],
    ['serons', 'être'],
    ['fut', 'être'],
    ['soyez', 'être'],
    ['été', 'être'],
    ['a', 'avoir'],
    ['ont', 'avoir'],
    ['avions', 'avoir'],
    ['aurait', 'avoir'],
    ['eu', 'avoir'],
    ['eurent', 'avoir'],
    ['aie', 'avoir'],
    ['vais', 'aller'],
    ['va', 'aller'],
    ['allons', 'aller'],
    ['irai', 'aller'],
    ['iront', 'aller'],
    ['allé', 'aller'],
    ['aille', 'aller'],
    ['fait', 'faire'],
    ['faites', 'faire'],
    ['font', 'faire'],
    ['fera', 'faire'],
    ['fasse', 'faire'],
    ['fit', 'faire'],
    ['peux', 'pouvoir'],
    ['peut', 'pouvoir'],
    ['pourrait', 'pouvoir'],
    ['pu', 'pouvoir'],
    ['puisse', 'pouvoir'],
    ['veut', 'vouloir'],
    ['voudrais', 'vouloir'],
    ['veuillez', 'vouloir'],
    ['viens', 'venir'],
    ['viennent', 'venir'],
    ['viendra', 'venir'],
    ['vint', 'venir'],
    ['venue', 'venir'],
    ['devient', 'devenir'],
    ['tient', 'tenir'],
    ['obtenu', 'obtenir'],
    ['prend', 'prendre'],
    ['prises', 'prendre'],
    ['prirent', 'prendre'],
    ['comprend', 'comprendre'],
    ['apprenons', 'apprendre'],
    ['dit', 'dire'],
    ['dites', 'dire'],
    ['disent', 'dire'],
    ['interdisez', 'interdire'],
    ['vois', 'voir'],
    ['voient', 'voir'],
    ['verra', 'voir'],
    ['vu', 'voir'],
    ['sait', 'savoir'],
    ['sachant', 'savoir'],
    ['su', 'savoir'],
    ['doit', 'devoir'],
    ['dû', 'devoir'],
    ['due', 'devoir'],
    ['mis', 'mettre'],
    ['mettent', 'mettre'],
    ['permet', 'permettre'],
    ['faut', 'falloir'],
    ['fallait', 'falloir'],
    ['croit', 'croire'],
    ['cru', 'croire'],
    ['connaît', 'connaître'],
    ['connait', 'connaître'],
    ['connaissons', 'connaître'],
    ['connu', 'connaître'],
    ['paraît', 'paraître'],
    ['né', 'naître'],
    ['naquit', 'naître'],
    ['vit', 'vivre'],
    ['vit', 'voir'],
    ['vécu', 'vivre'],
    ['écrit', 'écrire'],
    ['écrivent', 'écrire'],
    ['décrit', 'décrire'],
    ['inscrits', 'inscrire'],
    ['lu', 'lire'],
    ['lisent', 'lire'],
    ['bois', 'boire'],
    ['buvons', 'boire'],
    ['bu', 'boire'],
    ['reçu', 'recevoir'],
    ['reçoit', 'recevoir'],
    ['aperçoit', 'apercevoir'],
    ['ouvert', 'ouvrir'],
    ['offert', 'offrir'],
    ['découvre', 'découvrir'],
    ['souffert', 'souffrir'],
    ['pars', 'partir'],
    ['sort', 'sortir'],
    ['sens', 'sentir'],
    ['ment', 'mentir'],
    ['dort', 'dormir'],
    ['sert', 'servir'],
    ['court', 'courir'],
    ['parcouru', 'parcourir'],
    ['meurt', 'mourir'],
    ['mort', 'mourir'],
    ['crains', 'craindre'],
    ['peint', 'peindre'],
    ['joint', 'joindre'],
    ['atteint', 'atteindre'],
    ['conduit', 'conduire'],
    ['construit', 'construire'],
    ['produisent', 'produire'],
    ['plaît', 'plaire'],
    ['ri', 'rire'],
    ['souriait', 'sourire'],
    ['assis', 'asseoir'],
    ['vaincu', 'vaincre'],
    ['résolu', 'résoudre'],
    ['fuient', 'fuir'],
    ['acquis', 'acquérir'],
    ['enverra', 'envoyer'],
    ['accueille', 'accueillir'],
    ['vaut', 'valoir'],
    ['plut', 'pleuvoir'],
    ['émue', 'émouvoir'],
  ])('%s → %s', (form, lemma) => {
    expect(lemmas(form)).toContain(lemma);
  });

  it('names the irregular verb', () => {
    expect(candidates('est').find((c) => c.lemma === 'être')?.rule).toBe('irregular verb être');
  });
});

describe('French candidates that must not appear', () => {
  it.each([
    ['fils', 'fil'],
    ['mois', 'moi'],
    ['fois', 'foi'],
    ['cours', 'cour'],
    ['dos', 'do'],
    ['vers', 'ver'],
    ['mais', 'mai'],
    ['mes', 'me'],
    ['tes', 'te'],
    ['chapelle', 'chapeau'],
    ['bouche', 'bouc'],
    ['jeunesse', 'jeune'],
    ['tasse', 'tas'],
    ['fille', 'fil'],
    ['enfant', 'enfer'],
    ['loi', 'loir'],
    ['stress', 'stres'],
    ['chapeaux', 'chapeal'],
    ['va', 'ver'],
    ['pue', 'pouvoir'],
    ['dues', 'du'],
  ])('%s never gives %s', (form, wrong) => {
    expect(lemmas(form)).not.toContain(wrong);
  });

  it('never lists the word itself', () => {
    expect(lemmas('chapeau')).not.toContain('chapeau');
  });

  it('gives function words only their irregular-verb reading', () => {
    expect(lemmas('de')).toEqual([]);
    expect(lemmas('a')).toEqual(['avoir']);
  });
});

describe('French in capitals without accents', () => {
  // Regular rules give unaccented spellings ("creer"), looked up accent-insensitively by resolveWord;
  // the irregular table gives the dictionary spelling ("être").
  it.each([
    ['accompagnees', 'accompagner'],
    ['creees', 'creer'],
    ['etes', 'être'],
    ['etait', 'être'],
    ['commencons', 'commencer'],
    ['premieres', 'premier'],
  ])('%s → %s', (form, lemma) => {
    expect(foldedCandidates(form).map((c) => c.lemma)).toContain(lemma);
  });
});

describe('French inclusive writing', () => {
  it.each([
    ['entrepreneur·e·s', ['entrepreneur', 'entrepreneure', 'entrepreneurs', 'entrepreneures']],
    ['salarié·es', ['salarié', 'salariée', 'salariés', 'salariées']],
    ['étudiant·e', ['étudiant', 'étudiante']],
    ['acteur·rice·s', ['acteur', 'actrice', 'acteurs', 'actrices']],
    ['lecteur·ice·s', ['lecteur', 'lectrice', 'lecteurs', 'lectrices']],
    ['chercheur·euse·s', ['chercheur', 'chercheuse', 'chercheurs', 'chercheuses']],
    ['citoyen·ne·s', ['citoyen', 'citoyenne', 'citoyens', 'citoyennes']],
    ['heureu·x·se', ['heureux', 'heureuse']],
    ['nouveau·lle', ['nouveau', 'nouvelle']],
    ['sportif·ve', ['sportif', 'sportive']],
    ['infirmier·ière·s', ['infirmier', 'infirmière', 'infirmiers', 'infirmières']],
    ['tou·te·s', ['tou', 'toute', 'tous', 'toutes']],
  ] as const)('%s → %j', (word, forms) => {
    expect(expandInclusive(word)).toEqual(forms);
  });

  it.each(['entrepreneur', 'fin·', '·e'])('%s is not inclusive writing', (word) => {
    expect(expandInclusive(word)).toEqual([]);
  });
});
