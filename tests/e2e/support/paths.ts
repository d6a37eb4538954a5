import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** ../shared beside the repository: real sign videos and real web pages, never copied in. */
export const SHARED = resolve(REPO_ROOT, '../shared');
export const ELIX_DIR = resolve(SHARED, 'data/lsf-elix');
export const PAGES_DIR = resolve(SHARED, 'data/pages');
export const FIXTURE_PAGES_DIR = resolve(REPO_ROOT, 'tests/fixtures/pages');
/** The extension as published (`npm run build`): no test hook in it. */
export const DIST_DIR = resolve(REPO_ROOT, 'dist');
/** The test build (`npm run build:test`): the same extension plus the hooks tests drive (`__signet`). */
export const TEST_DIST_DIR = resolve(REPO_ROOT, 'dist-test');

export function requireBuilt(dir = TEST_DIST_DIR): void {
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    const name = dir === DIST_DIR ? 'dist/' : 'dist-test/';
    const command = dir === DIST_DIR ? 'npm run build' : 'npm run build:test';
    throw new Error(`${name} is missing: run \`${command}\` first (npm run test:e2e does).`);
  }
}
