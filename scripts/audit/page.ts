/**
 * One page of the audit: loaded in a tab as a reader opens it, read by Signet, then its figures
 * taken from the extension's own page report (src/report), so that the audit, the report and
 * the popup give the same numbers. Bad input (unreachable, not HTML, redirected off the site,
 * never done loading) is this page's error; the run goes on.
 */
import type { HTTPResponse, Page } from 'puppeteer';
import { collectSignetErrors, waitFor } from '../../tests/e2e/support/browser';
import type { PageStats } from '../../src/common/messages';
import type { PageReport } from '../../src/report/report-data';
import { askTab, type AuditBrowser } from './browser';
import type { DeclaredPack } from './site-pack';

export interface PageHealth {
  /** Errors and warnings in the page's console that come from Signet. */
  signetErrors: string[];
  /**
   * Changes to the page's DOM outside Signet's one host element, seen after the document was
   * parsed: 0 on a page without scripts, where only Signet could make them.
   */
  domChangesOutsideHost: number;
}

export interface PageResult {
  url: string;
  finalUrl: string | null;
  depth: number;
  httpStatus: number | null;
  error: string | null;
  report: PageReport | null;
  health: PageHealth;
  declaredPack: DeclaredPack | null;
  /** Links of the page, for --crawl (not in the reports). */
  links: string[];
}

/** Counts DOM mutations in the page's own world once it is parsed, leaving out Signet's host. */
const DOM_PROBE = `(() => {
  let changes = 0;
  const HOST = 'SIGNET-OVERLAY';
  const isHost = (node) => node && node.nodeName === HOST;
  const start = () => new MutationObserver((records) => {
    for (const r of records) {
      if (isHost(r.target) || [...r.addedNodes, ...r.removedNodes].some(isHost)) continue;
      changes++;
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('DOMContentLoaded', start, { once: true });
  Object.defineProperty(globalThis, '__signetAuditDomChanges', { get: () => changes });
})();`;

export interface PageContext {
  signet: AuditBrowser;
  timeoutMs: number;
  /** The pack a page declares, checked (and installed when valid) once per address for the whole run. */
  declaredPack(url: string): Promise<DeclaredPack>;
  sitePacks: boolean;
}

export async function auditPage(context: PageContext, url: string, depth: number): Promise<PageResult> {
  const { signet, timeoutMs } = context;
  const page = await signet.newTab();
  const signetErrors = collectSignetErrors(page, signet.extensionId);
  const result: PageResult = { url, finalUrl: null, depth, httpStatus: null, error: null, report: null, health: { signetErrors, domChangesOutsideHost: 0 }, declaredPack: null, links: [] };
  const deadline = Date.now() + timeoutMs;
  try {
    await page.evaluateOnNewDocument(DOM_PROBE);
    const problem = checkResponse(url, await load(page, url, timeoutMs));
    result.finalUrl = page.url();
    result.httpStatus = problem.status;
    if (problem.error) throw new Error(problem.error);
    const tabId = await signet.tabIdOf(page);
    const stats = await readDone(signet, tabId, deadline);
    if (stats.declaredPack) {
      result.declaredPack = await context.declaredPack(stats.declaredPack);
      if (context.sitePacks && result.declaredPack.installedNow) {
        // Installed for this page: read it again so that its marks count with the site's signs.
        result.declaredPack = { ...result.declaredPack, installedNow: false };
        await load(page, url, Math.max(1_000, deadline - Date.now()), true);
        await readDone(signet, tabId, deadline);
      }
    }
    const report = await readReport(signet, tabId, Math.max(1_000, deadline - Date.now()));
    // The tab was found as the active one: make sure the figures are this page's.
    if (report.url !== page.url()) throw new Error(`the figures read were of another tab (${report.url})`);
    result.report = report;
    result.health.domChangesOutsideHost = await page.evaluate(() => (globalThis as { __signetAuditDomChanges?: number }).__signetAuditDomChanges ?? 0);
    result.links = await page.$$eval('a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
  } catch (error) {
    result.error ??= (error as Error).message;
  } finally {
    await signet.closeTab(page);
  }
  return result;
}

async function load(page: Page, url: string, timeoutMs: number, reload = false): Promise<HTTPResponse | null> {
  try {
    return reload ? await page.reload({ waitUntil: 'load', timeout: timeoutMs }) : await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  } catch (error) {
    const message = (error as Error).message;
    if (/timeout/i.test(message)) throw new Error(`did not finish loading within ${timeoutMs} ms`);
    throw new Error(`unreachable: ${message.replace(/ at https?:\/\/\S+$/, '')}`);
  }
}

function checkResponse(url: string, response: HTTPResponse | null): { status: number | null; error: string | null } {
  if (!response) return { status: null, error: 'no response' };
  const status = response.status();
  if (status >= 400) return { status, error: `HTTP ${status}` };
  const type = (response.headers()['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type && type !== 'text/html' && type !== 'application/xhtml+xml') return { status, error: `not an HTML page (${type})` };
  const final = new URL(response.url());
  if (final.origin !== new URL(url).origin) return { status, error: `redirected off the site, to ${final.href}` };
  return { status, error: null };
}

/** Waits until Signet's content script answers for the tab and its scan is over. */
async function readDone(signet: AuditBrowser, tabId: number, deadline: number): Promise<PageStats> {
  try {
    return await waitFor(
      async () => {
        const stats = await askTab<PageStats>(signet, tabId, 'page.stats');
        return stats && !stats.scanning ? stats : null;
      },
      Math.max(500, deadline - Date.now()),
      50,
    );
  } catch {
    throw new Error('Signet did not finish reading the page in time');
  }
}

/** The page report of the tab, as the extension computes and shows it. */
async function readReport(signet: AuditBrowser, tabId: number, timeoutMs: number): Promise<PageReport> {
  const report = await signet.newTab();
  try {
    await report.goto(signet.extensionUrl(`src/report/index.html?tab=${tabId}`));
    await report.waitForFunction(() => document.documentElement.dataset.state === 'ready' || document.documentElement.dataset.state === 'error', { timeout: timeoutMs });
    const data = await report.evaluate(() => globalThis.signetPageReport ?? null);
    if (!data) throw new Error(`the page report failed: ${await report.$eval('[role="alert"]', (el) => el.textContent).catch(() => '?')}`);
    return data;
  } finally {
    await signet.closeTab(report);
  }
}
