import type { WordCounts } from './run-index';

/** What a first scan found: its marks, and the counts (a walk over every block, so only on demand). */
interface ScanResult {
  markCount: number;
  counts(): WordCounts;
}

/**
 * When the first scan ended, and how many marks it found, as numbers on this content script's
 * own global, in the test build only: `npm run bench` reads them through DevTools to know when
 * to stop timing (only the marks near the viewport are painted, so the page's highlights do not
 * tell the whole count), and the browser tests read the counts to check that a page was read to
 * its end. An isolated world's globals are out of the page's sight, and nothing is written to the
 * page's DOM or console.
 */
export function markScanned(scan: ScanResult): void {
  // Test build only (dist-test/): the published content script sets no global at all.
  if (!__SIGNET_TEST_BUILD__) return;
  const scope = globalThis as { __signetScanned?: number; __signetMarks?: number; __signetCounts?: () => WordCounts };
  scope.__signetMarks = scan.markCount;
  // A function, so that the counts cost nothing unless asked for.
  scope.__signetCounts = () => scan.counts();
  scope.__signetScanned = performance.now();
}

/**
 * A page left unread (no dictionary in its language, controller.ts) has had its whole first scan,
 * of nothing; a scan marked before (a session since stopped) keeps its figures.
 */
export function markNotRead(): void {
  if (!__SIGNET_TEST_BUILD__ || (globalThis as { __signetScanned?: number }).__signetScanned !== undefined) return;
  markScanned({ markCount: 0, counts: () => ({ words: 0, signedWords: 0, marks: 0 }) });
}
