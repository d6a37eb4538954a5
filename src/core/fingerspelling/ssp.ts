import type { ManualAlphabet } from './types';

/**
 * LSE (lengua de signos española), one hand. ñ and ç have signs of their own; an accented vowel
 * is its vowel followed by the accent's sign (á → a ´, à → a `), ü is u. The reference writes no
 * signs for ch, ll and rr, which some signers make as one movement: Signet spells them as their
 * two letters. A number is spelled digit by digit.
 */
export const SSP: ManualAlphabet = {
  signLanguage: 'ssp',
  abbreviation: 'LSE',
  writtenLanguage: 'es',
  twoHanded: false,
  spellings: {
    á: ['a', '´'], é: ['e', '´'], í: ['i', '´'], ó: ['o', '´'], ú: ['u', '´'],
    à: ['a', '`'], è: ['e', '`'], ì: ['i', '`'], ò: ['o', '`'], ù: ['u', '`'], ü: ['u'],
  },
  signs: {
    "a": ["M510x508S1f720490x493"],
    "b": ["M511x507S14702489x493"],
    "c": ["M509x510S16d20492x490"],
    "ç": ["M509x510S16d20492x490"],
    "d": ["M508x515S10120492x485"],
    "e": ["M512x509S16710489x491"],
    "f": ["M515x514S1d220486x486"],
    "g": ["M515x508S10002485x493"],
    "h": ["M518x533S33b00482x483S11e10465x503S20500495x520S26500466x488"],
    "i": ["M511x510S19220490x491"],
    "j": ["M517x517S19220496x498S2e706484x484"],
    "k": ["M515x515S14020486x485"],
    "l": ["M512x515S1dc20488x485"],
    "m": ["M509x515S18604491x485"],
    "n": ["M508x515S10e04493x485"],
    "ñ": ["M508x530S10e04493x500S26c02492x470"],
    "o": ["M511x515S1ce20489x485"],
    "p": ["M508x515S18c20493x485"],
    "q": ["M513x508S18520488x493"],
    "r": ["M508x515S11d20492x485"],
    "s": ["M514x515S1cf10487x486"],
    "t": ["M515x514S1d320486x486"],
    "u": ["M508x515S10e20493x485"],
    "v": ["M515x523S10e20485x493S26c0a500x478"],
    "w": ["M516x524S18620484x494S26c0e501x477"],
    "x": ["M508x522S10640493x496S22a04494x478"],
    "y": ["M511x516S19820489x493S21900497x485"],
    "z": ["M518x519S19220483x500S2450a487x481"],
    "`": ["M525x517S11d12475x501S2c300499x484"],
    "´": ["M520x516S1dc20481x486S2e706495x484"],
    "1": ["M508x515S10020493x485"],
    "2": ["M508x515S10e20493x485"],
    "3": ["M509x515S18620491x485"],
    "4": ["M511x516S14420489x485"],
    "5": ["M512x516S14c20489x485"],
    "6": ["M520x516S14c00481x485S10000505x486"],
    "7": ["M520x516S14c00481x485S10e00505x486"],
    "8": ["M520x516S14c00480x485S18600502x486"],
    "9": ["M522x516S14c00479x485S14400500x485"],
    "0": ["M508x508S17620492x492"],
  },
};
