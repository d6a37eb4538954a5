import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer';
import { GECKO_ID } from '../../../scripts/build/firefox-manifest';
import { HEADED, waitFor } from '../../e2e/support/browser';
import { REPO_ROOT } from '../../e2e/support/paths';

/** Debian's Firefox ESR by default; FIREFOX_EXECUTABLE_PATH points elsewhere on other machines. */
export const FIREFOX = process.env.FIREFOX_EXECUTABLE_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_DIST_DIR = resolve(REPO_ROOT, 'dist-firefox');

/**
 * The add-on's internal UUID is random per installation; the tests fix it with Firefox's own
 * pref so that they know its pages' moz-extension:// URLs before it is installed.
 */
const ADDON_UUID = '5d1e2c3b-7a64-4f0e-9b1d-2c8e5f6a7b90';

export interface SignetFirefox {
  browser: Browser;
  /** The moz-extension:// host of Signet's pages. */
  host: string;
  extensionUrl(path: string): string;
  /** Opens one of Signet's pages in a new tab and waits for an element of it. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchSignetInFirefox(dist = FIREFOX_DIST_DIR): Promise<SignetFirefox> {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} is not built: run \`npm run build:firefox\` first.`);
  const profile = mkdtempSync(join(tmpdir(), 'signet-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: !HEADED,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 900 },
    // WebDriver BiDi refuses to navigate a tab to moz-extension:// without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: ADDON_UUID }),
      // permissions.request() opens a doorhanger in Firefox's own UI, which WebDriver cannot
      // click: with this pref Firefox grants what the options page asks for, as a reader's
      // "Allow" would (docs/BROWSERS.md: "What puppeteer cannot drive in Firefox").
      'extensions.webextOptionalPermissionPrompts': false,
      // A closed network: no update, telemetry or suggestion traffic.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.getAddons.cache.enabled': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
    },
  });
  const installed = await browser.installExtension(dist);
  if (installed !== GECKO_ID) throw new Error(`installed ${installed}, expected ${GECKO_ID}`);
  const host = `moz-extension://${ADDON_UUID}`;
  const extensionUrl = (path: string) => `${host}/${path}`;
  return {
    browser,
    host,
    extensionUrl,
    async openExtensionPage(path, ready) {
      const page = await browser.newPage();
      // Over BiDi the navigation to a moz-extension:// page does not always report its load
      // event: start it and wait for the page's own element instead.
      page.goto(extensionUrl(path)).catch(() => undefined);
      // Polled rather than page.waitForSelector: a query that lands while the tab swaps
      // about:blank for the extension page fails at once over BiDi ("right-hand side of 'in'
      // should be an object, got null") instead of being retried.
      await waitFor(() => page.$(ready), 20_000);
      return page;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The player frame showing `key`. Over BiDi, puppeteer 24 keeps the URL a Firefox iframe had
 * when it was attached (about:blank) rather than the moz-extension:// page it loaded, so frames
 * are recognised by asking each for its own location.
 */
export function firefoxPlayerFrame(page: Page, key: string): Promise<Frame> {
  const wanted = key.normalize('NFC').toLowerCase();
  return waitFor(async () => {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const shown = await frame.evaluate(() => (location.pathname === '/src/player/index.html' ? (document.querySelector('h1')?.textContent?.trim() ?? '') : null)).catch(() => null);
      if (shown?.normalize('NFC').toLowerCase() === wanted) return frame;
    }
    return null;
  }, 10_000);
}
