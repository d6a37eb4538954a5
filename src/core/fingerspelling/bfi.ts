import type { ManualAlphabet } from './types';

/**
 * BSL (British Sign Language), two hands: the vowels are the fingertips of the passive hand
 * touched by the active index (a thumb, e index, i middle, o ring, u little finger), consonants
 * are shapes of both hands. Accented letters are spelled as their base letter. Digits are
 * one-handed. A number is spelled digit by digit.
 */
export const BFI: ManualAlphabet = {
  signLanguage: 'bfi',
  abbreviation: 'BSL',
  writtenLanguage: 'en',
  twoHanded: true,
  spellings: { æ: ['a', 'e'], œ: ['o', 'e'], ß: ['s', 's'] },
  signs: {
    a: ['M514x517S14c09488x490S20500486x483'],
    b: ['M522x515S1ce10500x485S1ce18477x485'],
    c: ['M511x509S1ec10488x490'],
    d: ['M514x519S10018486x489S1ec10491x481'],
    e: ['M513x520S14c09487x493S20500498x479'],
    f: ['M516x517S1155a484x484S11550501x487'],
    g: ['M507x516S20302492x484S2030a492x501'],
    h: ['M525x520S15a39474x494S15a51477x497S20e00501x493S26507512x479'],
    i: ['M517x517S14c07482x491S20500507x482'],
    j: ['M522x521S14c08478x482S10012492x479S23803502x498'],
    k: ['M515x521S10018484x491S10613487x478'],
    l: ['M519x518S15a39480x483S10051489x497'],
    m: ['M519x519S15a37481x481S18c51493x493'],
    n: ['M519x516S15a39481x483S11551492x491'],
    o: ['M519x514S14c09482x487S20500509x490'],
    p: ['M513x524S10018487x494S1ce10491x475'],
    q: ['M523x528S1ce18477x472S10620496x502S20a00505x484'],
    r: ['M517x517S15a39483x483S10641494x489'],
    s: ['M520x519S19809480x480S19821500x492S20800510x482'],
    t: ['M522x515S15a49478x484S10051492x494'],
    u: ['M517x514S14c09482x487S20500507x500'],
    v: ['M518x516S15a39482x483S10e51488x491'],
    w: ['M527x522S14c11501x495S14c19473x495S20700491x478'],
    x: ['M517x515S10019483x485S10011496x485'],
    y: ['M514x527S15d28485x473S10020499x497'],
    z: ['M518x516S15a18482x484S18210495x501'],
    '1': ['M507x515S10000492x485'],
    '2': ['M507x515S10e00492x485'],
    '3': ['M512x515S11e00489x485'],
    '4': ['M511x516S14400489x485'],
    '5': ['M512x515S14c00489x484'],
    '6': ['M510x511S1f801490x489'],
    '7': ['M512x515S1dc01489x485'],
    '8': ['M513x515S11e01488x485'],
    '9': ['M513x513S18e01487x487'],
    '0': ['M508x508S17610492x492'],
  },
};
