import type { ManualAlphabet } from './types';

/**
 * LSF (langue des signes française), one hand. Accented letters are spelled as their base
 * letter, as LSF signers do (the reference writes à, ç, è and ù with the very shapes of a, c, e
 * and u); œ and æ as their two letters. Digits have their own signs (6–9 are a five hand and a
 * second hand, as in LSF counting); a number is spelled digit by digit.
 */
export const FSL: ManualAlphabet = {
  signLanguage: 'fsl',
  abbreviation: 'LSF',
  writtenLanguage: 'fr',
  twoHanded: false,
  spellings: {
    â: ['a'], ä: ['a'], é: ['e'], ê: ['e'], ë: ['e'], î: ['i'], ï: ['i'],
    ô: ['o'], ö: ['o'], û: ['u'], ü: ['u'], ÿ: ['y'], œ: ['o', 'e'], æ: ['a', 'e'],
  },
  signs: {
    "a": ["M510x508S1f720490x493"],
    "à": ["M510x508S1f720490x493"],
    "b": ["M507x511S14720493x489"],
    "c": ["M509x510S16d20492x490"],
    "ç": ["M509x510S16d20492x490"],
    "d": ["M508x515S10120492x485"],
    "e": ["M507x507S14a20492x492"],
    "è": ["M507x507S14a20492x492"],
    "f": ["M515x514S1d220486x486"],
    "g": ["M511x515S1de20489x485"],
    "h": ["M508x515S10e10493x485"],
    "i": ["M510x509S19220489x490"],
    "j": ["M519x518S19220498x499S2a20c482x483"],
    "k": ["M515x515S14020486x485"],
    "l": ["M512x515S1dc20488x485"],
    "m": ["M513x510S18d52488x490"],
    "n": ["M513x511S11952487x489"],
    "o": ["M508x508S17620492x492"],
    "p": ["M516x512S14051485x488"],
    "q": ["M515x511S1df03485x490"],
    "r": ["M507x515S11a20492x485"],
    "s": ["M507x507S20320492x492"],
    "t": ["M515x514S1d320486x486"],
    "u": ["M507x515S11520492x485"],
    "ù": ["M507x515S11520492x485"],
    "v": ["M507x515S10e20492x485"],
    "w": ["M509x514S18720491x485"],
    "x": ["M510x514S11020491x487"],
    "y": ["M514x517S19a20486x497S22a04494x484"],
    "z": ["M518x517S10020482x487S2450a487x483"],
    "1": ["M508x512S1f502493x488"],
    "2": ["M512x515S1dc01489x485"],
    "3": ["M513x515S11e01488x485"],
    "4": ["M514x515S14401486x486"],
    "5": ["M513x514S14c01487x487"],
    "6": ["M520x516S14c08481x485S1f502505x492"],
    "7": ["M524x516S14c08477x485S1dc01501x486"],
    "8": ["M525x516S14c08476x485S11e01500x486"],
    "9": ["M526x520S14c08474x489S14401498x480"],
    "0": ["M512x516S14c00489x485"],
  },
};
