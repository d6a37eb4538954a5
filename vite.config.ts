import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { contentScriptAsOneFile } from './scripts/content-one-file';

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifest as never }), contentScriptAsOneFile()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    // The player page is only listed under web_accessible_resources; crxjs copies such pages
    // as-is, so it must also be a Vite input to get its TypeScript compiled. The studio is in no
    // manifest field at all (popup, options and player link to it).
    rollupOptions: { input: { player: 'src/player/index.html', studio: 'src/studio/index.html' } },
  },
});
