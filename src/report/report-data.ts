import browser from 'webextension-polyfill';
import type { PageWords } from '../common/messages';
import { sendToTab } from '../common/send-tab';
import { pageCoverage } from '../core/coverage/page';
import type { PageCoverage } from '../core/coverage/types';

export const PAGE_REPORT_FORMAT = 'signet-page-report';
export const PAGE_REPORT_VERSION = 1;

/** One page's report, as the page report shows and exports it and as `npm run audit` reads it. */
export interface PageReport extends PageCoverage {
  format: typeof PAGE_REPORT_FORMAT;
  formatVersion: typeof PAGE_REPORT_VERSION;
  url: string;
  title: string;
  /** The page's language (<html lang>), "" when it does not say. */
  lang: string;
  /** Signet is on for the page and a dictionary answers for its language. */
  active: boolean;
  covered: boolean;
  /** Duration of Signet's first scan of the page, ms; null when it did not scan. */
  scanMs: number | null;
  /** <link rel="signet-pack"> of the page, null when none. */
  declaredPack: string | null;
}

export function pageReportOf(words: PageWords): PageReport {
  const { stats } = words;
  return {
    format: PAGE_REPORT_FORMAT,
    formatVersion: PAGE_REPORT_VERSION,
    url: words.url,
    title: words.title,
    lang: stats.lang,
    active: stats.active,
    covered: stats.covered,
    scanMs: words.scanMs === null ? null : Math.round(words.scanMs * 10) / 10,
    declaredPack: stats.declaredPack,
    ...pageCoverage({ words: stats.words, signedWords: stats.signedWords, marks: stats.marks, unsigned: words.unsigned, signed: words.signed }, stats.lang || browser.i18n.getUILanguage()),
  };
}

/**
 * The report of the tab named by ?tab=<id>. The page waits for Signet's scan of the tab to end
 * (the popup's count would still grow meanwhile), then has the page read again with its words.
 */
export async function loadPageReport(tabId: number): Promise<PageReport> {
  for (let i = 0; i < 600; i++) {
    const stats = await sendToTab(tabId, 'page.stats', {});
    if (!stats.scanning) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return pageReportOf(await sendToTab(tabId, 'page.words', {}));
}

export function tabFromLocation(): number | null {
  const param = new URLSearchParams(location.search).get('tab');
  return param && /^\d+$/.test(param) ? Number(param) : null;
}
