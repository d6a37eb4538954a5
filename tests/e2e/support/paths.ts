import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** ../shared beside the repository: real sign videos and real web pages, never copied in. */
export const SHARED = resolve(REPO_ROOT, '../shared');
export const ELIX_DIR = resolve(SHARED, 'data/lsf-elix');
export const PAGES_DIR = resolve(SHARED, 'data/pages');
export const FIXTURE_PAGES_DIR = resolve(REPO_ROOT, 'tests/fixtures/pages');
export const DIST_DIR = resolve(REPO_ROOT, 'dist');

export function requireBuilt(): void {
  if (!existsSync(resolve(DIST_DIR, 'manifest.json'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does).');
  }
}
