/**
 * Running text of the shared sample pages, tokenized as the content script does, for lemma
 * sampling and token-weighted scores.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../src/core/text/tokenize';

const PAGES = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'pages');

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Visible-ish text: scripts, styles and tags dropped, entities decoded. Good enough to count words. */
export function pageText(html: string): string {
  return html
    .replace(/<(script|style|noscript|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole);
}

/** Normalised word keys of a page, in text order, repeats kept (token-weighted). */
export function pageWords(file: string, locale: string): string[] {
  const text = pageText(readFileSync(join(PAGES, file), 'utf8'));
  return tokenize(text, locale)
    .map((token) => token.key)
    .filter((key) => /\p{L}/u.test(key));
}
