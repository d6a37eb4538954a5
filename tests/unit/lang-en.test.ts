import { describe, expect, it } from 'vitest';
import { candidates } from '../../src/core/lang/en';

const lemmas = (word: string): string[] => candidates(word).map((c) => c.lemma);

describe('English plurals and third persons', () => {
  it.each([
    ['cats', 'cat'],
    ['boxes', 'box'],
    ['churches', 'church'],
    ['dishes', 'dish'],
    ['buses', 'bus'],
    ['heroes', 'hero'],
    ['potatoes', 'potato'],
    ['cities', 'city'],
    ['flies', 'fly'],
    ['wolves', 'wolf'],
    ['leaves', 'leaf'],
    ['knives', 'knife'],
    ['wives', 'wife'],
    ['lives', 'life'],
    ['men', 'man'],
    ['women', 'woman'],
    ['firemen', 'fireman'],
    ['children', 'child'],
    ['feet', 'foot'],
    ['teeth', 'tooth'],
    ['mice', 'mouse'],
    ['geese', 'goose'],
    ['people', 'person'],
    ['oxen', 'ox'],
    ['criteria', 'criterion'],
    ['phenomena', 'phenomenon'],
    ['analyses', 'analysis'],
    ['indices', 'index'],
    ['cacti', 'cactus'],
    ['formulae', 'formula'],
    ['optima', 'optimum'],
    ['chateaux', 'chateau'],
    ['watches', 'watch'],
    ['goes', 'go'],
    ['does', 'do'],
    ['has', 'have'],
  ])('%s → %s', (form, lemma) => {
    expect(lemmas(form)).toContain(lemma);
  });
});

describe('English verb forms', () => {
  it.each([
    ['walking', 'walk'],
    ['making', 'make'],
    ['running', 'run'],
    ['stopping', 'stop'],
    ['beginning', 'begin'],
    ['dying', 'die'],
    ['lying', 'lie'],
    ['panicking', 'panic'],
    ['seeing', 'see'],
    ['agreeing', 'agree'],
    ['hoping', 'hope'],
    ['arguing', 'argue'],
    ['quitting', 'quit'],
    ['travelling', 'travel'],
    ['opening', 'open'],
    ['walked', 'walk'],
    ['baked', 'bake'],
    ['stopped', 'stop'],
    ['tried', 'try'],
    ['studied', 'study'],
    ['died', 'die'],
    ['agreed', 'agree'],
    ['preferred', 'prefer'],
    ['fuelled', 'fuel'],
    ['owed', 'owe'],
    ['visited', 'visit'],
    ['added', 'add'],
    ['played', 'play'],
  ])('%s → %s', (form, lemma) => {
    expect(lemmas(form)).toContain(lemma);
  });

  it.each([
    ['went', 'go'],
    ['gone', 'go'],
    ['ran', 'run'],
    ['saw', 'see'],
    ['seen', 'see'],
    ['took', 'take'],
    ['taken', 'take'],
    ['was', 'be'],
    ['were', 'be'],
    ['is', 'be'],
    ['been', 'be'],
    ['had', 'have'],
    ['did', 'do'],
    ['made', 'make'],
    ['said', 'say'],
    ['thought', 'think'],
    ['brought', 'bring'],
    ['bought', 'buy'],
    ['caught', 'catch'],
    ['taught', 'teach'],
    ['written', 'write'],
    ['wrote', 'write'],
    ['ate', 'eat'],
    ['fell', 'fall'],
    ['felt', 'feel'],
    ['found', 'find'],
    ['knew', 'know'],
    ['left', 'leave'],
    ['understood', 'understand'],
    ['children', 'child'],
    ['outshone', 'outshine'],
    ['reran', 'rerun'],
    ['overbuilt', 'overbuild'],
    ['withheld', 'withhold'],
  ])('irregular %s → %s', (form, lemma) => {
    expect(lemmas(form)).toContain(lemma);
  });
});

describe('English comparatives', () => {
  it.each([
    ['taller', 'tall'],
    ['tallest', 'tall'],
    ['larger', 'large'],
    ['largest', 'large'],
    ['happier', 'happy'],
    ['happiest', 'happy'],
    ['bigger', 'big'],
    ['hottest', 'hot'],
    ['better', 'good'],
    ['worst', 'bad'],
    ['wider', 'wide'],
    ['narrower', 'narrow'],
    ['earlier', 'early'],
  ])('%s → %s', (form, lemma) => {
    expect(lemmas(form)).toContain(lemma);
  });

  it('marks comparatives weak, so that a dictionary key "teacher" is not "teach"', () => {
    expect(candidates('teacher').find((c) => c.lemma === 'teach')?.weak).toBe(true);
  });
});

describe('English candidates that must not appear', () => {
  it.each([
    ['news', 'new'],
    ['goods', 'good'],
    ['clothes', 'cloth'],
    ['his', 'hi'],
    ['this', 'thi'],
    ['was', 'wa'],
    ['shed', 'she'],
    ['rated', 'rat'],
    ['hoping', 'hop'],
    ['mother', 'moth'],
    ['corner', 'corn'],
    ['honest', 'hone'],
    ['forest', 'fore'],
    ['serves', 'serf'],
    ['proves', 'proof'],
    ['toes', 'to'],
    ['need', 'nee'],
    ['seed', 'see'],
    ['bed', 'be'],
    ['dying', 'dye'],
    ['starred', 'starr'],
    ['bus', 'bu'],
  ])('%s never gives %s', (form, wrong) => {
    expect(lemmas(form)).not.toContain(wrong);
  });

  it('keeps both readings of a homograph ("leaves": leaf, leave)', () => {
    expect(lemmas('leaves')).toEqual(expect.arrayContaining(['leaf', 'leave']));
  });
});
