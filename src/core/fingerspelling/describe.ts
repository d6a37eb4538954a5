/**
 * What an FSW sign is made of, read from its symbol keys (ISWA 2010): each symbol is
 * "S" + base (3 hex digits) + fill (0–5) + rotation (0–f), then its place "490x493".
 * Hand shapes are bases 100–204, where the fill says which side of the hand the reader sees
 * (0 palm, 1 side, 2 back; 3–5 the same, hand parallel to the floor) and the rotation its angle
 * in eighths of a turn (8–f: the left hand, mirrored). Bases 205–2f6 are contacts and movements.
 */
export interface SignPart {
  /** The symbol key, e.g. "S1f720". */
  key: string;
  kind: 'hand' | 'movement' | 'other';
  fill: number;
  rotation: number;
  x: number;
  y: number;
}

const SYMBOL = /S([123][0-9a-f]{2})([0-5])([0-9a-f])(\d{3})x(\d{3})/g;

export function signParts(fsw: string): SignPart[] {
  return [...fsw.matchAll(SYMBOL)].map((m) => {
    const base = parseInt(m[1]!, 16);
    return {
      key: `S${m[1]}${m[2]}${m[3]}`,
      kind: base >= 0x100 && base <= 0x204 ? 'hand' : base <= 0x2f6 ? 'movement' : 'other',
      fill: Number(m[2]),
      rotation: parseInt(m[3]!, 16),
      x: Number(m[4]),
      y: Number(m[5]),
    };
  });
}

/** The hand shapes of a sign (symbol bases), the part that tells one alphabet's letter from another's. */
export function handShapes(fsw: string): string[] {
  return signParts(fsw)
    .filter((part) => part.kind === 'hand')
    .map((part) => part.key.slice(0, 4));
}
