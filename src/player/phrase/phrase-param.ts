import type { PhraseItem, PhraseRequest } from '../../common/phrase';

export type { PhraseItem, PhraseRequest };

/*
 * The phrase of a request (src/common/phrase.ts), bounded here: it comes from the content
 * script's port, but its words are a web page's text.
 */

const MAX_ITEMS = 60;
const MAX_TEXT = 120;
const MAX_KEYS = 16;
const KINDS = new Set(['sign', 'spell', 'skip']);

/** The phrase of a request, or undefined when there is none or it is not one Signet wrote. */
export function parsePhrase(value: unknown): PhraseRequest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { items, cut } = value as { items?: unknown; cut?: unknown };
  if (!Array.isArray(items) || items.length < 2 || items.length > MAX_ITEMS) return undefined;
  const parsed: PhraseItem[] = [];
  for (const item of items) {
    const { kind, text, keys } = (item ?? {}) as Record<string, unknown>;
    if (typeof kind !== 'string' || !KINDS.has(kind) || typeof text !== 'string' || text.trim() === '' || text.length > MAX_TEXT) return undefined;
    if (!Array.isArray(keys) || keys.length > MAX_KEYS || !keys.every((k) => typeof k === 'string' && k !== '' && k.length <= MAX_TEXT)) return undefined;
    if (kind === 'sign' && keys.length === 0) return undefined;
    parsed.push({ kind: kind as PhraseItem['kind'], text, keys: [...keys] as string[] });
  }
  return { items: parsed, cut: typeof cut === 'number' && Number.isInteger(cut) && cut >= 0 ? cut : 0 };
}
