import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { contentScriptAsOneFile } from './scripts/content-one-file';

/**
 * Two builds of one source. `vite build` writes the extension as published to `dist/`;
 * `vite build --mode test` writes `dist-test/`, which also holds the hooks that the browser
 * tests, the demo and the bench drive from outside (the worker's `__signet` global, the content
 * script's scan markers). `__SIGNET_TEST_BUILD__` is replaced by a literal, so the production
 * bundle drops the hooks' code entirely rather than carrying it switched off.
 */
export default defineConfig(({ mode }) => {
  const testBuild = mode === 'test';
  return {
    plugins: [preact(), crx({ manifest: manifest as never }), contentScriptAsOneFile()],
    define: { __SIGNET_TEST_BUILD__: JSON.stringify(testBuild) },
    build: {
      outDir: testBuild ? 'dist-test' : 'dist',
      emptyOutDir: true,
      target: 'chrome120',
      // The player page is only listed under web_accessible_resources; crxjs copies such pages
      // as-is, so it must also be a Vite input to get its TypeScript compiled. The studio is in no
      // manifest field at all (popup, options and player link to it).
      // The page report is opened from the popup by its URL only: it is an input of its own too.
      rollupOptions: {
        input: { player: 'src/player/index.html', report: 'src/report/index.html', studio: 'src/studio/index.html' },
      },
    },
  };
});
