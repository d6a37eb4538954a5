import { PageController } from './controller';

/**
 * Signet on a page: scan the text, mark words that have a sign, play a sign when the reader
 * points at one, as the reader's settings say. The page's DOM is read, never changed, apart
 * from the overlay's one host.
 *
 * Injected at document_start (manifest.json): the settings are read and the background woken
 * while the page is parsed, and the text is read once it is (DOMContentLoaded). Injected at
 * document_end, it started 13–34 ms after DOMContentLoaded (lemonde-1), and all of that after.
 */
function start(): void {
  if (location.protocol === 'chrome-extension:') return;
  // Firefox may inject before the document has its root element: start once it is parsed.
  if (!document.documentElement) {
    document.addEventListener('DOMContentLoaded', start, { once: true });
    return;
  }
  // Only real documents: not the extension's own pages, not XML/SVG documents.
  if (!(document.documentElement instanceof HTMLElement)) return;
  const lang = document.documentElement.lang.trim();
  new PageController({ lang, locale: lang || navigator.language || 'fr' }, documentParsed()).start();
}

function documentParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

start();
