import { Highlighter } from './highlighter';
import { watchMutations } from './mutations';
import { Overlay } from './overlay';
import { RunIndex } from './run-index';
import { Scanner } from './scanner';
import { blockOf } from './text-runs';
import { Triggers } from './triggers';
import { WordLookup } from './word-lookup';

/**
 * Signet on a page: scan the text, mark words that have a sign, play a sign when the reader
 * points at one. The page's DOM is read, never changed, apart from the overlay's one host.
 */
function start(): void {
  // Only real documents: not the extension's own pages, not XML/SVG documents.
  if (!(document.documentElement instanceof HTMLElement) || location.protocol === 'chrome-extension:') return;
  const pageLang = document.documentElement.lang.trim();
  const locale = pageLang || navigator.language || 'fr';
  const index = new RunIndex();
  const highlighter = new Highlighter();
  const overlay = new Overlay(pageLang);
  const lookup = new WordLookup(pageLang);
  const scanner = new Scanner(index, highlighter, lookup, () => overlay.element, locale);
  new Triggers(index, overlay).attach();

  void scanner.scan(document.body ?? document.documentElement);
  const isOurs = (node: Node) => node === overlay.element;
  watchMutations(document.documentElement, isOurs, (targets) => {
    const blocks = new Set<Node>();
    for (const target of targets) blocks.add(blockOf(target) ?? target);
    void scanner.rescan([...blocks]);
  });
}

start();
