import type { ManualAlphabet } from './types';

/**
 * ASL (American Sign Language), one hand. English has no accents of its own: an accented letter
 * (café, naïve) is spelled as its base letter. "zz" is one sign (the Z traced twice); other
 * doubled letters are two signs. A number is spelled digit by digit.
 */
export const ASE: ManualAlphabet = {
  signLanguage: 'ase',
  abbreviation: 'ASL',
  writtenLanguage: 'en',
  twoHanded: false,
  spellings: { æ: ['a', 'e'], œ: ['o', 'e'], ß: ['s', 's'] },
  signs: {
    zz: ['M541x507S2450a510x476S10e20492x477'],
    a: ['M507x507S1f720487x492'],
    b: ['M507x507S14720493x485'],
    c: ['M508x507S16d20491x487'],
    d: ['M508x507S10120492x477'],
    e: ['M507x507S14a20492x492'],
    f: ['M513x507S1ce20491x477'],
    g: ['M507x507S1f000478x492'],
    h: ['M507x507S11502477x492'],
    i: ['M513x507S19220492x488'],
    j: ['M513x507S19220492x488S2a20c476x472'],
    k: ['M507x507S14220478x477', 'M507x507S14020478x477'],
    l: ['M508x507S1dc20484x477'],
    m: ['M507x507S18d20487x482'],
    n: ['M507x507S11920486x481'],
    o: ['M508x507S17620492x491'],
    p: ['M510x509S14251479x485', 'M510x509S14051479x485'],
    q: ['M511x509S1f051481x486'],
    r: ['M507x507S11a20492x477'],
    s: ['M507x507S20320492x492'],
    t: ['M508x507S1fb20493x488'],
    u: ['M507x507S11520492x477'],
    v: ['M508x507S10f20493x477', 'M508x507S10e20493x477'],
    w: ['M509x507S18720491x478', 'M509x507S18620491x478'],
    x: ['M508x507S10620487x481'],
    y: ['M514x507S19a20486x487'],
    z: ['M528x507S10020492x477S2450a497x473'],
    '1': ['M508x515S10020493x485'],
    '2': ['M508x515S10e20493x485'],
    '3': ['M512x515S11e20485x485'],
    '4': ['M511x516S14420492x485'],
    '5': ['M512x516S14c20487x485'],
    '6': ['M509x515S18720492x486'],
    '7': ['M511x514S1a520493x486'],
    '8': ['M511x514S1bb20492x486'],
    '9': ['M511x515S1ce20493x485'],
    '0': ['M508x508S17620493x492'],
  },
};
