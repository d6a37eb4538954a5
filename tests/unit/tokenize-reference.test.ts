/**
 * The tokenizer's loop (one run class plus the rare parts) against the whole word expression it
 * stands for (wordPattern): the same words, start and end, on every stored page and on the
 * characters the loop handles apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize, wordFactsSlow, wordPattern } from '../../src/core/text/tokenize';

const PAGES = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'pages');

/** The words with a letter the reference expression finds, as "start-end:word". */
function referenceWords(text: string): string[] {
  return [...text.matchAll(wordPattern())].filter((m) => wordFactsSlow(m[0], 'fr').hasLetter).map((m) => `${m.index}-${m.index + m[0].length}:${m[0]}`);
}

function tokenizedWords(text: string): string[] {
  return tokenize(text, 'fr').map((t) => `${t.start}-${t.end}:${text.slice(t.start, t.end)}`);
}

const EDGE_CASES: Record<string, string> = {
  'modifier letter apostrophe': 'aujourdʼhui, ʼtis, lʼʼarbre, fin ʼ',
  'leading combining marks': '\u0301abc e\u0301te\u0301 \u0301\u0301 x\u0308\u0301y \u0308ʼdé',
  'soft hyphens and zero-width characters': 'cha\u00ADpeau ex\u200Btra\u200B \u00ADdébut fin\u00AD \u00AD\u00AD x\u200D\u200Dy mot\u00ADʼapo',
  'inclusive writing':
    'entrepreneur·e·s acteur·rice·s citoyen.ne.s salarié.es heureu·x·se nouveau·lle la fin.Et fin. e i.e. ab.es a.es 12.es mot\u00ADmot·e·s étudiant•e•s x·esse·s lecteur·ices· premier·ère·s ouvrier.ères infirmier·ière·s élu\u22C5e\u22C5s ami\u2027e\u2027s voisin\u2219e\u2219s',
  'digits and mixed runs': '1 - 3 of 18 réseau 3 local 2024e H2O ٣٤ abc٣',
  'other scripts': 'שָׁלוֹם עולם مرحبا بالعالم 日本語のテキスト Ελληνικά हिन्दी𝐀𝐁 𝑥𝑦 😀word',
  'astral letters and marks': '𝒜𝒷 \u{1D165}x 𐐀𐐨 a\u{1D167}b',
};

describe('tokenize finds the words of the whole word expression', () => {
  it.each(Object.entries(EDGE_CASES))('%s', (_name, text) => {
    expect(tokenizedWords(text)).toEqual(referenceWords(text));
  });

  it.each(readdirSync(PAGES).filter((file) => file.endsWith('.html')))('on %s', (file) => {
    const text = readFileSync(join(PAGES, file), 'utf8');
    const words = tokenizedWords(text);
    expect(words.length).toBeGreaterThan(100);
    expect(words).toEqual(referenceWords(text));
  });
});
