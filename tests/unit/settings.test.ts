import { describe, expect, it } from 'vitest';
import { checkPatch, chooseSignLanguage, DEFAULT_SETTINGS, isActiveOn, MAX_DISABLED_SITES, parseSettings, SETTING_KEYS, signLanguageChoice, siteOf, withSite } from '../../src/common/settings';

describe('settings: what storage returns is checked', () => {
  it('gives the defaults for an empty storage, as fresh objects', () => {
    const a = parseSettings({});
    expect(a).toEqual(DEFAULT_SETTINGS);
    a.disabledSites.push('x.org');
    a.signLanguages.fr = 'fsl';
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid value', () => {
    const stored = {
      enabled: false,
      disabledSites: ['lemonde.fr', 'file://', '127.0.0.1'],
      trigger: 'dblclick',
      hoverDelayMs: 600,
      signLanguages: { fr: 'fsl', en: 'bfi' },
      marks: false,
      markStyle: 'background',
      speed: 0.5,
      overlaySize: 'large',
      fingerspell: 'at-once',
    };
    expect(parseSettings(stored)).toEqual(stored);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a string for a boolean', { enabled: 'false' }],
    ['an unknown trigger', { trigger: 'click' }],
    ['a delay below the minimum', { hoverDelayMs: 10 }],
    ['a delay above the maximum', { hoverDelayMs: 60_000 }],
    ['a fractional delay', { hoverDelayMs: 250.5 }],
    ['a speed not offered', { speed: 2 }],
    ['a speed as text', { speed: '1' }],
    ['an unknown size', { overlaySize: 'huge' }],
    ['an unknown fingerspelling mode', { fingerspell: 'always' }],
    ['an unknown mark style', { markStyle: 'blink' }],
    ['sites that are not a list', { disabledSites: 'lemonde.fr' }],
    ['a site with a path', { disabledSites: ['lemonde.fr/politique'] }],
    ['a site in capitals', { disabledSites: ['LeMonde.fr'] }],
    ['too many sites', { disabledSites: Array.from({ length: MAX_DISABLED_SITES + 1 }, (_, i) => `s${i}.org`) }],
    ['sign languages as a list', { signLanguages: ['fsl'] }],
    ['a sign language that is not a tag', { signLanguages: { fr: 'LSF!' } }],
    ['a written language that is not a primary tag', { signLanguages: { 'fr-FR': 'fsl' } }],
  ])('replaces %s by the default', (_what, stored) => {
    expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('ignores unknown keys and cannot be led to the prototype', () => {
    const stored = JSON.parse('{"__proto__": {"enabled": false}, "theme": "dark", "signLanguages": {"__proto__": "fsl"}}');
    const settings = parseSettings(stored);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(settings).sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('drops repeated sites', () => {
    expect(parseSettings({ disabledSites: ['a.org', 'a.org'] }).disabledSites).toEqual(['a.org']);
  });
});

describe('settings: changes are checked before they are written', () => {
  it('passes valid changes', () => {
    expect(checkPatch({ marks: false, speed: 0.75 })).toEqual({ marks: false, speed: 0.75 });
  });

  it('throws on an unknown key or an invalid value', () => {
    expect(() => checkPatch({ colour: 'red' })).toThrow(/Unknown setting "colour"/);
    expect(() => checkPatch({ hoverDelayMs: 5 })).toThrow(/hoverDelayMs/);
  });
});

describe('sites', () => {
  it.each([
    ['https://www.lemonde.fr/politique/article.html', 'lemonde.fr'],
    ['https://LeMonde.fr/', 'lemonde.fr'],
    ['http://127.0.0.1:8080/page.html', '127.0.0.1'],
    ['https://fr.wikipedia.org/wiki/Chapeau', 'fr.wikipedia.org'],
    ['file:///home/me/notes.html', 'file://'],
    ['chrome://extensions/', null],
    ['not a url', null],
  ])('%s is the site %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it('turns a site off and on again', () => {
    const off = withSite([], 'lemonde.fr', false);
    expect(off).toEqual(['lemonde.fr']);
    expect(withSite(off, 'lemonde.fr', false)).toEqual(['lemonde.fr']);
    expect(withSite(off, 'lemonde.fr', true)).toEqual([]);
  });

  it('is active when on and not turned off for the site', () => {
    const settings = parseSettings({ disabledSites: ['lemonde.fr'] });
    expect(isActiveOn(settings, 'lemonde.fr')).toBe(false);
    expect(isActiveOn(settings, 'liberation.fr')).toBe(true);
    expect(isActiveOn({ ...settings, enabled: false }, 'liberation.fr')).toBe(false);
  });
});

describe('sign language of a page', () => {
  it.each<[string, string[], string | undefined, string | undefined]>([
    // page language, installed sign languages, reader's choice, answer
    ['fr', ['fsl'], undefined, 'fsl'],
    ['fr-FR', ['sfs', 'fsl'], undefined, 'fsl'], // LSF by default for French, whatever the install order
    ['fr', ['sfs', 'fsl'], 'sfs', 'sfs'], // the reader's choice wins
    ['fr', ['fsl'], 'ase', 'fsl'], // a choice that is not installed falls back to the default
    ['en', ['bfi', 'ase'], undefined, 'ase'],
    ['en-GB', ['bfi'], undefined, 'bfi'],
    ['de', ['gsg'], undefined, 'gsg'], // no default known: the one installed
    ['fr', [], undefined, undefined],
  ])('a page in %s with %j installed, choice %s → %s', (page, installed, wanted, expected) => {
    expect(chooseSignLanguage(installed, page, wanted)).toBe(expected);
  });

  it('reads the reader’s choice by the page’s primary language', () => {
    const settings = parseSettings({ signLanguages: { fr: 'sfs' } });
    expect(signLanguageChoice(settings, 'fr-CH')).toBe('sfs');
    expect(signLanguageChoice(settings, 'en')).toBeUndefined();
    expect(signLanguageChoice(settings, '')).toBeUndefined();
  });
});
