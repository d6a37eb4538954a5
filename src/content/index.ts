import { PageController } from './controller';

/**
 * Signet on a page: scan the text, mark words that have a sign, play a sign when the reader
 * points at one, as the reader's settings say. The page's DOM is read, never changed, apart
 * from the overlay's one host.
 */
function start(): void {
  // Only real documents: not the extension's own pages, not XML/SVG documents.
  if (!(document.documentElement instanceof HTMLElement) || location.protocol === 'chrome-extension:') return;
  const lang = document.documentElement.lang.trim();
  new PageController({ lang, locale: lang || navigator.language || 'fr' }).start();
}

start();
