import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/build/firefox-manifest';
import { noRawHtml } from './scripts/build/no-raw-html';
import { pageShell } from './scripts/build/page-shell';

/**
 * Three builds of one source, chosen by the mode:
 * - `vite build` writes the Chromium extension as published to `dist/`;
 * - `--mode test` writes `dist-test/`, which also holds the hooks that the browser tests, the
 *   demo and the bench drive from outside (the worker's `__signet` global, the content script's
 *   scan markers);
 * - `--mode firefox` (`npm run build:firefox`, or SIGNET_BROWSER=firefox) writes the Firefox
 *   add-on to `dist-firefox/`. Its browser tests (tests/e2e-firefox) drive it through its pages
 *   as a reader would, so it needs no test build: Firefox's background page is not reachable
 *   from WebDriver BiDi the way Chromium's service worker is from CDP.
 * `__SIGNET_TEST_BUILD__` is replaced by a literal, so the production bundle drops the hooks'
 * code entirely rather than carrying it switched off.
 */
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox' || process.env.SIGNET_BROWSER === 'firefox';
  const testBuild = mode === 'test';
  if (firefox && testBuild) throw new Error('The Firefox build has no test variant (see vite.config.ts).');
  const outDir = firefox ? 'dist-firefox' : testBuild ? 'dist-test' : 'dist';
  return {
    plugins: [
      noRawHtml(),
      pageShell(),
      preact(),
      crx({
        manifest: (firefox ? firefoxManifest(manifest) : manifest) as never,
        browser: firefox ? 'firefox' : 'chrome',
        // Each content script of the manifest is built apart as one classic (IIFE) file
        // (src/content/index.ts → src/content/index.js) with this build's define, target and
        // minification, and the manifest names that file.
        // crxjs's default is a loader that import()s an ES module and the chunks it shares with
        // the extension's pages: seven files, all web-accessible so that a page could import
        // them. Loading that module graph cost every page 3–5 ms of main-thread time
        // (lemonde-1, yahoo-2: `npm run bench`, P1), and the listed files let any site detect
        // Signet by fetching them. One IIFE file costs one script evaluation and exposes nothing.
        contentScripts: { standaloneFiles: manifest.content_scripts.flatMap((script) => script.js) },
      }),
    ],
    define: { __SIGNET_TEST_BUILD__: JSON.stringify(testBuild) },
    build: {
      outDir,
      emptyOutDir: true,
      // Firefox ESR 153 and Chromium 120+ both run this syntax.
      target: firefox ? ['firefox142'] : 'chrome120',
      // The player page is only listed under web_accessible_resources; crxjs copies such pages
      // as-is, so it must also be a Vite input to get its TypeScript compiled.
      // The page report is opened from the popup by its URL only: it is an input of its own too,
      // and so is the welcome page, which the worker opens at install. The studio is in no
      // manifest field at all (popup, options and player link to it).
      rollupOptions: {
        input: { player: 'src/player/index.html', report: 'src/report/index.html', welcome: 'src/welcome/index.html', studio: 'src/studio/index.html' },
      },
    },
  };
});
