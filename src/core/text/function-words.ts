/**
 * Words that carry grammar rather than meaning: articles, pronouns, prepositions, conjunctions,
 * negation, auxiliaries. In phrase mode a function word without a sign is skipped (shown greyed),
 * not fingerspelled: signed languages express these relations with space and movement, and
 * spelling "l", "de", "the" letter by letter between signs only slows the reader down. Keys are
 * as the tokenizer gives them (lower case, elisions without their apostrophe: "l", "qu").
 */
const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  fr:
    'le la les l un une des de du d au aux à et ou mais donc or ni car que qu qui quoi dont où ' +
    'ce c cet cette ces ça se s son sa ses leur leurs mon ma mes ton ta tes notre nos votre vos ' +
    'je j tu il elle on nous vous ils elles me m te t lui y en ne n pas plus par pour sur sous ' +
    'dans avec sans chez vers entre est sont était été être ai as a avons avez ont lorsqu lorsque ' +
    'jusqu puisqu puisque quand comme si très aussi',
  en:
    'the a an of to in on at by for with from into onto and or but nor so that which who whom ' +
    'whose this these those it its i me my you your he him his she her we us our they them their ' +
    'is are was were be been being am do does did has have had not no as if than then there ' +
    'very too also s',
  de:
    'der die das den dem des ein eine einen einem einer eines und oder aber im in am an auf aus ' +
    'bei mit nach von zu zum zur für ist sind war waren sein hat haben ich du er sie es wir ihr ' +
    'nicht kein keine auch sehr',
  es: 'el la los las lo un una unos unas de del al a y e o u pero que quien en con por para sin ' + 'sobre su sus mi mis tu tus se me te le les nos es son era fue ser ha han no muy también',
};

/** Built at the first phrase, not when the content script loads on every page. */
const sets = new Map<string, ReadonlySet<string>>();

export function isFunctionWord(key: string, locale: string): boolean {
  const language = locale.split(/[-_]/)[0]!.toLowerCase();
  if (!Object.hasOwn(FUNCTION_WORDS, language)) return false;
  let set = sets.get(language);
  if (!set) sets.set(language, (set = new Set(FUNCTION_WORDS[language]!.split(' '))));
  return set.has(key);
}
