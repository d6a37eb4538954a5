/**
 * French word lists used by the rules: closed-class words, singular words ending in -s/-x/-z,
 * and the nominal forms no suffix rule can produce.
 */
import { wordSet } from './engine';

/**
 * Closed-class and very frequent words. They are never accent-folded in capitals ("DE" is the
 * preposition, never "dé" a die; "OU" never "où"; "LA" never "là"; "SUR" never "sûr") and never
 * deinflected by suffix rules ("mais" is no plural of "mai", "mes" none of "me"); only the
 * irregular-verb table applies ("a" → "avoir", "est" → "être").
 * Elided forms appear without their apostrophe: the tokenizer splits "l’achat" into "l" + "achat".
 */
export const FR_FUNCTION_WORDS = wordSet(
  // articles, contractions, elided forms
  'le la les l un une des du de d au aux',
  // prepositions
  'à a en dans par pour sur sous avec sans vers chez entre contre depuis pendant avant après',
  'selon malgré parmi dès hors outre via jusque jusqu envers durant devant derrière près loin',
  // conjunctions
  'et ou où mais donc or ni car que qu quand comme si lorsque lorsqu puisque puisqu quoique quoiqu',
  // pronouns
  'je j tu il elle on nous vous ils elles me m te t se s lui leur leurs y ce c ça ceci cela',
  'celui celle ceux celles qui quoi dont lequel laquelle lesquels lesquelles duquel auquel',
  'moi toi soi eux mien mienne tien sien',
  // possessives, demonstratives, quantifiers ("tous", "autres", "mêmes" inflect like adjectives: not here)
  'mon ma mes ton ta tes son sa ses notre nos votre vos cet cette ces',
  'quel quelle quels quelles chaque plusieurs',
  // adverbs and negation
  'ne n pas plus moins très trop peu bien mal aussi encore déjà toujours jamais ici là alors',
  'ainsi puis ensuite enfin surtout souvent parfois non oui tant tellement assez beaucoup',
  'presque plutôt voici voilà combien comment pourquoi dont lors tard tôt hier demain',
  // numbers that end like plurals ("deux" → "deu", "trois" → "troi", "six" → "si")
  'deux trois six dix',
  // unaccented twins of other words, left alone in capitals: "DU" is not "dû", "DES" not "dès"
  'du des sur ou',
  // "fois" is no plural of "foi", "mois" none of "moi"
  'fois mois',
);

/**
 * Function words that are also nouns, adjectives or adverbs of their own and so may be the lemma
 * of an inflected word: "sons" → "son" (sound), "ors" → "or" (gold), "maux" → "mal",
 * "biens" → "bien", "pendants" → "pendant".
 */
const ALSO_CONTENT_WORDS = wordSet(
  'son or car sur vers si pas bien mal devant derrière pendant durant avant après contre loin près',
  'plus moins peu trop assez beaucoup tard tôt hier demain non oui ici fois mois',
);

/** Never the lemma of another word: "dues" is no plural of "du", "tues" none of "tu". */
export const FR_NOT_LEMMAS: ReadonlySet<string> = new Set([...FR_FUNCTION_WORDS].filter((word) => !ALSO_CONTENT_WORDS.has(word)));

/**
 * Singular words ending in -s, -x or -z whose shortened form is another word: without this
 * list a page's "fils" would light up "fil" (thread), "cours" "cour", "dos" "do", "vers" "ver"
 * whenever the dictionary has the short word and not the long one. (When the dictionary has the
 * long word, the plural rules are dropped anyway: they are weak.) What such lists miss shows in
 * scripts/measure-lexicon.ts, column "light-ups without the lemma".
 */
export const FR_INVARIABLES = wordSet(
  'fils cours vers dos fonds cas tas taux frais os jus bas corps temps pays prix choix voix',
  'paix croix bras repas succès progrès procès accès excès souris avis colis poids tapis puits',
  'secours discours concours parcours recours velours héros gros épais mauvais anglais',
  'français palais relais marais rabais biais exprès gras las lilas ananas matelas débris gris',
  'permis paradis radis riz nez gaz houx toux flux époux jaloux roux doux faux sens bus',
  'remords mars pois puis verglas intrus clos dessous dessus talus abus refus mis',
  'obus pus rébus virus campus cactus corpus bonus sinus tennis iris anis jadis vis lis',
  'divers pervers univers travers envers revers tiers hormis tandis autrefois',
  'parfois toutefois quelquefois bois',
);

/**
 * Words that look like verb forms of an unrelated word: "loi" and "lois" (law) are no forms of
 * "loir" (dormouse) — 23 wrong keys on the Le Monde sample page; "enfant" is no present
 * participle of "enfer" (hell).
 */
export const FR_NOT_VERB_FORMS = wordSet('loi lois enfant');

/** Plurals no suffix rule reaches (normalised: "œil" is keyed "oeil"). */
export const FR_IRREGULAR_PLURALS: ReadonlyArray<readonly [string, string]> = [
  ['yeux', 'oeil'],
  ['cieux', 'ciel'],
  ['aïeux', 'aïeul'],
  ['messieurs', 'monsieur'],
  ['mesdames', 'madame'],
  ['mesdemoiselles', 'mademoiselle'],
  ['bonshommes', 'bonhomme'],
  ['gentilshommes', 'gentilhomme'],
];

/**
 * Feminines whose masculine no general ending rule gives without flooding: "-elle" → "-eau"
 * as a rule would turn "chapelle" (chapel) into "chapeau" (hat).
 */
export const FR_IRREGULAR_FEMININES: ReadonlyArray<readonly [string, string]> = [
  ['belle', 'beau'],
  ['nouvelle', 'nouveau'],
  ['jumelle', 'jumeau'],
  ['chamelle', 'chameau'],
  ['tourterelle', 'tourtereau'],
  ['pucelle', 'puceau'],
  ['jouvencelle', 'jouvenceau'],
  ['vieille', 'vieux'],
  ['folle', 'fou'],
  ['molle', 'mou'],
  ['douce', 'doux'],
  ['fausse', 'faux'],
  ['rousse', 'roux'],
  ['fraîche', 'frais'],
  ['fraiche', 'frais'],
  ['sèche', 'sec'],
  ['grecque', 'grec'],
  ['turque', 'turc'],
  ['caduque', 'caduc'],
  ['franque', 'franc'],
  ['bénigne', 'bénin'],
  ['maligne', 'malin'],
  ['brève', 'bref'],
  ['tierce', 'tiers'],
  ['favorite', 'favori'],
  ['coite', 'coi'],
  ['copine', 'copain'],
  ['héroïne', 'héros'],
  ['déesse', 'dieu'],
  ['impératrice', 'empereur'],
  ['ambassadrice', 'ambassadeur'],
  ['chanteresse', 'chanteur'],
  ['aiguë', 'aigu'],
  ['ambiguë', 'ambigu'],
  ['contiguë', 'contigu'],
  ['exiguë', 'exigu'],
];
