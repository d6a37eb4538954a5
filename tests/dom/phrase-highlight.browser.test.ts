/**
 * The word of a phrase being signed (src/content/phrase-highlight.ts), in Chromium's highlight
 * registry: one highlight of its own, above the marks, gone when cleared, the page's left alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PHRASE_HIGHLIGHT, PhraseHighlight } from '../../src/content/phrase-highlight';
import { mount, textAt } from './support/page';

afterEach(() => CSS.highlights.clear());

function rangeOf(word: string): Range {
  const { node, offset } = textAt(document.body, word);
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + word.length);
  return range;
}

describe('PhraseHighlight', () => {
  it('shows one word at a time, above the marks', () => {
    mount('<p>le réseau local</p>');
    const phrase = new PhraseHighlight();
    phrase.show(rangeOf('réseau'));
    phrase.show(rangeOf('local'));
    const highlight = CSS.highlights.get(PHRASE_HIGHLIGHT)!;
    expect([...highlight].map((r) => (r as Range).toString())).toEqual(['local']);
    expect(highlight.priority).toBeGreaterThan(0);
  });

  it.each([
    ['clear()', (p: PhraseHighlight) => p.clear()],
    ['show(null): no word of the phrase is being signed', (p: PhraseHighlight) => p.show(null)],
  ])('%s: gone from the registry, the page’s own highlight kept', (_name, hide) => {
    mount('<p>le réseau local</p>');
    const pageOwn = new Highlight(rangeOf('le'));
    CSS.highlights.set('page-search', pageOwn);
    const phrase = new PhraseHighlight();
    phrase.show(rangeOf('réseau'));
    hide(phrase);
    expect(CSS.highlights.has(PHRASE_HIGHLIGHT)).toBe(false);
    expect(CSS.highlights.get('page-search')).toBe(pageOwn);
  });
});
