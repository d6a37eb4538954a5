import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer';
import { requireBuilt, TEST_DIST_DIR } from './paths';

/** Debian's Chromium by default; PUPPETEER_EXECUTABLE_PATH points elsewhere on other machines. */
export const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';

/**
 * SIGNET_HEADED=1 opens the browsers of the tests in windows, to watch one test file fail (it
 * needs a display: `xvfb-run` gives one on a machine without). Headless otherwise, so that a run
 * on a shared machine or in CI never depends on a screen. Read by the Firefox tests too.
 */
export const HEADED = process.env.SIGNET_HEADED === '1';

export interface SignetBrowser {
  browser: Browser;
  extensionId: string;
  /** The extension's service worker (for test-only globals such as __signet). */
  worker: WebWorker;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Browser UI language, e.g. "fr" or "en". */
  lang?: string;
  extraArgs?: string[];
  /** The built extension to load: the test build (dist-test/) unless said otherwise (the bench loads a copy of it). */
  extensionDir?: string;
  /**
   * Keep the Lingua Libre source that a first install adds. Off by default: most tests install
   * their own pack and expect only it; the production endpoint is unreachable here anyway.
   */
  keepDefaultSources?: boolean;
  /** Leave the welcome tab that installing opens. */
  keepWelcome?: boolean;
  /** A profile to start with and keep (a browser restart on the same profile); default: a fresh one, deleted on close. */
  userDataDir?: string;
  /** Let the browser reach every host (`npm run audit` on a real site); by default only 127.0.0.1 and localhost. */
  openNetwork?: boolean;
}

export const VIEWPORT = { width: 1280, height: 900 };

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  // Without these Chromium keeps dialling Google's hosts, which a closed network refuses.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The real pages ask for ads and fonts from dozens of hosts: fail those at once, as an
 * offline machine would, instead of waiting on DNS (bbc-1.html took 20 s to parse without).
 */
const LOCAL_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost';

export interface LaunchedChromium {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Chromium with a fresh profile and no traffic to the outside, with or without an extension:
 * the tests, the demo and the bench (whose memory baseline runs without Signet) launch it alike.
 */
export async function launchChromium(options: Omit<LaunchOptions, 'keepDefaultSources'> & { extension?: boolean } = {}): Promise<LaunchedChromium> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'signet-profile-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: options.headless ?? !HEADED,
    pipe: true,
    ...(options.extension === false ? {} : { enableExtensions: [options.extensionDir ?? TEST_DIST_DIR] }),
    userDataDir,
    defaultViewport: VIEWPORT,
    args: [...CHROMIUM_ARGS, ...(options.openNetwork ? [] : [LOCAL_ONLY]), ...(options.lang ? [`--lang=${options.lang}`] : []), ...(options.extraArgs ?? [])],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Chromium with the built extension loaded and ready. */
export async function launchSignet(options: LaunchOptions = {}): Promise<SignetBrowser> {
  if (!options.extensionDir) requireBuilt();
  const { browser, close } = await launchChromium(options);
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
  const extensionId = new URL(target.url()).host;
  const worker = (await target.worker())!;
  // The worker target exists before its script has run: wait for the flag it sets when ready.
  await waitFor(() => worker.evaluate(() => (globalThis as { __signetReady?: boolean }).__signetReady === true), 15_000);
  // The first-install work (the Lingua Libre source, which fails here) must be over before tests start.
  await worker.evaluate(() => Promise.race([globalThis.__signet!.installed(), new Promise((r) => setTimeout(r, 10_000))]));
  if (!options.keepDefaultSources) await worker.evaluate(() => globalThis.__signet!.removeSource('lingualibre-fsl'));
  // The welcome page opened at install: closed, unless the test is about it (welcome.test.ts).
  if (!options.keepWelcome) {
    const welcome = await browser.waitForTarget((t) => t.url().includes('/src/welcome/index.html'), { timeout: 5_000 }).catch(() => null);
    await (await welcome?.page())?.close();
  }
  return { browser, extensionId, worker, extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`, close };
}

type Falsy = null | undefined | false | 0 | '';

/** Polls `probe` until it returns something truthy, and returns that. */
export async function waitFor<T>(probe: () => Promise<T | Falsy> | T | Falsy, timeoutMs = 10_000, intervalMs = 50): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as T;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs} ms (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Installs a dictionary the way a user does: options page, URL field, Enter. */
export async function installPackThroughOptions(signet: SignetBrowser, packUrl: string): Promise<Page> {
  const page = await signet.browser.newPage();
  await page.goto(signet.extensionUrl('src/options/index.html'));
  await page.waitForSelector('#pack-url');
  await page.type('#pack-url', packUrl);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="source"]').length > 0 || document.querySelector('[role="alert"]'), { timeout: 30_000 });
  const alert = await page.$eval('[role="alert"]', (el) => el.textContent).catch(() => null);
  if (alert) throw new Error(`Installing ${packUrl} failed: ${alert}`);
  return page;
}

/** Errors in a page's console that come from Signet (the pages' own failures are theirs). */
export function collectSignetErrors(page: Page, extensionId: string): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    const where = msg.location()?.url ?? '';
    if ((msg.type() === 'error' || msg.type() === 'warn') && (where.includes(extensionId) || msg.text().includes(extensionId) || /signet/i.test(msg.text()))) {
      errors.push(`${msg.type()}: ${msg.text()} @ ${where}`);
    }
  });
  page.on('pageerror', (error) => {
    const text = String((error as Error).stack ?? error);
    if (text.includes(extensionId) || /signet/i.test(text)) errors.push(`pageerror: ${text}`);
  });
  return errors;
}
