import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { commands } from './tests/dom/support/commands';

export default defineConfig({
  test: {
    projects: [
      {
        // Unit tests build the background as the test build does (its hooks included).
        define: { __SIGNET_TEST_BUILD__: 'true' },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'], environment: 'node' },
      },
      {
        // The content script's DOM modules in a real page of Debian's Chromium, driven by Playwright
        // (userEvent's pointer and keys are trusted, as a reader's are). PUPPETEER_EXECUTABLE_PATH points
        // elsewhere, as for the e2e tests; Playwright downloads no browser of its own.
        // A test page is no extension: the polyfill, which throws outside one, is replaced by what
        // the overlay asks of it (tests/dom/support/no-extension.ts). An alias rather than vi.mock:
        // the mocker wraps a factory's module once more for a pre-bundled CommonJS dependency.
        resolve: { alias: { 'webextension-polyfill': fileURLToPath(new URL('tests/dom/support/no-extension.ts', import.meta.url)) } },
        test: {
          name: 'dom',
          include: ['tests/dom/**/*.browser.test.ts', 'tests/dom/**/*.browser.test.tsx'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium' } }),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1000, height: 700 },
            // The assertions say what failed; no image files left in the tree.
            screenshotFailures: false,
            commands,
          },
          // One page at a time: the CI machine has 2 cores.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: the CI machine has 2 cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // Firefox ESR with the add-on installed temporarily (tests/e2e-firefox/support/firefox.ts).
          name: 'e2e-firefox',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
