import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ELIX_DIR, REPO_ROOT } from './paths';

export interface PackRow {
  /** The index.tsv "word" cell ("a|b" for two forms). */
  word: string;
  /** An Elix sample video, by its name in ../shared/data/lsf-elix/videos ("chapeau"). */
  video: string;
  definition?: string;
  /** An Elix video played as the signed definition. */
  definitionVideo?: string;
}

export interface PackOptions {
  id: string;
  signLanguage: string;
  spokenLanguage: string;
}

/**
 * A pack of a few rows made by the project's own pack command, from a temporary folder holding
 * copies of Elix sample videos and an index.tsv: a pack of another sign language (the videos
 * are LSF, which the tests do not look at), or one with definitions.
 */
export function buildCustomPack(rows: readonly PackRow[], options: PackOptions): string {
  const folder = mkdtempSync(join(tmpdir(), 'signet-custom-src-'));
  mkdirSync(join(folder, 'videos'));
  mkdirSync(join(folder, 'definitions'));
  const copy = (name: string, into: string) => {
    const file = `${into}/${name}.webm`;
    copyFileSync(join(ELIX_DIR, 'videos', `${name}.webm`), join(folder, file));
    return file;
  };
  const lines = ['word\tfile\tdefinition\tdefinition_file'];
  for (const row of rows) {
    const definitionFile = row.definitionVideo ? copy(row.definitionVideo, 'definitions') : '';
    lines.push([row.word, copy(row.video, 'videos'), row.definition ?? '', definitionFile].join('\t'));
  }
  writeFileSync(join(folder, 'index.tsv'), lines.join('\n') + '\n');
  const out = mkdtempSync(join(tmpdir(), `signet-${basename(options.id)}-pack-`));
  execFileSync(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'),
      join(REPO_ROOT, 'scripts/pack.ts'),
      'build',
      folder,
      '--out',
      out,
      '--id',
      options.id,
      '--name',
      options.id,
      '--version',
      '1.0.0',
      '--sign-language',
      options.signLanguage,
      '--spoken-language',
      options.spokenLanguage,
      '--licence',
      'CC-BY-SA-4.0',
      '--attribution',
      'Elix – Signes de sens (Wikimedia Commons, CC BY-SA)',
    ],
    { cwd: REPO_ROOT, stdio: 'pipe' },
  );
  return out;
}
