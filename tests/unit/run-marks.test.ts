import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dictionary } from '../../src/background/dictionary';
import { SourceStore } from '../../src/background/store';
import type { WordInfo } from '../../src/common/messages';
import { findMatches } from '../../src/core/match';
import { joinRuns, markRuns, readRunMarks, splitRuns, type RunMarksAnswer } from '../../src/core/run-marks';
import { tokenize } from '../../src/core/text/tokenize';
import { entries, newSource } from './support/sources';

/** A stand-in index: single words, one expression, one homograph with two keys. */
const INFO: Record<string, WordInfo> = {
  chapeau: { keys: ['chapeau'], continuations: [], alts: [] },
  réseau: { keys: ['réseau'], continuations: [{ rest: ['local'], key: 'réseau local' }], alts: [] },
  local: { keys: ['local'], continuations: [], alts: [] },
  cours: { keys: ['cour', 'course'], continuations: [], alts: [] },
  état: { keys: ['état'], continuations: [], alts: [] },
};
const info = (key: string, caps: boolean): WordInfo | undefined => INFO[caps && key === 'etat' ? 'état' : key];

describe('the marks of text runs, found by the background', () => {
  // Lengths that do not add up to the text are refused by the request parser (background-router.test.ts).
  it('joins runs into one text and splits them back', () => {
    const texts = ['Le chapeau', '', 'du clown ', 'réseau'];
    const joined = joinRuns(texts);
    expect(joined).toEqual({ text: 'Le chapeaudu clown réseau', lengths: [10, 0, 9, 6] });
    expect(splitRuns(joined)).toEqual(texts);
  });

  it('gives each run the matches tokenizing and matching it here would give, and its word count', () => {
    const texts = ['Le réseau local du chapeau.', 'Rien ici, 2024.', 'Des cours, un ETAT et un chapeau'];
    const answer = markRuns(texts, 'fr', info);
    const runs = readRunMarks(JSON.parse(JSON.stringify(answer)) as RunMarksAnswer, texts.length);
    texts.forEach((text, i) => {
      const tokens = tokenize(text, 'fr');
      const here = findMatches(tokens, (token) => info(token.key, token.caps));
      expect(runs[i]).toEqual({ words: tokens.length, matches: here });
    });
    expect(runs.map((run) => run.matches.map((m) => texts[runs.indexOf(run)]!.slice(m.start, m.end)))).toEqual([['réseau local', 'chapeau'], [], ['cours', 'ETAT', 'chapeau']]);
    expect(runs[2]!.matches[0]!.keys).toEqual(['cour', 'course']);
    // Each key travels once, however many marks name it.
    expect(answer.keys.split('\n')).toEqual(['réseau local', 'chapeau', 'cour', 'course', 'état']);
  });

  it('gives the matches of one word one shared key list, which nothing can change', () => {
    const texts = ['Le chapeau, un cours', 'du chapeau et des cours, chapeau'];
    const runs = readRunMarks(markRuns(texts, 'fr', info), texts.length);
    const keysOf = (run: number, match: number) => runs[run]!.matches[match]!.keys;
    expect([keysOf(0, 0), keysOf(0, 1), keysOf(1, 1)]).toEqual([['chapeau'], ['cour', 'course'], ['cour', 'course']]);
    expect(keysOf(1, 0)).toBe(keysOf(0, 0));
    expect(keysOf(1, 2)).toBe(keysOf(0, 0));
    expect(keysOf(1, 1)).toBe(keysOf(0, 1));
    expect(keysOf(0, 1)).not.toBe(keysOf(0, 0));
    expect(() => keysOf(0, 0).push('autre')).toThrow(TypeError);
  });

  it('asks about each distinct word once', () => {
    const asked: string[] = [];
    markRuns(['chapeau chapeau Chapeau', 'chapeau CHAPEAU'], 'fr', (key, caps) => {
      asked.push(`${key}${caps ? ' (caps)' : ''}`);
      return undefined;
    });
    expect(asked).toEqual(['chapeau', 'chapeau (caps)']);
  });

  it('refuses an answer that does not fit the runs asked about', () => {
    const good = markRuns(['un chapeau'], 'fr', info);
    expect(() => readRunMarks(good, 2)).toThrow('The marks do not answer the runs asked about.');
    expect(() => readRunMarks({ ...good, marks: [5, 0, 1, 0, 1, 1, 0] }, 1)).toThrow('The marks do not answer the runs asked about.');
    expect(() => readRunMarks({ ...good, marks: [0, 0, 1, 0, 1, 1, 7] }, 1)).toThrow('The marks do not answer the runs asked about.');
    expect(() => readRunMarks({ ...good, marks: [0, 0, 1, 0, 1, 3, 0] }, 1)).toThrow('The marks do not answer the runs asked about.');
  });

  it('answers from the installed dictionary of the page’s language, a page word named like an object property included', async () => {
    const store = new SourceStore('run-marks-test');
    await store.putSource(newSource('lsf'), entries('chapeau', 'réseau local', 'constructor'));
    await store.putSource(newSource('asl', { spokenLanguage: 'en', signLanguage: 'ase' }), entries('hat'));
    const dictionary = new Dictionary(store);
    const texts = ['Un chapeau sur le réseau local, a hat.', 'toString constructor __proto__ valueOf'];
    const runs = readRunMarks(await dictionary.markRuns(texts, 'fr', 'fr'), texts.length);
    const marked = runs.map((run, i) => run.matches.map((m) => [texts[i]!.slice(m.start, m.end), m.keys]));
    expect(marked).toEqual([
      [
        ['chapeau', ['chapeau']],
        ['réseau local', ['réseau local']],
      ],
      [['constructor', ['constructor']]],
    ]);
    expect(runs.map((run) => run.words)).toEqual([8, 4]);
  });
});
