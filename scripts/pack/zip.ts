/**
 * A pack as one .zip file (what Signet's studio exports): pack.json and the videos, at the root
 * of the archive or inside one top folder. The command extracts it into a temporary folder and
 * runs on that, so `validate` and `build` check a zip exactly as they check a folder. Names that
 * would land outside the folder ("../x", "/etc/x", "C:\x") are refused, as are archives larger
 * than a pack could reasonably be.
 */
import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { PackV1 } from '../../src/core/pack/types';
import { CommandError } from './errors';

/** 2 GB: 500 signs of a few MB each, with room. */
export const MAX_ZIP_BYTES = 2 * 1024 * 1024 * 1024;

export function isZipPath(target: string): boolean {
  return /\.zip$/i.test(target);
}

export interface ExtractedZip {
  /** The folder holding pack.json (or index.tsv). */
  folder: string;
  remove(): Promise<void>;
}

export async function extractZip(file: string): Promise<ExtractedZip> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new CommandError([`${file}: no such file`]);
  if (info.size > MAX_ZIP_BYTES) throw new CommandError([`${file}: larger than ${MAX_ZIP_BYTES / 1024 ** 3} GB`]);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(new Uint8Array(await readFile(file)));
  } catch (error) {
    throw new CommandError([`${file}: not a zip file (${(error as Error).message})`]);
  }
  const names = Object.keys(files).filter((name) => !name.endsWith('/'));
  for (const name of names) {
    const normalised = path.posix.normalize(name);
    if (name.includes('\\') || path.posix.isAbsolute(name) || /^[A-Za-z]:/.test(name) || normalised === '..' || normalised.startsWith('../')) {
      throw new CommandError([`${file}: the archive holds "${name}", a path outside its folder`]);
    }
  }
  const top = topFolder(names);
  if (!names.some((name) => name === `${top}pack.json` || name === `${top}index.tsv`)) {
    throw new CommandError([`${file}: not a Signet pack (no pack.json${top ? ` in ${top}` : ''} at the top of the archive)`]);
  }
  const root = await mkdtemp(path.join(tmpdir(), 'signet-zip-'));
  for (const name of names) {
    const destination = path.join(root, name);
    await mkdir(path.dirname(destination), { recursive: true });
    await writeFile(destination, files[name]!);
  }
  return { folder: path.join(root, top), remove: () => rm(root, { recursive: true, force: true }) };
}

/** "signes/" when every file of the archive is inside that one folder, else "". */
function topFolder(names: readonly string[]): string {
  const first = names[0]?.split('/')[0];
  if (!first || names.some((name) => !name.startsWith(`${first}/`))) return '';
  return `${first}/`;
}

/**
 * A pack's entries as the build command's input: an index.tsv (one row per video: its word
 * cell "a|b" for several forms, its id, signer, region, definition) and a pack.meta.json of its
 * header, written beside the pack's own files. The build then measures and copies the videos
 * as it does for any folder. Line breaks in a definition become spaces (TSV has no quoting).
 */
export async function packAsBuildInput(folder: string): Promise<void> {
  const pack = JSON.parse(await readFile(path.join(folder, 'pack.json'), 'utf8')) as PackV1;
  if (!Array.isArray(pack.entries)) throw new CommandError(['a sharded pack cannot be rebuilt from a zip: build it from its source folder']);
  const cell = (text: string | undefined) => (text ?? '').replace(/[\t\r\n]+/g, ' ');
  const rows = ['id\tword\tfile\tsigner\tregion\tdefinition'];
  for (const entry of pack.entries) {
    entry.videos.forEach((video, i) => {
      const id = entry.videos.length > 1 ? '' : entry.id;
      rows.push([i === 0 ? id : '', entry.forms.join('|'), decodeURIComponent(video.url), video.signer, video.region, entry.definition].map(cell).join('\t'));
    });
  }
  await writeFile(path.join(folder, 'index.tsv'), rows.join('\n') + '\n');
  const { entries: _entries, format: _format, formatVersion: _version, ...header } = pack as PackV1 & { $schema?: string };
  delete (header as { $schema?: string }).$schema;
  await writeFile(path.join(folder, 'pack.meta.json'), JSON.stringify(header, null, 2));
}
