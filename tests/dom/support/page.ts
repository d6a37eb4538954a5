/**
 * A fixture for the DOM tests: a block of the test page filled with some HTML, in a fixed font so
 * that words have boxes the hit tests can aim at, and the scanner's own pipeline in miniature
 * (runs, tokens, matches, index) over it, for a small dictionary given as a list of words.
 */
import { findMatches } from '../../../src/core/match';
import { normaliseWord } from '../../../src/core/text/normalise';
import { tokenize } from '../../../src/core/text/tokenize';
import type { WordInfo } from '../../../src/core/words';
import { RunIndex, type RunRecord } from '../../../src/content/run-index';
import { createRunCollector, type TextRun } from '../../../src/content/text-runs';

/** Replaces what the previous test left in the page with a <div> holding `html`. */
export function mount(html: string): HTMLDivElement {
  document.body.replaceChildren();
  document.body.style.margin = '0';
  const root = document.createElement('div');
  root.style.font = '20px/30px monospace';
  root.style.padding = '20px';
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

/** Every run under `root`, in one go. */
export function collectRuns(root: Node, host: Element | null = null, onShadowHost?: (el: Element) => void): TextRun[] {
  const runs: TextRun[] = [];
  const step = createRunCollector(root, host, (run) => runs.push(run), onShadowHost);
  if (!step(() => false)) throw new Error('The walk stopped without a deadline.');
  return runs;
}

/**
 * The runs under `root`, read and matched as the scanner does against a dictionary of `words`,
 * each its own key; an entry of several words ("réseau local") is an expression.
 */
export function indexWords(root: Node, words: readonly string[], index = new RunIndex()): { index: RunIndex; records: RunRecord[] } {
  const info = new Map<string, WordInfo>();
  const infoOf = (key: string) => info.get(key) ?? info.set(key, { keys: [], continuations: [], alts: [] }).get(key)!;
  for (const word of words) {
    const [first, ...rest] = tokenize(word, 'fr').map((t) => t.key);
    if (rest.length === 0) infoOf(first!).keys.push(first!);
    else infoOf(first!).continuations.push({ key: normaliseWord(word), rest });
  }
  const records: RunRecord[] = [];
  for (const run of collectRuns(root)) {
    const tokens = tokenize(run.text, 'fr');
    const matches = findMatches(tokens, (token) => info.get(token.key));
    const record = index.add(run, tokens.length, matches);
    if (record) records.push(record);
  }
  return { index, records };
}

/** The first text node under `root` whose data contains `text`, and the offset of `text` in it. */
export function textAt(root: Node, text: string): { node: Text; offset: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const offset = node.data.indexOf(text);
    if (offset >= 0) return { node, offset };
  }
  throw new Error(`No text node holds "${text}".`);
}

/** The on-screen box of characters [offset, offset + length) of `node`. */
export function charBox(node: Text, offset: number, length = 1): DOMRect {
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + length);
  return range.getBoundingClientRect();
}
