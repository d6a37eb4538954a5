import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ELIX_DIR, REPO_ROOT } from './paths';

export const ELIX_CREDIT = 'Elix – Signes de sens (Wikimedia Commons, CC BY-SA)';

let built: string | undefined;

/** Builds the pack of the 100 Elix sample signs with the project's own pack command (once per test file). */
export function buildElixPack(): string {
  if (built && existsSync(join(built, 'pack.json'))) return built;
  const out = mkdtempSync(join(tmpdir(), 'signet-elix-pack-'));
  execFileSync(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'),
      join(REPO_ROOT, 'scripts/pack.ts'),
      'build',
      ELIX_DIR,
      '--out',
      out,
      '--id',
      'elix-sample',
      '--name',
      'Elix (extrait)',
      '--version',
      '1.0.0',
      '--sign-language',
      'fsl',
      '--spoken-language',
      'fr',
      '--licence',
      'CC-BY-SA-4.0',
      '--attribution',
      ELIX_CREDIT,
      '--homepage',
      'https://dico.elix-lsf.fr/',
    ],
    { cwd: REPO_ROOT, stdio: 'pipe' },
  );
  built = out;
  return out;
}
