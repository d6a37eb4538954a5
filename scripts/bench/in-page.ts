/**
 * Code the bench runs inside the measured page (the page's main world, never Signet's), as
 * strings with a `//# sourceURL` so that their samples can be told apart in CPU profiles.
 */
import { SKIPPED_TAGS } from '../../src/content/text-runs';
import { wordRunPattern } from '../../src/core/text/tokenize';
import { ANCHOR_URL, BARE_URL, FLOOR_URL, SIGNIT_URL } from './profile';

/**
 * The floor: the least any scanner must do on this page. A TreeWalker over the same text nodes
 * (the same skipped elements, SKIPPED_TAGS of text-runs.ts, and the same contenteditable rule) and the regular expression the tokenizer
 * runs over each of them (wordRunPattern), with no lookup, no matching and no highlight, compiling its expression as
 * any scanner must. Timed with performance.now;
 * its CPU-profile samples are also summed, so it can be compared with Signet's by one instrument.
 */
export function floorExpression(): string {
  // Wrapped in a group that changes nothing it matches, so that the floor compiles its own copy.
  // V8 caches compiled regular expressions per isolate, keyed by source and flags, and the page's
  // main world shares its isolate with Signet's content script: with the very same source, the
  // floor ran on the code Signet had compiled and skipped a cost any scanner pays once per page
  // (lemonde-1: 4.4 ms with Signet's compiled expression, 11.1 ms compiling its own).
  const pattern = wordRunPattern();
  const re = new RegExp(`(?:${pattern.source})`, pattern.flags);
  return `(() => {
  const skipped = new Set(${JSON.stringify(SKIPPED_TAGS)});
  const re = new RegExp(${JSON.stringify(re.source)}, ${JSON.stringify(re.flags)});
  const started = performance.now();
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== 1) return NodeFilter.FILTER_ACCEPT;
      if (skipped.has(node.localName)) return NodeFilter.FILTER_REJECT;
      const editable = node.getAttribute('contenteditable');
      return editable !== null && editable !== 'false' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  let nodes = 0, chars = 0, words = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    nodes++;
    chars += node.data.length;
    for (const match of node.data.matchAll(re)) words++;
  }
  return { ms: performance.now() - started, nodes, chars, words };
})()
//# sourceURL=${FLOOR_URL}`;
}

/**
 * The bare cold floor, the headline ratio's denominator: a SHOW_TEXT TreeWalker over the body
 * (no filter, nothing skipped) and one Unicode word expression matched over each text node, as
 * the issue measuring Signet (#16) defines it. Cold: `nonce` changes both the script's source
 * and the expression's (an empty-quantified group that matches nothing more), so that V8 has
 * compiled neither before, in this page or an earlier one of the same renderer.
 */
export function bareFloorExpression(nonce: string): string {
  if (!/^\d+$/.test(nonce)) throw new Error('the nonce must be digits');
  return `(() => {
  // cold ${nonce}
  const re = new RegExp(${JSON.stringify(`[\\p{L}\\p{M}\\p{N}]+(?:${nonce}){0}`)}, 'gu');
  const started = performance.now();
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  let nodes = 0, words = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes++;
    for (const match of node.data.matchAll(re)) words++;
  }
  return { ms: performance.now() - started, nodes, words };
})()
//# sourceURL=${BARE_URL}`;
}

/**
 * A re-creation of SignIt's highlighter, for comparison with the same word list: one
 * alternation expression of every dictionary word of the page's language (`wordsByLang`, by
 * primary subtag of <html lang>), case-insensitive between \b, replaced over the innerHTML of
 * every p, li, h2, h3 and a, as SignIt wraps its matches in spans. The new HTML is built but not
 * assigned (the page must stay as it is for Signet, which would rescan it): a lower bound of
 * SignIt's cost, without the re-parsing. Returns null for a page of no listed language.
 */
export function signitExpression(wordsByLang: Record<string, readonly string[]>, nonce: string): string {
  return `((wordsByLang) => {
  // cold ${nonce}
  const lang = (document.documentElement.lang || '').split(/[-_]/)[0].toLowerCase();
  const words = wordsByLang[lang];
  if (!words || words.length === 0) return null;
  const started = performance.now();
  const re = new RegExp(${JSON.stringify('\\b(')} + words.join('|') + ${JSON.stringify(')\\b')}, 'gi');
  let elements = 0, marks = 0, chars = 0;
  for (const el of document.querySelectorAll('p, li, h2, h3, a')) {
    elements++;
    const html = el.innerHTML.replace(re, (word) => {
      marks++;
      return '<span class="signit-word">' + word + '</span>';
    });
    chars += html.length;
  }
  return { ms: performance.now() - started, elements, marks, chars };
})(${JSON.stringify(escapeWords(wordsByLang))})
//# sourceURL=${SIGNIT_URL}`;
}

/** The words as literal alternatives of a regular expression. */
function escapeWords(wordsByLang: Record<string, readonly string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(wordsByLang).map(([lang, words]) => [lang, words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))]));
}

/**
 * Busy for 10 ms at a known performance.now(): its first sample ties the profile's clock to the
 * page's. Long enough to be sampled even when a busy machine stretches the sampling interval.
 */
export const ANCHOR_EXPRESSION = `(() => {
  const at = performance.now();
  while (performance.now() - at < 10) {}
  return at;
})()
//# sourceURL=${ANCHOR_URL}`;

/**
 * Installed before the page's own scripts (evaluateOnNewDocument): records long tasks, and the
 * first animation frame in which one of Signet's marks lies in the viewport (what a reader sees).
 * Marks are looked for only among ranges added since the last frame, so the watch stays cheap
 * on pages with thousands of marks.
 */
export const PAGE_PROBE = `(() => {
  const probe = { longTasks: [], firstMarkMs: null };
  Object.defineProperty(window, '__signetBench', { value: probe });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  let checked = 0;
  const watch = () => {
    if (typeof CSS === 'undefined' || !CSS.highlights) return;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('signet-word') || highlight.size <= checked) continue;
      let index = 0;
      let looked = 0;
      for (const mark of highlight) {
        if (index++ < checked) continue;
        // Marks may be StaticRanges, which have no geometry: measure them through a live Range.
        const range = document.createRange();
        range.setStart(mark.startContainer, mark.startOffset);
        range.setEnd(mark.endContainer, mark.endOffset);
        const r = range.getBoundingClientRect();
        if (r.width > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth) {
          probe.firstMarkMs = performance.now();
          return;
        }
        if (++looked >= 200) break;
      }
      checked = index;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})();`;
