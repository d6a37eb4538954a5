/**
 * French inclusive writing ("écriture inclusive"): "entrepreneur·e·s", "salarié·es",
 * "acteur·rice·s", "heureu·x·se", "citoyen·ne·s", "tou·te·s". The normaliser has already unified
 * the separator to "·" (middle dot) whatever the page used (".", "•", "‧"…).
 */

/** Feminine of `masculine` written with the inclusive suffix `suffix` (without any plural -s). */
function feminine(masculine: string, suffix: string): string {
  const ends = (s: string): boolean => masculine.endsWith(s);
  switch (suffix) {
    case 'rice':
    case 'ice':
    case 'trice':
      // acteur·rice, lecteur·ice, acteur·trice → actrice, lectrice
      if (ends('teur')) return masculine.slice(0, -3) + 'rice';
      if (ends('eur')) return masculine.slice(0, -3) + 'rice';
      break;
    case 'euse':
      // chercheur·euse, heureux·euse
      if (ends('eur') || ends('eux')) return masculine.slice(0, -3) + 'euse';
      break;
    case 'eure':
      if (ends('eur')) return masculine + 'e';
      break;
    case 'ère':
      if (ends('er')) return masculine.slice(0, -2) + 'ère';
      break;
    case 'ière':
      if (ends('ier')) return masculine.slice(0, -3) + 'ière';
      break;
    case 'esse':
      if (ends('e')) return masculine.slice(0, -1) + 'esse';
      break;
    case 'lle':
    case 'le':
      // nouveau·lle → nouvelle, beau·lle → belle
      if (ends('eau')) return masculine.slice(0, -2) + 'lle';
      break;
    case 've':
    case 'fe':
      if (ends('f')) return masculine.slice(0, -1) + 've';
      break;
    case 'se':
      // heureux·se, jaloux·se → heureuse, jalouse
      if (ends('x')) return masculine.slice(0, -1) + 'se';
      break;
  }
  // étudiant·e, citoyen·ne, muet·te, professionnel·le, heureu·se
  return masculine + suffix;
}

/** Endings that complete the masculine between base and feminine: "heureu·x·se", "sporti·f·ve". */
const MASCULINE_PARTS = new Set(['x', 'f', 's']);

/** Masculines already ending like a plural: "heureux", "gris". */
const PLURAL_LOOKING = /[sxz]$/;

/**
 * Written forms behind an inclusive word, singular first: masculine, feminine, then their
 * plurals when the word was plural. Empty when the word has no "·" or does not parse.
 */
export function expandInclusive(word: string): string[] {
  if (!word.includes('·')) return [];
  const parts = word.split('·');
  const base = parts[0] ?? '';
  if (base.length < 2 || parts.some((p) => p.length === 0)) return [];
  let rest = parts.slice(1);
  let plural = false;
  // A last part of its own that is only the plural mark: "entrepreneur·e·s".
  if (rest.length > 1 && rest[rest.length - 1] === 's') {
    plural = true;
    rest = rest.slice(0, -1);
  }
  let masculine = base;
  if (rest.length === 2 && MASCULINE_PARTS.has(rest[0] ?? '')) {
    masculine = base + rest[0];
    rest = rest.slice(1);
  }
  if (rest.length !== 1) return [];
  let suffix = rest[0] ?? '';
  // "salarié·es", "citoyen·nes", "acteur·rices": the plural mark glued to the feminine ending.
  if (suffix.length > 1 && suffix.endsWith('s')) {
    plural = true;
    suffix = suffix.slice(0, -1);
  }
  const fem = feminine(masculine, suffix);
  // "tou·te·s" also gives a masculine singular "tou": no dictionary has it, so it costs one lookup.
  const forms = [masculine, fem];
  if (plural) forms.push(PLURAL_LOOKING.test(masculine) ? masculine : masculine + 's', fem + 's');
  return [...new Set(forms)];
}
