/**
 * The published build (dist/, `npm run build`) carries no test hook: no `__signet` global in its
 * service worker, no scan markers in its content script, and no way to point Lingua Libre
 * elsewhere. The test build (dist-test/) has them, which shows the search below finds them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, waitFor, type LaunchedChromium } from './support/browser';
import { DIST_DIR, requireBuilt, TEST_DIST_DIR } from './support/paths';

const HOOK_NAMES = ['__signet', 'setLinguaLibreEndpoints'];

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });
}

/** Every built text file that names one of the hooks, as "file: name". */
function hooksIn(dir: string): string[] {
  const found: string[] = [];
  for (const file of filesOf(dir).filter((f) => /\.(js|html|json|css)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    for (const name of HOOK_NAMES) if (text.includes(name)) found.push(`${relative(dir, file)}: ${name}`);
  }
  return found;
}

describe('the production build', () => {
  it('holds no test hook in any file, while the test build does', () => {
    requireBuilt(DIST_DIR);
    requireBuilt(TEST_DIST_DIR);
    expect(hooksIn(DIST_DIR)).toEqual([]);
    const inTestBuild = hooksIn(TEST_DIST_DIR);
    expect(inTestBuild.some((hit) => hit.endsWith(': __signet'))).toBe(true);
    expect(inTestBuild.some((hit) => hit.endsWith(': setLinguaLibreEndpoints'))).toBe(true);
  });

  describe('loaded in Chromium', () => {
    let chromium: LaunchedChromium;
    beforeAll(async () => {
      chromium = await launchChromium({ extensionDir: DIST_DIR });
    });
    afterAll(async () => chromium?.close());

    it('runs a service worker without a __signet global', async () => {
      const target = await chromium.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
      const worker = (await target.worker())!;
      // The worker's script has run once its message listener is registered.
      await waitFor(() => worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { onMessage: { hasListeners(): boolean } } } }).chrome.runtime.onMessage.hasListeners()), 15_000);
      expect(await worker.evaluate(() => Object.keys(globalThis).filter((key) => key.startsWith('__signet')))).toEqual([]);
    });
  });
});
