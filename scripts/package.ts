/**
 * `npm run package`: the store packages, after the production builds.
 *
 * Writes to .out/packages/:
 * - signet-chrome-<version>.zip: dist/, for the Chrome Web Store;
 * - signet-firefox-<version>.zip: dist-firefox/, for addons.mozilla.org;
 * - signet-sources-<version>.zip: the tracked files needed to rebuild both (addons.mozilla.org
 *   asks for the sources of any minified add-on; README.md says how to build them).
 * The zips are deterministic (see zip-writer.ts): two runs on the same commit give the same
 * sha256, printed for each file.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { zip, type ZipEntry } from './package/zip-writer';

const ROOT = resolve(import.meta.dirname, '..');

function filesUnder(folder: string): ZipEntry[] {
  const entries: ZipEntry[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else entries.push({ name: relative(folder, path).split(sep).join('/'), data: readFileSync(path) });
    }
  };
  walk(folder);
  return entries;
}

/** The files git tracks: what a clean clone holds, nothing built, nothing local. */
function sources(): ZipEntry[] {
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
  } catch {
    throw new Error('The sources zip lists the files git tracks: run `npm run package` in a git clone of Signet.');
  }
  return listed
    .split('\0')
    .filter((name) => name !== '')
    .map((name) => ({ name, data: readFileSync(join(ROOT, name)) }));
}

function builtFolder(name: string): string {
  const folder = join(ROOT, name);
  try {
    statSync(join(folder, 'manifest.json'));
  } catch {
    throw new Error(`${name}/manifest.json is missing: run \`npm run package\`, which builds it first.`);
  }
  return folder;
}

const { values } = parseArgs({ options: { out: { type: 'string', default: '.out/packages' } } });
const outDir = resolve(ROOT, values.out!);
mkdirSync(outDir, { recursive: true });
const { version } = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { version: string };

const packages: Array<[string, () => ZipEntry[]]> = [
  [`signet-chrome-${version}.zip`, () => filesUnder(builtFolder('dist'))],
  [`signet-firefox-${version}.zip`, () => filesUnder(builtFolder('dist-firefox'))],
  [`signet-sources-${version}.zip`, sources],
];
for (const [name, entries] of packages) {
  const bytes = zip(entries());
  writeFileSync(join(outDir, name), bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  console.log(`${sha256}  ${relative(ROOT, join(outDir, name))} (${bytes.length} bytes)`);
}
