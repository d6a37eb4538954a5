import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { contentScriptAsOneFile } from './scripts/content-one-file';
import { firefoxManifest } from './scripts/build/firefox-manifest';
import { noRawHtml } from './scripts/build/no-raw-html';

/**
 * Four builds of one source, chosen by the mode:
 * - `vite build` writes the Chromium extension as published to `dist/`;
 * - `--mode test` writes `dist-test/`, which also holds the hooks that the browser tests, the
 *   demo and the bench drive from outside (the worker's `__signet` global, the content script's
 *   scan markers);
 * - `--mode firefox` (`npm run build:firefox`) writes the Firefox add-on to `dist-firefox/`, and
 *   `--mode firefox-test` its test build to `dist-firefox-test/`.
 * `__SIGNET_TEST_BUILD__` is replaced by a literal, so the production bundle drops the hooks'
 * code entirely rather than carrying it switched off.
 */
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox' || mode === 'firefox-test' || process.env.SIGNET_BROWSER === 'firefox';
  const testBuild = mode === 'test' || mode === 'firefox-test';
  const outDir = (firefox ? 'dist-firefox' : 'dist') + (testBuild ? '-test' : '');
  return {
    plugins: [
      noRawHtml(),
      preact(),
      crx({ manifest: (firefox ? firefoxManifest(manifest) : manifest) as never, browser: firefox ? 'firefox' : 'chrome' }),
      contentScriptAsOneFile(),
    ],
    define: { __SIGNET_TEST_BUILD__: JSON.stringify(testBuild) },
    build: {
      outDir,
      emptyOutDir: true,
      // Firefox ESR 153 and Chromium 120+ both run this syntax.
      target: firefox ? ['firefox142'] : 'chrome120',
      // The player page is only listed under web_accessible_resources; crxjs copies such pages
      // as-is, so it must also be a Vite input to get its TypeScript compiled.
      // The page report is opened from the popup by its URL only: it is an input of its own too.
      rollupOptions: { input: { player: 'src/player/index.html', report: 'src/report/index.html' } },
    },
  };
});
