import { byCountThenWord } from './page';
import type { MissingWord, PageCoverage } from './types';

/** A missing word across a site: on which pages it occurs. */
export interface SiteMissingWord extends MissingWord {
  pages: string[];
}

export interface SiteCoverage {
  /** Pages whose figures count (audited without error). */
  pages: number;
  words: number;
  signedWords: number;
  coverage: number;
  marks: number;
  missing: SiteMissingWord[];
}

/**
 * The site's figures: sums over its pages, and the missing words of every page together, most
 * frequent first (what to record first), with the pages each occurs on in the order given.
 */
export function siteCoverage(pages: ReadonlyArray<{ url: string; coverage: PageCoverage }>): SiteCoverage {
  let words = 0;
  let signedWords = 0;
  let marks = 0;
  const missing = new Map<string, { count: number; forms: string[]; pages: string[] }>();
  for (const { url, coverage } of pages) {
    words += coverage.words;
    signedWords += coverage.signedWords;
    marks += coverage.marks;
    for (const word of coverage.missing) {
      let entry = missing.get(word.word);
      if (!entry) missing.set(word.word, (entry = { count: 0, forms: [], pages: [] }));
      entry.count += word.count;
      for (const form of word.forms) if (!entry.forms.includes(form)) entry.forms.push(form);
      if (!entry.pages.includes(url)) entry.pages.push(url);
    }
  }
  const list: SiteMissingWord[] = [...missing].map(([word, { count, forms, pages: on }]) => ({
    word,
    count,
    forms,
    pages: on,
  }));
  list.sort(byCountThenWord);
  return { pages: pages.length, words, signedWords, coverage: words === 0 ? 0 : signedWords / words, marks, missing: list };
}
