/**
 * Ids made from written words: "réseau local" → "reseau-local", "à la saint glinglin" →
 * "a-la-saint-glinglin". Accents are dropped because ids are ASCII (see the entryId pattern),
 * and collisions that this causes ("dé" and "de") get a numbered suffix.
 */
const MAX_SLUG_LENGTH = 60;

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
}

/** Hands out ids unique among those already taken: "de", then "de-2", "de-3"… */
export class IdAllocator {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.taken.add(id);
  }

  /** A fresh id from a word; `fallback` when the word has no ASCII letter or digit (e.g. "手話"). */
  fromWord(word: string, fallback: string): string {
    const base = slugify(word) || fallback;
    let id = base;
    for (let n = 2; this.taken.has(id); n += 1) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
