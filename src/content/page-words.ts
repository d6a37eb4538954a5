import type { PageStats, PageWordCount, PageWords } from '../common/messages';
import { findMatches } from '../core/match';
import { tokenize, type Token } from '../core/text/tokenize';
import { deadlineIn, SLICE_MS, yieldToPage } from './slicing';
import { createRunCollector } from './text-runs';
import type { WordLookup } from './word-lookup';

/**
 * Reads the page again as the scan reads it (same runs, same tokens, same lookup, same matching)
 * and keeps what the scan does not: the words that got no sign. Run only when the page report or
 * the audit asks, so the scan itself stays as lean as before; the counts it returns are those the
 * popup shows for a page that did not change in between.
 */
export async function readPageWords(
  root: Node,
  host: Element | null,
  locale: string,
  lookup: WordLookup,
): Promise<Pick<PageWords, 'unsigned' | 'signed'> & Pick<PageStats, 'words' | 'signedWords' | 'marks'>> {
  const texts: string[] = [];
  const collect = createRunCollector(root, host, (run) => texts.push(run.text));
  while (!collect(deadlineIn(SLICE_MS))) await yieldToPage();
  const tokenLists: Token[][] = [];
  let deadline = deadlineIn(SLICE_MS);
  for (const text of texts) {
    tokenLists.push(tokenize(text, locale));
    if (deadline()) {
      await yieldToPage();
      deadline = deadlineIn(SLICE_MS);
    }
  }
  await lookup.learn(tokenLists);

  // Keyed by word, one map per writing: "etat" and "ETAT" are two lines of the report.
  const unsigned = new Map<string, PageWordCount>();
  const unsignedCaps = new Map<string, PageWordCount>();
  const signed = new Map<string, { key: string; tokens: number; count: number }>();
  let words = 0;
  let signedWords = 0;
  let marks = 0;
  for (const tokens of tokenLists) {
    words += tokens.length;
    let next = 0;
    const leftOut = (end: number) => {
      for (; next < end; next++) {
        const token = tokens[next]!;
        const counts = token.caps ? unsignedCaps : unsigned;
        const seen = counts.get(token.key);
        if (seen) seen.count++;
        else counts.set(token.key, { key: token.key, caps: token.caps, count: 1 });
      }
    };
    for (const match of findMatches(tokens, lookup.info)) {
      leftOut(match.tokenStart);
      next = match.tokenEnd;
      marks++;
      signedWords += match.tokenEnd - match.tokenStart;
      const key = match.keys[0]!;
      const seen = signed.get(key);
      if (seen) seen.count++;
      else signed.set(key, { key, tokens: match.tokenEnd - match.tokenStart, count: 1 });
    }
    leftOut(tokens.length);
  }
  lookup.forget();
  const byCount = <T extends { key: string; count: number }>(a: T, b: T) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return { words, signedWords, marks, unsigned: [...unsigned.values(), ...unsignedCaps.values()].sort(byCount), signed: [...signed.values()].sort(byCount) };
}

/** The page's own dictionary, declared by `<link rel="signet-pack" href="…/pack.json">`: read from the DOM, nothing fetched. */
export function declaredPackUrl(doc: Document): string | null {
  for (const link of doc.querySelectorAll('link[rel]')) {
    if (!link.getAttribute('rel')!.toLowerCase().split(/\s+/).includes('signet-pack')) continue;
    const href = link.getAttribute('href');
    if (!href) continue;
    try {
      const url = new URL(href, doc.baseURI);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // An unparsable address is no declaration.
    }
  }
  return null;
}
