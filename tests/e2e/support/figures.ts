import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

/** Measurements a test took on the way, for the docs (never asserted: speed goes to figures, not to pass/fail). */
export function writeFigures(name: string, figures: Record<string, unknown>): void {
  if (Object.keys(figures).length === 0) return;
  mkdirSync(join(REPO_ROOT, '.out'), { recursive: true });
  writeFileSync(join(REPO_ROOT, `.out/${name}-figures.json`), `${JSON.stringify(figures, null, 2)}\n`);
}
