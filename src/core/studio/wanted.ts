/**
 * Wanted words: the words readers asked for that had no sign, counted on this computer only, so
 * that a contributor records first what readers miss most. A word is kept as resolved by the
 * language's plural rule ("chapeaux" → "chapeau"): the studio records headwords. Other rules
 * (verbs, feminines) are too ambiguous without a dictionary to decide, so the word stays as
 * written. Never the page's address.
 */
import { rulesFor } from '../lang/index';
import { normaliseWord } from '../text/normalise';
import type { WantedWord } from './types';

/** Past this many distinct words the least wanted, longest unseen go first. */
export const MAX_WANTED = 5_000;
export const MAX_WANTED_LENGTH = 100;

export { primaryLanguage } from '../lang/tag';

/** The headword a page word is counted under, or null for what is no word (digits, too long). */
export function wantedForm(word: string, lang: string): string | null {
  const normalised = normaliseWord(word);
  if (normalised.length === 0 || normalised.length > MAX_WANTED_LENGTH || !/\p{L}/u.test(normalised)) return null;
  const rules = rulesFor(lang);
  if (!rules) return normalised;
  // "de", "la", "the": no sign dictionary records these as headwords.
  if (rules.isFunctionWord(normalised)) return null;
  const plural = rules.candidates(normalised).find((candidate) => candidate.kind === 'number');
  return plural?.lemma ?? normalised;
}

/** One more ask for `word`: the record to store. */
export function countWanted(previous: WantedWord | undefined, word: string, lang: string, now: number): WantedWord {
  return { word, lang, count: (previous?.count ?? 0) + 1, lastSeen: now };
}

/** Most wanted first; among equals the most recently asked; then alphabetical. */
export function sortWanted(words: readonly WantedWord[]): WantedWord[] {
  return [...words].sort((a, b) => b.count - a.count || b.lastSeen - a.lastSeen || a.word.localeCompare(b.word));
}

/** The words to forget when the list is full: the least wanted beyond MAX_WANTED. */
export function overflowWanted(words: readonly WantedWord[], max = MAX_WANTED): WantedWord[] {
  return sortWanted(words).slice(max);
}

/** One word a line, as Lingua Libre's RecordWizard imports a list. */
export function wantedAsList(words: readonly WantedWord[]): string {
  return sortWanted(words)
    .map((w) => w.word)
    .join('\n')
    .concat(words.length > 0 ? '\n' : '');
}

/** CSV (RFC 4180): word, language, count, last seen (ISO 8601). */
export function wantedAsCsv(words: readonly WantedWord[]): string {
  const rows = sortWanted(words).map((w) => [w.word, w.lang, String(w.count), new Date(w.lastSeen).toISOString()].map(csvCell).join(','));
  return ['word,language,count,last_seen', ...rows].join('\r\n') + '\r\n';
}

function csvCell(text: string): string {
  // A leading = + - @ makes spreadsheets run a formula: quote it behind an apostrophe.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}
