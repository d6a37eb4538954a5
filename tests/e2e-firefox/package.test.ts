import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { unzipTo } from '../../scripts/audit/zip';

const ROOT = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'signet-packages-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Runs the packaging step of `npm run package` on the builds `npm test` made (dist/, dist-firefox/). */
function packageInto(dir: string): Map<string, string> {
  execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/package.ts', '--out', dir], { cwd: ROOT, stdio: 'pipe' });
  return new Map(
    readdirSync(dir).map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(join(dir, name)))
        .digest('hex'),
    ]),
  );
}

it('writes the Chrome, Firefox and sources zips, byte-identical on two runs', () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { version: string };
  const first = packageInto(join(out, 'one'));
  const second = packageInto(join(out, 'two'));
  expect([...first.keys()].sort()).toEqual([`signet-chrome-${version}.zip`, `signet-firefox-${version}.zip`, `signet-sources-${version}.zip`]);
  expect(second).toEqual(first);
});

it('puts a loadable add-on in each browser zip and the build instructions in the sources zip', () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { version: string };
  unzipTo(join(out, 'one', `signet-firefox-${version}.zip`), join(out, 'firefox'));
  unzipTo(join(out, 'one', `signet-chrome-${version}.zip`), join(out, 'chrome'));
  unzipTo(join(out, 'one', `signet-sources-${version}.zip`), join(out, 'sources'));
  const firefox = JSON.parse(readFileSync(join(out, 'firefox/manifest.json'), 'utf8'));
  const chrome = JSON.parse(readFileSync(join(out, 'chrome/manifest.json'), 'utf8'));
  expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
  expect(firefox.background.scripts).toHaveLength(1);
  expect(readFileSync(join(out, 'firefox', firefox.background.scripts[0]), 'utf8').length).toBeGreaterThan(0);
  expect(chrome.background.service_worker).toBeDefined();
  expect(chrome.browser_specific_settings).toBeUndefined();
  // What a reviewer needs to rebuild: the sources, the lockfile, the build config and how to run it.
  for (const file of ['package.json', 'package-lock.json', 'vite.config.ts', 'manifest.json', 'src/content/index.ts']) {
    expect(readFileSync(join(out, 'sources', file)).length).toBeGreaterThan(0);
  }
  expect(readFileSync(join(out, 'sources/README.md'), 'utf8')).toContain('npm run build:firefox');
  expect(readdirSync(join(out, 'sources'))).not.toContain('node_modules');
});
