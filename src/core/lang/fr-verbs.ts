/**
 * Regular French conjugation undone: first group (-er), second group (-ir, "finissons") and the
 * -dre/-mpre verbs of the third group ("vendre", "rompre"). Other third-group verbs are listed
 * form by form in fr-irregular.ts.
 */
import { SuffixRules, type SuffixRule } from './engine';

const VERB = 40;

/** Last vowel "è" before consonants: "lève" → "lev" (lever), "espère" → "espér" (espérer). */
const GRAVE_STEM = /è([^aâeéèêëiîïoôuûùy]+)$/;
const VOWEL_I = /[aou]i$/;

/**
 * Spelling changes of first-group stems, all tried because the dictionary decides:
 * "commençons" (ç before a/o), "mangeons" (ge before a/o), "lève"/"cède" (è in stressed
 * syllables), "appelle"/"jette" (doubled l/t), "emploie"/"paie"/"essuie" (y → i before mute e).
 */
function firstGroupStems(stem: string): string[] {
  const out: string[] = [];
  const last = stem[stem.length - 1];
  if (last === 'ç') out.push(stem.slice(0, -1) + 'c');
  else if (last === 'e' && stem.endsWith('ge')) out.push(stem.slice(0, -1));
  else if (last === 'i' && VOWEL_I.test(stem)) out.push(stem.slice(0, -1) + 'y');
  else if (stem.endsWith('ll') || stem.endsWith('tt')) out.push(stem.slice(0, -1));
  if (GRAVE_STEM.test(stem)) {
    out.push(stem.replace(GRAVE_STEM, 'e$1'), stem.replace(GRAVE_STEM, 'é$1'));
  }
  return out;
}

/** Third-group verbs conjugated like "vendre" have a stem in -d ("rendre", "perdre", "répondre", "fondre"); "rompre" in -mp. */
const DRE_STEM = /(?:d|mp)$/;
const isDreStem = (stem: string): boolean => DRE_STEM.test(stem);

type Ending = readonly [suffix: string, tense: string];

// The present participle is a strong ending although many are nouns or adjectives of their own:
// with it weak, 200 LEFFF forms such as "étonnant", "pressant", "déclarant" (keys of their own)
// lost their verb; the one false friend met on the sample pages, "enfant" → "enfer", is listed
// in fr-words.ts. The simple past and imperfect subjunctive are weak: rare in articles, and
// their endings ("-a", "-ai", "-as") are common word endings.

/** First group endings (parler). */
const ER_STRONG: readonly Ending[] = [
  ['e', 'present'],
  ['es', 'present'],
  ['ent', 'present'],
  ['ons', 'present'],
  ['ez', 'present'],
  ['ais', 'imperfect'],
  ['ait', 'imperfect'],
  ['aient', 'imperfect'],
  ['ions', 'imperfect'],
  ['iez', 'imperfect'],
  ['erai', 'future'],
  ['eras', 'future'],
  ['era', 'future'],
  ['erons', 'future'],
  ['erez', 'future'],
  ['eront', 'future'],
  ['erais', 'conditional'],
  ['erait', 'conditional'],
  ['erions', 'conditional'],
  ['eriez', 'conditional'],
  ['eraient', 'conditional'],
  ['é', 'past participle'],
  ['ée', 'past participle'],
  ['és', 'past participle'],
  ['ées', 'past participle'],
  ['ant', 'present participle'],
];
const ER_WEAK: readonly Ending[] = [
  ['ai', 'simple past'],
  ['as', 'simple past'],
  ['a', 'simple past'],
  ['âmes', 'simple past'],
  ['âtes', 'simple past'],
  ['èrent', 'simple past'],
  ['asse', 'imperfect subjunctive'],
  ['asses', 'imperfect subjunctive'],
  ['ât', 'imperfect subjunctive'],
  ['assions', 'imperfect subjunctive'],
  ['assiez', 'imperfect subjunctive'],
  ['assent', 'imperfect subjunctive'],
];

/** Second group endings (finir, finissons). */
const IR_STRONG: readonly Ending[] = [
  ['is', 'present'],
  ['it', 'present'],
  ['issons', 'present'],
  ['issez', 'present'],
  ['issent', 'present'],
  ['issais', 'imperfect'],
  ['issait', 'imperfect'],
  ['issaient', 'imperfect'],
  ['issions', 'imperfect'],
  ['issiez', 'imperfect'],
  ['irai', 'future'],
  ['iras', 'future'],
  ['ira', 'future'],
  ['irons', 'future'],
  ['irez', 'future'],
  ['iront', 'future'],
  ['irais', 'conditional'],
  ['irait', 'conditional'],
  ['irions', 'conditional'],
  ['iriez', 'conditional'],
  ['iraient', 'conditional'],
  ['isse', 'subjunctive'],
  ['isses', 'subjunctive'],
  ['i', 'past participle'],
  ['ie', 'past participle'],
  ['ies', 'past participle'],
  ['issant', 'present participle'],
];
const IR_WEAK: readonly Ending[] = [
  ['îmes', 'simple past'],
  ['îtes', 'simple past'],
  ['irent', 'simple past'],
  ['ît', 'imperfect subjunctive'],
];

/** -dre verbs (vendre): the stem must end in -d or -mp, checked by isDreStem. */
const RE_STRONG: readonly Ending[] = [
  ['s', 'present'],
  ['', 'present'],
  ['ons', 'present'],
  ['ez', 'present'],
  ['ent', 'present'],
  ['ais', 'imperfect'],
  ['ait', 'imperfect'],
  ['aient', 'imperfect'],
  ['ions', 'imperfect'],
  ['iez', 'imperfect'],
  ['rai', 'future'],
  ['ras', 'future'],
  ['ra', 'future'],
  ['rons', 'future'],
  ['rez', 'future'],
  ['ront', 'future'],
  ['rais', 'conditional'],
  ['rait', 'conditional'],
  ['rions', 'conditional'],
  ['riez', 'conditional'],
  ['raient', 'conditional'],
  ['e', 'subjunctive'],
  ['es', 'subjunctive'],
  ['u', 'past participle'],
  ['ue', 'past participle'],
  ['us', 'past participle'],
  ['ues', 'past participle'],
  ['ant', 'present participle'],
];
const RE_WEAK: readonly Ending[] = [
  ['is', 'simple past'],
  ['it', 'simple past'],
  ['îmes', 'simple past'],
  ['îtes', 'simple past'],
  ['irent', 'simple past'],
  ['isse', 'imperfect subjunctive'],
  ['isses', 'imperfect subjunctive'],
  ['ît', 'imperfect subjunctive'],
  ['issions', 'imperfect subjunctive'],
  ['issiez', 'imperfect subjunctive'],
  ['issent', 'imperfect subjunctive'],
];

function rules(endings: readonly Ending[], infinitive: string, rank: number, weak: boolean, extra: Partial<SuffixRule>): SuffixRule[] {
  return endings.map(([suffix, tense]) => ({
    suffix,
    replacement: infinitive,
    rule: `verb ${tense} -${suffix}→-${infinitive}`,
    kind: 'verb' as const,
    rank,
    weak,
    ...extra,
  }));
}

const firstGroup = { variants: firstGroupStems };
const dreGroup = { stem: isDreStem };

export const FR_VERB_RULES = new SuffixRules([
  ...rules(ER_STRONG, 'er', VERB, false, firstGroup),
  ...rules(ER_WEAK, 'er', VERB + 1, true, firstGroup),
  ...rules(IR_STRONG, 'ir', VERB, false, {}),
  ...rules(IR_WEAK, 'ir', VERB + 1, true, {}),
  ...rules(RE_STRONG, 're', VERB, false, dreGroup),
  ...rules(RE_WEAK, 're', VERB + 1, true, dreGroup),
  // "rompt": the -t of the third person only follows -mp.
  { suffix: 't', replacement: 're', rule: 'verb present -t→-re', kind: 'verb', rank: VERB, stem: (s) => s.endsWith('mp') },
]);
