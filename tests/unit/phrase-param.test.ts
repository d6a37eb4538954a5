import { describe, expect, it } from 'vitest';
import { parsePhrase } from '../../src/player/phrase/phrase-param';

/** The phrase the player reads from a request of its port: its words are a page's text, so every value is checked. */
describe('the phrase of a player request', () => {
  const items = [
    { kind: 'spell', text: 'Zoé', keys: [] },
    { kind: 'sign', text: 'clown', keys: ['clown'] },
    { kind: 'skip', text: 'au', keys: [] },
  ];

  it('reads a phrase as the content script writes it', () => {
    expect(parsePhrase({ items, cut: 12 })).toEqual({ items, cut: 12 });
    expect(parsePhrase({ items })).toEqual({ items, cut: 0 });
  });

  it.each([
    ['no phrase', undefined],
    ['null', null],
    ['text instead of an object', JSON.stringify({ items })],
    ['items that are not a list', { items: 'clown' }],
    ['one item (a word, not a phrase)', { items: items.slice(0, 1) }],
    ['more than 60 items', { items: Array.from({ length: 61 }, () => items[0]) }],
    ['an unknown kind', { items: [...items, { kind: 'play', text: 'x', keys: [] }] }],
    ['a sign without keys', { items: [...items, { kind: 'sign', text: 'x', keys: [] }] }],
    ['a text too long', { items: [...items, { kind: 'spell', text: 'x'.repeat(121), keys: [] }] }],
    ['keys that are not text', { items: [...items, { kind: 'sign', text: 'x', keys: [1] }] }],
    ['an empty text', { items: [...items, { kind: 'spell', text: ' ', keys: [] }] }],
  ])('refuses %s', (_what, raw) => {
    expect(parsePhrase(raw)).toBeUndefined();
  });

  it('reads a negative or fractional cut as none', () => {
    expect(parsePhrase({ items, cut: -3 })?.cut).toBe(0);
    expect(parsePhrase({ items, cut: 1.5 })?.cut).toBe(0);
  });
});
