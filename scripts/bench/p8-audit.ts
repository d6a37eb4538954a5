/**
 * P8: how fast `npm run audit` reads a site: the real pages audited in one run, one tab at a
 * time and two at once, through the same code as the command (scripts/audit/run.ts).
 */
import type { AuditOptions } from '../audit/options';
import { runAudit } from '../audit/run';

export interface AuditRate {
  concurrency: number;
  pages: number;
  errors: number;
  /** The pages' part of the run, and the whole run (browser start and pack install included). */
  pagesS: number;
  totalS: number;
  pagesPerSecond: number;
}

export async function measureAuditRate(
  extensionDir: string,
  pageUrls: readonly string[],
  packUrls: readonly string[],
  concurrencies: readonly number[],
  log: (line: string) => void,
): Promise<AuditRate[]> {
  const rates: AuditRate[] = [];
  for (const concurrency of concurrencies) {
    const options: AuditOptions = {
      targets: [...pageUrls],
      packs: [...packUrls],
      sitemaps: [],
      crawl: false,
      maxPages: pageUrls.length,
      maxDepth: 0,
      include: [],
      exclude: [],
      concurrency,
      timeoutMs: 60_000,
      minCoverage: null,
      minSiteCoverage: null,
      json: null,
      csv: null,
      html: null,
      offline: true,
      sitePacks: true,
      extensionDir,
      quiet: true,
      linguaLibreEndpoints: null,
    };
    const run = await runAudit(options, () => undefined);
    const audited = run.pages.filter((p) => !p.error).length;
    const rate = { concurrency, pages: audited, errors: run.pages.length - audited, pagesS: round(run.pagesS), totalS: round(run.durationS), pagesPerSecond: round(audited / run.pagesS) };
    log(`  P8 concurrency ${concurrency}: ${rate.pages} pages in ${rate.pagesS} s = ${rate.pagesPerSecond} pages/s (${rate.totalS} s with the browser's start)`);
    rates.push(rate);
  }
  return rates;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
