import { describe, expect, it } from 'vitest';
import { countWanted, overflowWanted, sortWanted, wantedAsCsv, wantedAsList, wantedForm } from '../../src/core/studio/wanted';

describe('wanted words', () => {
  it('counts a word under its headword as the plural rule resolves it', () => {
    expect(wantedForm('chapeaux', 'fr')).toBe('chapeau');
    expect(wantedForm('Montagnes', 'fr')).toBe('montagne');
    expect(wantedForm('computers', 'en')).toBe('computer');
    expect(wantedForm('rivière', 'fr')).toBe('rivière');
  });

  it('leaves out what is no word to record: function words, numbers, very long tokens', () => {
    expect(wantedForm('de', 'fr')).toBeNull();
    expect(wantedForm('2024', 'fr')).toBeNull();
    expect(wantedForm('x'.repeat(101), 'fr')).toBeNull();
  });

  it('counts, sorts most wanted first, then most recent', () => {
    let a = countWanted(undefined, 'montagne', 'fr', 1);
    a = countWanted(a, 'montagne', 'fr', 5);
    const b = countWanted(undefined, 'fromage', 'fr', 3);
    const c = countWanted(undefined, 'vallée', 'fr', 4);
    expect(a).toEqual({ word: 'montagne', lang: 'fr', count: 2, lastSeen: 5 });
    expect(sortWanted([b, c, a]).map((w) => w.word)).toEqual(['montagne', 'vallée', 'fromage']);
    expect(overflowWanted([a, b, c], 2).map((w) => w.word)).toEqual(['fromage']);
  });

  it('exports a word list and a CSV a spreadsheet cannot run', () => {
    const words = [
      { word: 'vallée', lang: 'fr', count: 1, lastSeen: Date.UTC(2026, 11, 2) },
      { word: '=cmd', lang: 'fr', count: 3, lastSeen: Date.UTC(2026, 11, 1) },
    ];
    expect(wantedAsList(words)).toBe('=cmd\nvallée\n');
    expect(wantedAsCsv(words)).toBe('word,language,count,last_seen\r\n"\'=cmd",fr,3,2026-12-01T00:00:00.000Z\r\nvallée,fr,1,2026-12-02T00:00:00.000Z\r\n');
    expect(wantedAsList([])).toBe('');
  });
});
