/**
 * English forms no suffix rule reaches: irregular verbs, plurals and comparatives.
 * Each verb line is "infinitive past participle [other forms]"; a missing participle is the past.
 */
import { FormTable } from './engine';
import type { Candidate } from './types';

const VERBS = `
arise arose arisen|awake awoke awoken|be was been were am is are being|bear bore borne born
beat beat beaten|become became become|begin began begun|bend bent|bet bet|bid bid bade bidden|bind bound
bite bit bitten|bleed bled|blow blew blown|break broke broken|breed bred|bring brought|broadcast broadcast
build built|burn burnt|burst burst|buy bought|cast cast|catch caught|choose chose chosen|cling clung
come came come|cost cost|creep crept|cut cut|deal dealt|dig dug|dive dove|do did done does doing
draw drew drawn|dream dreamt|drink drank drunk|drive drove driven|dwell dwelt|eat ate eaten
fall fell fallen|feed fed|feel felt|fight fought|find found|flee fled|fling flung|fly flew flown flies
forbid forbade forbidden|forecast forecast|foresee foresaw foreseen|foretell foretold|forget forgot forgotten
forgive forgave forgiven|forsake forsook forsaken|freeze froze frozen|get got gotten|give gave given
go went gone goes|grind ground|grow grew grown|hang hung|have had had has having|hear heard
hide hid hidden|hit hit|hold held|hurt hurt|keep kept|kneel knelt|knit knit|know knew known|lay laid
lead led|rend rent|lean leant|leap leapt|learn learnt|leave left|lend lent|let let|lie lay lain|light lit
lose lost|make made|mean meant|meet met|mislead misled|mistake mistook mistaken|misunderstand misunderstood
mow mown|outdo outdid outdone|overcome overcame overcome|overdo overdid overdone|overhear overheard
override overrode overridden|overrun overran overrun|oversee oversaw overseen|overtake overtook overtaken
overthrow overthrew overthrown|pay paid|prove proven|put put|quit quit|read read|rebuild rebuilt
redo redid redone|remake remade|repay repaid|rethink rethought|retell retold|rewrite rewrote rewritten
rid rid|ride rode ridden|ring rang rung|rise rose risen|run ran run|saw sawn|say said says
see saw seen|seek sought|sell sold|send sent|set set|sew sewn|shake shook shaken|shear shorn
shed shed|shine shone|shoot shot|show shown|shrink shrank shrunk|shut shut|sing sang sung
sink sank sunk|sit sat|slay slew slain|sleep slept|slide slid|sling slung|slit slit|smell smelt
sow sown|speak spoke spoken|speed sped|spell spelt|spend spent|spill spilt|spin spun|spit spat
split split|spoil spoilt|spread spread|spring sprang sprung|stand stood|steal stole stolen
stick stuck|sting stung|stink stank stunk|stride strode stridden|strike struck stricken
string strung|strive strove striven|swear swore sworn|sweep swept|swell swollen|swim swam swum
swing swung|take took taken|teach taught|tear tore torn|tell told|think thought|throw threw thrown
thrust thrust|tread trod trodden|undergo underwent undergone|understand understood
undertake undertook undertaken|undo undid undone|upset upset|uphold upheld|wake woke woken
wear wore worn|weave wove woven|wed wed|weep wept|wet wet|win won|wind wound|withdraw withdrew withdrawn
withhold withheld|withstand withstood|wring wrung|write wrote written|can could|will would
shall should|may might|must|behold beheld|beget begot begotten|befall befell befallen|bestow
forgo forwent forgone|partake partook partaken|abide abode|hew hewn|stave stove|strew strewn
thrive throve thriven|sneak snuck|plead pled|outgrow outgrew outgrown|outrun outran
outsell outsold|overeat overate overeaten|oversleep overslept|overpay overpaid|overhang overhung
underlie underlay underlain|underpay underpaid|undersell undersold|underwrite underwrote underwritten
unwind unwound|waylay waylaid|misread misread|mishear misheard|mislay mislaid
offset offset|inlay inlaid|input input|output output|typeset typeset
`;

/** Plural → singular where no rule applies (the "-men", "-ves", "-ies" patterns are rules in en.ts). */
const PLURALS = `
children child|men man|women woman|people person|feet foot|teeth tooth|mice mouse|geese goose|lice louse|oxen ox|dice die
data datum|criteria criterion|phenomena phenomenon|bacteria bacterium|media medium|curricula curriculum
memoranda memorandum|strata stratum|cacti cactus|fungi fungus|nuclei nucleus|radii radius|stimuli stimulus
syllabi syllabus|alumni alumnus|foci focus|loci locus|octopi octopus|bureaux bureau|plateaux plateau
pence penny|brethren brother|quizzes quiz|automata automaton|errata erratum|genera genus|corpora corpus
`;

/** Comparatives and superlatives outside the rules ("bigger": doubled consonants are listed, not guessed). */
const DEGREES = `
better good|best good|better well|best well|worse bad|worst bad|more much|most much|more many|most many
less little|least little|further far|furthest far|farther far|farthest far|elder old|eldest old
bigger big|biggest big|hotter hot|hottest hot|fatter fat|fattest fat|thinner thin|thinnest thin
sadder sad|saddest sad|wetter wet|wettest wet|redder red|reddest red|madder mad|maddest mad
gladder glad|gladdest glad|fitter fit|fittest fit|slimmer slim|slimmest slim|dimmer dim|dimmest dim
flatter flat|flattest flat|grimmer grim|grimmest grim|hipper hip|hippest hip|tanner tan
`;

/**
 * Prefixes of compound irregular verbs: "overbuilt", "outshone", "reran", "misgiven",
 * "upswung", "withheld" are conjugated like "build", "shine", "run", "give", "swing", "hold".
 */
const PREFIXES = ['over', 'under', 'out', 'up', 're', 'mis', 'un', 'be', 'fore', 'with', 'back', 'down', 'in'];

function lines(text: string): string[][] {
  return text
    .split(/[|\n]/)
    .map((line) => line.trim().split(/\s+/))
    .filter((words) => words[0] !== '');
}

let table: FormTable | undefined;
let verbsOnly: FormTable | undefined;

/** Form → lemma table, built on first use. */
export function enIrregularForms(): FormTable {
  if (table) return table;
  const built = new FormTable();
  verbsOnly = new FormTable();
  for (const [lemma, ...forms] of lines(VERBS)) {
    if (lemma === undefined) continue;
    for (const form of forms) {
      built.add(form, lemma, `irregular verb ${lemma}`, 'irregular', 30);
      verbsOnly.add(form, lemma, `irregular verb ${lemma}`, 'irregular', 31);
    }
  }
  for (const [form, lemma] of lines(PLURALS)) {
    if (form !== undefined && lemma !== undefined) built.add(form, lemma, 'irregular plural', 'number', 10);
  }
  for (const [form, lemma] of lines(DEGREES)) {
    // Weak like the -er/-est rules: with "better" and "best" as keys, "good" and "well" lit up
    // after them doubled the wrong keys on the English pages (1.1 % → 2.3 % of tokens).
    if (form !== undefined && lemma !== undefined) built.add(form, lemma, 'irregular degree', 'degree', 30, true);
  }
  table = built;
  return built;
}

/** Irregular forms behind a verb prefix: "outshone" → "outshine", "reran" → "rerun". */
export function enPrefixedIrregular(word: string, out: Candidate[]): void {
  enIrregularForms();
  if (!verbsOnly) return;
  for (const prefix of PREFIXES) {
    if (word.length < prefix.length + 2 || !word.startsWith(prefix)) continue;
    const found: Candidate[] = [];
    verbsOnly.apply(word.slice(prefix.length), found);
    for (const c of found) out.push({ ...c, lemma: prefix + c.lemma, rule: `${prefix}- + ${c.rule}` });
  }
}
