import type { Page } from 'puppeteer';
import { collectSignetErrors, installPackThroughOptions, launchSignet, type LaunchOptions, type SignetBrowser } from './browser';
import { buildElixPack } from './elix-pack';
import { FIXTURE_PAGES_DIR, PAGES_DIR } from './paths';
import { startStaticServer, type StaticServer } from './static-server';

export interface Session {
  server: StaticServer;
  signet: SignetBrowser;
  packUrl: string;
  /** Opens a page in a new tab, collecting Signet's console errors into `errors`. */
  open(path: string): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/**
 * The standard end-to-end setting: the Elix sample pack built by the pack command (or `pack`, a
 * pack folder of the test's own, see custom-pack.ts) served from 127.0.0.1 with the real pages,
 * Chromium with the built extension, and the pack installed through the options page as a user would.
 */
export async function startSession(options: LaunchOptions & { install?: boolean; pack?: string } = {}): Promise<Session> {
  const server = await startStaticServer({ '/pack/': options.pack ?? buildElixPack(), '/pages/': PAGES_DIR, '/fixtures/': FIXTURE_PAGES_DIR });
  const signet = await launchSignet(options);
  const packUrl = server.url('/pack/pack.json');
  if (options.install !== false) await (await installPackThroughOptions(signet, packUrl)).close();
  return {
    server,
    signet,
    packUrl,
    async open(path) {
      const page = await signet.browser.newPage();
      const errors = collectSignetErrors(page, signet.extensionId);
      await page.goto(server.url(path), { waitUntil: 'load' });
      return { page, errors };
    },
    async close() {
      await signet.close();
      await server.close();
    },
  };
}
