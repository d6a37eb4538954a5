import { describe, expect, it } from 'vitest';
import type { WordInfo } from '../../src/common/messages';
import { findMatches } from '../../src/core/match';
import { MAX_PHRASE_WORDS, planPhrase } from '../../src/core/phrase';
import { isFunctionWord } from '../../src/core/text/function-words';
import { formTokens, phraseKey } from '../../src/core/text/normalise';
import { tokenize, type Token } from '../../src/core/text/tokenize';

/** A dictionary of a few forms, as the background answers (an expression is a continuation of its first word). */
function dictionary(forms: string[]): (token: Token) => WordInfo | undefined {
  const split = forms.map((form) => formTokens(form));
  return (token) => {
    const keys = split.filter((k) => k.length === 1 && k[0] === token.key).map((k) => k[0]!);
    const continuations = split.filter((k) => k.length > 1 && k[0] === token.key).map((k) => ({ rest: k.slice(1), key: phraseKey(k) }));
    return keys.length || continuations.length ? { keys, continuations, alts: [] } : undefined;
  };
}

function plan(text: string, locale: string, info: (token: Token) => WordInfo | undefined) {
  const tokens = tokenize(text, locale);
  const result = planPhrase(tokens, findMatches(tokens, info), locale);
  return { ...result, parts: result.parts.map((p) => `${p.kind}:${text.slice(p.start, p.end)}`) };
}

describe('phrase plans', () => {
  it('signs words and expressions found, spells names and words without a sign, skips function words', () => {
    const info = dictionary(['clown', 'chapeau', 'réseau local']);
    expect(plan('Zoé, clown au chapeau, aime le réseau local', 'fr', info)).toEqual({
      parts: ['spell:Zoé', 'sign:clown', 'skip:au', 'sign:chapeau', 'spell:aime', 'skip:le', 'sign:réseau local'],
      cut: 0,
    });
  });

  it('signs a function word that has a sign', () => {
    expect(plan('le chapeau de Zoé', 'fr', dictionary(['de', 'chapeau'])).parts).toEqual(['skip:le', 'sign:chapeau', 'sign:de', 'spell:Zoé']);
  });

  it('skips English function words, elisions of French ones', () => {
    expect(plan('The hat of Oxley', 'en', dictionary(['hat'])).parts).toEqual(['skip:The', 'sign:hat', 'skip:of', 'spell:Oxley']);
    expect(plan("l'achat d'Émile", 'fr', dictionary(['achat'])).parts).toEqual(['skip:l', 'sign:achat', 'skip:d', 'spell:Émile']);
  });

  it(`cuts after ${MAX_PHRASE_WORDS} words, and counts what it left out`, () => {
    const words = Array.from({ length: 75 }, (_, i) => `mot${i}`).join(' ');
    const result = plan(words, 'fr', dictionary([]));
    expect(result.parts).toHaveLength(MAX_PHRASE_WORDS);
    expect(result.parts.at(-1)).toBe('spell:mot59');
    expect(result.cut).toBe(15);
  });

  it('knows function words per language', () => {
    expect(isFunctionWord('les', 'fr-FR')).toBe(true);
    expect(isFunctionWord('les', 'en')).toBe(false);
    expect(isFunctionWord('the', 'en-GB')).toBe(true);
    expect(isFunctionWord('chapeau', 'fr')).toBe(false);
    expect(isFunctionWord('der', 'de')).toBe(true);
    expect(isFunctionWord('the', 'xx')).toBe(false);
  });
});
