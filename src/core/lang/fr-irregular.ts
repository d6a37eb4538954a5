/**
 * Irregular French verbs as principal parts, expanded once into a form → infinitive table.
 * Principal parts (as in a conjugation handbook) keep the data short and checkable: the present,
 * the future stem, the simple-past stem, the past participle; the imperfect, present participle
 * and subjunctive follow from the present unless given. A family shares its model's forms:
 * "devenir", "tenir" and "obtenir" are conjugated like "venir" (the differing beginning of the
 * infinitive is swapped in every form: v→t, v→obt).
 */
import { FormTable } from './engine';

interface Model {
  inf: string;
  /** Present indicative, six forms. */
  pres?: string;
  /** Future and conditional stem ("viendr"). */
  fut?: string;
  /** Simple-past stem: "pri" / "pu" (i/u type), "vin" (in type), "alla" (a type). */
  ps?: string;
  /** Past participle, masculine singular. */
  pp?: string;
  /** The participle never agrees ("été", "pu"): "pue" is a form of "puer", not of "pouvoir". */
  ppInv?: boolean;
  /** Imperfect stem when not the present's "nous" form minus "-ons" ("ét" for "être"). */
  impf?: string;
  /** Subjunctive: two stems ("vienn ven") or all six forms. */
  subj?: string;
  ppr?: string;
  /** Imperatives and variant spellings. */
  extra?: string;
  /** Defective verbs: every form, nothing derived. */
  forms?: string;
  /** Verbs conjugated on this model. */
  family?: string;
}

const MODELS: readonly Model[] = [
  { inf: 'être', pres: 'suis es est sommes êtes sont', fut: 'ser', ps: 'fu', pp: 'été', ppInv: true, impf: 'ét', subj: 'sois sois soit soyons soyez soient', ppr: 'étant' },
  { inf: 'avoir', pres: 'ai as a avons avez ont', fut: 'aur', ps: 'eu', pp: 'eu', subj: 'aie aies ait ayons ayez aient', ppr: 'ayant' },
  { inf: 'aller', pres: 'vais vas va allons allez vont', fut: 'ir', ps: 'alla', pp: 'allé', subj: 'aill all' },
  { inf: 'faire', pres: 'fais fais fait faisons faites font', fut: 'fer', ps: 'fi', pp: 'fait', subj: 'fass fass', family: 'défaire refaire satisfaire contrefaire surfaire' },
  { inf: 'pouvoir', pres: 'peux peux peut pouvons pouvez peuvent', fut: 'pourr', ps: 'pu', pp: 'pu', ppInv: true, subj: 'puiss puiss', extra: 'puis' },
  { inf: 'vouloir', pres: 'veux veux veut voulons voulez veulent', fut: 'voudr', ps: 'voulu', pp: 'voulu', subj: 'veuill voul', extra: 'veuillons veuillez' },
  {
    inf: 'venir',
    pres: 'viens viens vient venons venez viennent',
    fut: 'viendr',
    ps: 'vin',
    pp: 'venu',
    subj: 'vienn ven',
    family:
      'devenir revenir convenir parvenir prévenir provenir survenir intervenir souvenir advenir subvenir ' +
      'contrevenir redevenir tenir obtenir retenir maintenir soutenir contenir détenir appartenir ' +
      'entretenir abstenir obvenir',
  },
  {
    inf: 'prendre',
    pres: 'prends prends prend prenons prenez prennent',
    fut: 'prendr',
    ps: 'pri',
    pp: 'pris',
    subj: 'prenn pren',
    family: 'apprendre comprendre entreprendre reprendre surprendre méprendre désapprendre',
  },
  { inf: 'dire', pres: 'dis dis dit disons dites disent', fut: 'dir', ps: 'di', pp: 'dit', family: 'redire' },
  { inf: 'interdire', pres: 'interdis interdis interdit interdisons interdisez interdisent', fut: 'interdir', ps: 'interdi', pp: 'interdit', family: 'contredire médire prédire dédire' },
  { inf: 'voir', pres: 'vois vois voit voyons voyez voient', fut: 'verr', ps: 'vi', pp: 'vu', subj: 'voi voy', family: 'revoir entrevoir' },
  { inf: 'prévoir', pres: 'prévois prévois prévoit prévoyons prévoyez prévoient', fut: 'prévoir', ps: 'prévi', pp: 'prévu', subj: 'prévoi prévoy' },
  { inf: 'savoir', pres: 'sais sais sait savons savez savent', fut: 'saur', ps: 'su', pp: 'su', subj: 'sach sach', ppr: 'sachant', extra: 'sachons sachez' },
  { inf: 'devoir', pres: 'dois dois doit devons devez doivent', fut: 'devr', ps: 'du', pp: 'dû', subj: 'doiv dev' },
  { inf: 'recevoir', pres: 'reçois reçois reçoit recevons recevez reçoivent', fut: 'recevr', ps: 'reçu', pp: 'reçu', subj: 'reçoiv recev', family: 'apercevoir concevoir décevoir percevoir' },
  {
    inf: 'mettre',
    pres: 'mets mets met mettons mettez mettent',
    fut: 'mettr',
    ps: 'mi',
    pp: 'mis',
    family: 'admettre commettre compromettre permettre promettre remettre soumettre transmettre émettre omettre ' + 'démettre',
  },
  { inf: 'battre', pres: 'bats bats bat battons battez battent', fut: 'battr', ps: 'batti', pp: 'battu', family: 'abattre combattre débattre rabattre ébattre' },
  { inf: 'falloir', forms: 'faut fallait faudra faudrait fallut faille fallût fallu' },
  { inf: 'pleuvoir', forms: 'pleut pleuvent pleuvait pleuvaient pleuvra pleuvrait plut pleuve plût plu pleuvant' },
  { inf: 'croire', pres: 'crois crois croit croyons croyez croient', fut: 'croir', ps: 'cru', pp: 'cru', subj: 'croi croy' },
  {
    inf: 'connaître',
    pres: 'connais connais connaît connaissons connaissez connaissent',
    fut: 'connaîtr',
    ps: 'connu',
    pp: 'connu',
    family: 'reconnaître méconnaître paraître apparaître disparaître comparaître réapparaître transparaître',
  },
  { inf: 'naître', pres: 'nais nais naît naissons naissez naissent', fut: 'naîtr', ps: 'naqui', pp: 'né', family: 'renaître' },
  { inf: 'vivre', pres: 'vis vis vit vivons vivez vivent', fut: 'vivr', ps: 'vécu', pp: 'vécu', family: 'revivre survivre' },
  { inf: 'suivre', pres: 'suis suis suit suivons suivez suivent', fut: 'suivr', ps: 'suivi', pp: 'suivi', family: 'poursuivre ensuivre' },
  {
    inf: 'écrire',
    pres: 'écris écris écrit écrivons écrivez écrivent',
    fut: 'écrir',
    ps: 'écrivi',
    pp: 'écrit',
    family: 'décrire inscrire prescrire souscrire transcrire proscrire réécrire circonscrire',
  },
  { inf: 'lire', pres: 'lis lis lit lisons lisez lisent', fut: 'lir', ps: 'lu', pp: 'lu', family: 'relire élire réélire' },
  { inf: 'boire', pres: 'bois bois boit buvons buvez boivent', fut: 'boir', ps: 'bu', pp: 'bu', subj: 'boiv buv', family: 'reboire' },
  { inf: 'ouvrir', pres: 'ouvre ouvres ouvre ouvrons ouvrez ouvrent', fut: 'ouvrir', ps: 'ouvri', pp: 'ouvert', family: 'couvrir découvrir recouvrir rouvrir entrouvrir offrir souffrir' },
  { inf: 'partir', pres: 'pars pars part partons partez partent', fut: 'partir', ps: 'parti', pp: 'parti', family: 'repartir départir sortir ressortir' },
  { inf: 'sentir', pres: 'sens sens sent sentons sentez sentent', fut: 'sentir', ps: 'senti', pp: 'senti', family: 'consentir ressentir pressentir mentir démentir' },
  { inf: 'dormir', pres: 'dors dors dort dormons dormez dorment', fut: 'dormir', ps: 'dormi', pp: 'dormi', family: 'endormir rendormir' },
  { inf: 'servir', pres: 'sers sers sert servons servez servent', fut: 'servir', ps: 'servi', pp: 'servi', family: 'desservir resservir' },
  { inf: 'courir', pres: 'cours cours court courons courez courent', fut: 'courr', ps: 'couru', pp: 'couru', family: 'accourir concourir discourir encourir parcourir recourir secourir' },
  { inf: 'mourir', pres: 'meurs meurs meurt mourons mourez meurent', fut: 'mourr', ps: 'mouru', pp: 'mort', subj: 'meur mour' },
  {
    inf: 'craindre',
    pres: 'crains crains craint craignons craignez craignent',
    fut: 'craindr',
    ps: 'craigni',
    pp: 'craint',
    family:
      'contraindre plaindre peindre dépeindre repeindre teindre éteindre atteindre astreindre restreindre ' +
      'étreindre feindre geindre enfreindre épreindre joindre adjoindre rejoindre disjoindre enjoindre poindre',
  },
  {
    inf: 'conduire',
    pres: 'conduis conduis conduit conduisons conduisez conduisent',
    fut: 'conduir',
    ps: 'conduisi',
    pp: 'conduit',
    family: 'construire reconstruire détruire instruire produire reproduire réduire séduire traduire introduire ' + 'déduire induire enduire cuire recuire reconduire autoproduire',
  },
  { inf: 'nuire', pres: 'nuis nuis nuit nuisons nuisez nuisent', fut: 'nuir', ps: 'nuisi', pp: 'nui', ppInv: true, family: 'luire reluire' },
  { inf: 'plaire', pres: 'plais plais plaît plaisons plaisez plaisent', fut: 'plair', ps: 'plu', pp: 'plu', ppInv: true, extra: 'plait', family: 'déplaire complaire' },
  { inf: 'taire', pres: 'tais tais tait taisons taisez taisent', fut: 'tair', ps: 'tu', pp: 'tu' },
  { inf: 'rire', pres: 'ris ris rit rions riez rient', fut: 'rir', ps: 'ri', pp: 'ri', ppInv: true, subj: 'ri ri', family: 'sourire' },
  { inf: 'conclure', pres: 'conclus conclus conclut concluons concluez concluent', fut: 'conclur', ps: 'conclu', pp: 'conclu', family: 'exclure' },
  { inf: 'inclure', pres: 'inclus inclus inclut incluons incluez incluent', fut: 'inclur', ps: 'inclu', pp: 'inclus' },
  { inf: 'valoir', pres: 'vaux vaux vaut valons valez valent', fut: 'vaudr', ps: 'valu', pp: 'valu', subj: 'vaill val', family: 'équivaloir revaloir' },
  {
    inf: 'asseoir',
    pres: 'assieds assieds assied asseyons asseyez asseyent',
    fut: 'assiér',
    ps: 'assi',
    pp: 'assis',
    extra: 'assois assoit assoyons assoyez assoient assoirai assoira assoirons assoiront',
    family: 'rasseoir',
  },
  { inf: 'pourvoir', pres: 'pourvois pourvois pourvoit pourvoyons pourvoyez pourvoient', fut: 'pourvoir', ps: 'pourvu', pp: 'pourvu', subj: 'pourvoi pourvoy', family: 'dépourvoir' },
  { inf: 'foutre', pres: 'fous fous fout foutons foutez foutent', fut: 'foutr', ps: 'fouti', pp: 'foutu', family: 'contrefoutre' },
  { inf: 'confire', pres: 'confis confis confit confisons confisez confisent', fut: 'confir', ps: 'confi', pp: 'confit', family: 'circoncire' },
  { inf: 'assaillir', pres: 'assaille assailles assaille assaillons assaillez assaillent', fut: 'assaillir', ps: 'assailli', pp: 'assailli', family: 'tressaillir défaillir' },
  { inf: 'échoir', forms: 'échoit échoient échet échéait échoyait échoira écherra échoirait écherrait échut échurent échoie échût échéant échu échue échus échues' },
  { inf: 'vaincre', pres: 'vaincs vaincs vainc vainquons vainquez vainquent', fut: 'vaincr', ps: 'vainqui', pp: 'vaincu', family: 'convaincre' },
  { inf: 'coudre', pres: 'couds couds coud cousons cousez cousent', fut: 'coudr', ps: 'cousi', pp: 'cousu', family: 'découdre recoudre' },
  { inf: 'résoudre', pres: 'résous résous résout résolvons résolvez résolvent', fut: 'résoudr', ps: 'résolu', pp: 'résolu' },
  { inf: 'fuir', pres: 'fuis fuis fuit fuyons fuyez fuient', fut: 'fuir', ps: 'fui', pp: 'fui', subj: 'fui fuy', family: 'enfuir' },
  { inf: 'acquérir', pres: 'acquiers acquiers acquiert acquérons acquérez acquièrent', fut: 'acquerr', ps: 'acqui', pp: 'acquis', subj: 'acquièr acquér', family: 'conquérir requérir' },
  { inf: 'cueillir', pres: 'cueille cueilles cueille cueillons cueillez cueillent', fut: 'cueiller', ps: 'cueilli', pp: 'cueilli', family: 'accueillir recueillir' },
  { inf: 'envoyer', pres: 'envoie envoies envoie envoyons envoyez envoient', fut: 'enverr', ps: 'envoya', pp: 'envoyé', subj: 'envoi envoy', family: 'renvoyer' },
  { inf: 'haïr', pres: 'hais hais hait haïssons haïssez haïssent', fut: 'haïr', ps: 'haï', pp: 'haï' },
  { inf: 'bouillir', pres: 'bous bous bout bouillons bouillez bouillent', fut: 'bouillir', ps: 'bouilli', pp: 'bouilli' },
  { inf: 'vêtir', pres: 'vêts vêts vêt vêtons vêtez vêtent', fut: 'vêtir', ps: 'vêti', pp: 'vêtu', family: 'revêtir' },
  { inf: 'émouvoir', pres: 'émeus émeus émeut émouvons émouvez émeuvent', fut: 'émouvr', ps: 'ému', pp: 'ému', subj: 'émeuv émouv' },
  { inf: 'rompre', pres: 'romps romps rompt rompons rompez rompent', fut: 'rompr', ps: 'rompi', pp: 'rompu', family: 'interrompre corrompre' },
  { inf: 'suffire', pres: 'suffis suffis suffit suffisons suffisez suffisent', fut: 'suffir', ps: 'suffi', pp: 'suffi', ppInv: true },
  { inf: 'traire', pres: 'trais trais trait trayons trayez traient', fut: 'trair', pp: 'trait', subj: 'trai tray', family: 'extraire distraire soustraire abstraire' },
  { inf: 'croître', pres: 'croîs croîs croît croissons croissez croissent', fut: 'croîtr', ps: 'crû', pp: 'crû', family: 'accroître décroître' },
  { inf: 'mouvoir', pres: 'meus meus meut mouvons mouvez meuvent', fut: 'mouvr', ps: 'mu', pp: 'mû', subj: 'meuv mouv', family: 'promouvoir' },
  { inf: 'clore', forms: 'clos clôt closent closons closez clora clorait close closes' },
  { inf: 'accroire', forms: 'accroire' },
];

const PERSON_ENDINGS = {
  imperfect: ['ais', 'ais', 'ait', 'ions', 'iez', 'aient'],
  future: ['ai', 'as', 'a', 'ons', 'ez', 'ont'],
  conditional: ['ais', 'ais', 'ait', 'ions', 'iez', 'aient'],
} as const;

const CIRCUMFLEX: Readonly<Record<string, string>> = { i: 'î', u: 'û', a: 'â' };

/** Simple past and imperfect subjunctive from the simple-past stem. */
function simplePast(ps: string): string[] {
  if (ps.endsWith('in')) {
    // vins vint vînmes vîntes vinrent; vinsse vînt
    const hat = ps.slice(0, -2) + 'în';
    return [ps + 's', ps + 't', hat + 'mes', hat + 'tes', ps + 'rent', ps + 'sse', ps + 'sses', hat + 't', ps + 'ssions', ps + 'ssiez', ps + 'ssent'];
  }
  if (ps.endsWith('a')) {
    // first-group type (aller, envoyer): allai allas alla allâmes allâtes allèrent; allasse allât
    const stem = ps.slice(0, -1);
    return [stem + 'ai', stem + 'as', stem + 'a', stem + 'âmes', stem + 'âtes', stem + 'èrent', stem + 'asse', stem + 'asses', stem + 'ât', stem + 'assions', stem + 'assiez', stem + 'assent'];
  }
  // i/u type: pris prit prîmes prîtes prirent; prisse prît. "crû", "haï" keep their own mark.
  const vowel = ps[ps.length - 1] ?? '';
  const base = ps.replace(/[ûï]$/, (c) => (c === 'û' ? 'u' : 'ï'));
  const hat = base.slice(0, -1) + (CIRCUMFLEX[vowel] ?? vowel);
  return [base + 's', base + 't', hat + 'mes', hat + 'tes', base + 'rent', base + 'sse', base + 'sses', hat + 't', base + 'ssions', base + 'ssiez', base + 'ssent'];
}

function words(list: string | undefined): string[] {
  return list ? list.split(' ').filter(Boolean) : [];
}

/** Every form of one model verb. */
function conjugate(model: Model): string[] {
  if (model.forms) return words(model.forms);
  const out: string[] = [];
  const pres = words(model.pres);
  out.push(...pres);
  const nous = pres[3] ?? '';
  const impf = model.impf ?? (nous.endsWith('ons') ? nous.slice(0, -3) : nous);
  for (const e of PERSON_ENDINGS.imperfect) out.push(impf + e);
  out.push(model.ppr ?? impf + 'ant');
  if (model.fut) {
    for (const e of PERSON_ENDINGS.future) out.push(model.fut + e);
    for (const e of PERSON_ENDINGS.conditional) out.push(model.fut + e);
  }
  if (model.ps) out.push(...simplePast(model.ps));
  const subj = words(model.subj);
  if (subj.length === 6) out.push(...subj);
  else {
    const ils = pres[5] ?? '';
    const s1 = subj[0] ?? (ils.endsWith('ent') ? ils.slice(0, -3) : ils);
    const s2 = subj[1] ?? impf;
    out.push(s1 + 'e', s1 + 'es', s1 + 'ent', s2 + 'ions', s2 + 'iez');
  }
  if (model.pp) {
    out.push(model.pp);
    if (!model.ppInv) {
      // "dû" → "due", "dus", "dues": the circumflex only marks the masculine singular.
      const base = model.pp.endsWith('û') ? model.pp.slice(0, -1) + 'u' : model.pp;
      out.push(base + 'e', base + 'es');
      if (!/[sx]$/.test(base)) out.push(base + 's');
    }
  }
  out.push(...words(model.extra));
  return out;
}

/**
 * The form that `verb` has where `model` has `form`: the shared ending of the two infinitives is
 * kept and the differing beginnings swapped ("obtenir" on "venir": "viens" → "obtiens").
 */
function inflectAs(model: string, verb: string): (form: string) => string | undefined {
  let k = 0;
  while (k < model.length && k < verb.length && model[model.length - 1 - k] === verb[verb.length - 1 - k]) k++;
  const from = model.slice(0, model.length - k);
  const to = verb.slice(0, verb.length - k);
  return (form) => (form.startsWith(from) ? to + form.slice(from.length) : undefined);
}

/** 1990 spelling drops the circumflex of "î" in -aître/-oître verbs ("connait", "paraitre"). */
const I_CIRCUMFLEX = /î/g;

let table: FormTable | undefined;

/** Form → infinitive table of every irregular verb, built on first use. */
export function frIrregularVerbs(): FormTable {
  if (table) return table;
  const built = new FormTable();
  for (const model of MODELS) {
    const forms = conjugate(model);
    for (const verb of [model.inf, ...words(model.family)]) {
      const swap = inflectAs(model.inf, verb);
      for (const form of forms) {
        const inflected = swap(form);
        if (inflected === undefined) continue;
        built.add(inflected, verb, `irregular verb ${verb}`, 'irregular', 30);
        if (inflected.includes('î') && verb.includes('î')) {
          built.add(inflected.replace(I_CIRCUMFLEX, 'i'), verb, `irregular verb ${verb} (1990 spelling)`, 'irregular', 30);
        }
      }
      if (verb.includes('î')) built.add(verb.replace(I_CIRCUMFLEX, 'i'), verb, '1990 spelling', 'irregular', 30);
    }
  }
  table = built;
  return built;
}
