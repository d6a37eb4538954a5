import { send } from '../common/send';
import { tokenize } from '../core/text/tokenize';
import type { TextPoint } from './hit-test';

/** Text read around the pointer to find its word: a word is far shorter. */
const AROUND = 100;

/**
 * Reports a word the reader rested on, double-clicked or selected that had no sign: the
 * background counts it in the studio's wanted words (on this computer only, never the page's
 * address; the reader can turn this off in the studio). The same word at the same place is
 * reported once until the pointer rests on another word.
 */
export function createWantedReporter(lang: string, locale: string): (point: TextPoint) => void {
  let last: { node: Text; start: number } | null = null;
  return ({ node, offset }) => {
    const from = Math.max(0, offset - AROUND);
    const text = node.data.slice(from, offset + AROUND);
    const token = tokenize(text, locale).find((t) => t.start <= offset - from && offset - from < t.end);
    if (!token) return;
    if (last && last.node === node && last.start === from + token.start) return;
    last = { node, start: from + token.start };
    void send('wanted.add', { word: token.key, lang }).catch(() => undefined);
  };
}
