/**
 * The content script as one classic script, built after the main build.
 *
 * The plugin's own output for a content script is a loader that import()s an ES module and the
 * chunks it shares with the extension's pages: seven files, all listed as web-accessible so that
 * a page could import them. Loading that module graph cost every page 3–5 ms of main-thread time
 * (lemonde-1, yahoo-2: `npm run bench`, P1), more than Signet's whole scan of a short article,
 * and the listed files let any site detect Signet by fetching them. One IIFE file costs one
 * script evaluation and exposes nothing.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';

const ENTRY = 'src/content/index.ts';
const OUTPUT = 'content.js';

interface Manifest {
  content_scripts?: Array<{ js?: string[] }>;
  web_accessible_resources?: Array<{ resources: string[] }>;
}

/** Builds the content script into the main build's output directory, with its target and minification. */
export function contentScriptAsOneFile(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'signet-content-script-one-file',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const { outDir, target, minify, sourcemap } = config.build;
      await build({
        configFile: false,
        root: config.root,
        logLevel: 'warn',
        // The main build's constants (the test build's flag) apply to the content script too.
        define: config.define,
        build: {
          outDir,
          emptyOutDir: false,
          target,
          minify,
          sourcemap,
          copyPublicDir: false,
          lib: { entry: ENTRY, formats: ['iife'], name: 'signetContent', fileName: () => OUTPUT },
        },
      });
      rewriteManifest(resolve(config.root, outDir));
    },
  };
}

function rewriteManifest(outDir: string): void {
  const path = join(outDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  const [script] = manifest.content_scripts ?? [];
  const loader = script?.js?.[0];
  if (script?.js?.length !== 1 || !loader?.startsWith('assets/')) throw new Error(`${path}: expected the plugin's one content script loader`);
  // The loader names the module it imports; that module and the loader are ours alone.
  const module = /assets\/[^"'`]+\.js/.exec(readFileSync(join(outDir, loader), 'utf8'))?.[0];
  script.js = [OUTPUT];
  for (const entry of manifest.web_accessible_resources ?? []) {
    // The extension's pages load their own chunks; only documents a page embeds stay listed.
    entry.resources = entry.resources.filter((resource) => !resource.startsWith('assets/'));
  }
  manifest.web_accessible_resources = manifest.web_accessible_resources?.filter((entry) => entry.resources.length > 0);
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  rmSync(join(outDir, loader));
  if (module) rmSync(join(outDir, module), { force: true });
}
