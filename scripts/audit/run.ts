/** The audit from options to results: dictionaries, the pages' queue, N tabs at a time, progress on stderr. */
import { launchAuditBrowser, installSources, type InstalledPack } from './browser';
import { matcher, PageQueue, readSitemap, sameOriginLinks } from './crawl';
import { serveLocal } from './local';
import type { AuditOptions } from './options';
import { auditPage, type PageResult } from './page';
import { declaredPacks } from './site-pack';
import { TEST_DIST_DIR } from '../../tests/e2e/support/paths';

export interface AuditRun {
  packs: InstalledPack[];
  pages: PageResult[];
  /** What Signet's background logged as errors or warnings during the run. */
  backgroundErrors: string[];
  /** Problems that are no page's: a sitemap that could not be read. */
  inputErrors: string[];
  durationS: number;
  /** Seconds from the first page opened to the last one read (the browser's start and the installs left out). */
  pagesS: number;
}

export async function runAudit(options: AuditOptions, log: (line: string) => void): Promise<AuditRun> {
  const started = Date.now();
  const local = await serveLocal(options.packs, options.targets);
  const inputErrors: string[] = [];
  const include = options.include.length > 0 ? matcher(options.include) : () => true;
  const exclude = matcher(options.exclude);
  const queue = new PageQueue(options.maxPages, (url) => include(url) && !exclude(url));
  const sitemaps = [...options.sitemaps];
  for (const url of local.targetUrls) {
    // A target ending in .xml is a sitemap, as pa11y-ci reads its --sitemap.
    if (/\.xml(?:[?#].*)?$/i.test(url)) sitemaps.push(url);
    else queue.add(url, 0);
  }
  for (const sitemap of sitemaps) {
    try {
      for (const url of await readSitemap(sitemap)) queue.add(url, 0);
    } catch (error) {
      inputErrors.push((error as Error).message);
      log(`✗ ${(error as Error).message}`);
    }
  }

  const signet = await launchAuditBrowser(options.extensionDir ?? (options.linguaLibreEndpoints ? TEST_DIST_DIR : null), options.offline).catch(async (error: unknown) => {
    await local.close();
    throw error;
  });
  const pages: PageResult[] = [];
  let packs: InstalledPack[] = [];
  let pagesS = 0;
  let backgroundErrors: string[] = [];
  try {
    packs = await installSources(
      signet,
      options.packs.map((input, i) => ({ input, url: local.packUrls[i]! })),
      options.linguaLibreEndpoints,
    );
    for (const pack of packs) log(pack.error ? `✗ dictionary ${pack.input}: ${pack.error}` : `dictionary ${pack.name} (${pack.entries} signs)`);
    const context = { signet, timeoutMs: options.timeoutMs, sitePacks: options.sitePacks, declaredPack: declaredPacks(signet, options.sitePacks) };
    let running = 0;
    let order = 0;
    let done = 0;
    const work = async () => {
      for (;;) {
        const target = queue.next();
        if (!target) {
          if (running === 0) return;
          await new Promise((resolve) => setTimeout(resolve, 50)); // A running page may still add links.
          continue;
        }
        const seq = order++;
        running++;
        let result: PageResult;
        try {
          result = await auditPage(context, target.url, target.depth);
        } catch (error) {
          // The browser itself failed (a tab that would not open): this page's error, the run goes on.
          result = {
            url: target.url,
            finalUrl: null,
            depth: target.depth,
            httpStatus: null,
            error: (error as Error).message,
            report: null,
            health: { signetErrors: [], domChangesOutsideHost: 0 },
            declaredPack: null,
            links: [],
          };
        } finally {
          running--;
        }
        pages[seq] = result;
        done++;
        if (options.crawl && !result.error && target.depth < options.maxDepth) {
          for (const link of sameOriginLinks(result.links, result.finalUrl ?? target.url)) queue.add(link, target.depth + 1);
        }
        const r = result.report;
        log(
          `[${done}/${done + queue.pending + running}] ${result.error ? `✗ ${target.url}: ${result.error}` : `${target.url}: ${(100 * r!.coverage).toFixed(1)} % (${r!.signedWords}/${r!.words} words)`}`,
        );
      }
    };
    // From here on: what the background logs while pages are read (the dictionaries' own failures are in `packs`).
    signet.backgroundErrors.length = 0;
    const pagesStarted = Date.now();
    await Promise.all(Array.from({ length: options.concurrency }, work));
    pagesS = (Date.now() - pagesStarted) / 1000;
    backgroundErrors = [...signet.backgroundErrors];
  } finally {
    await signet.close();
    await local.close();
  }
  return { packs, pages, backgroundErrors, inputErrors, durationS: (Date.now() - started) / 1000, pagesS };
}
