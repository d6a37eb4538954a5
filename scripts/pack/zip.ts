/**
 * A pack as one .zip file (what Signet's studio exports): pack.json and the videos, at the root
 * of the archive or inside one top folder. The command extracts it into a temporary folder and
 * runs on that, so `validate` and `build` check a zip exactly as they check a folder. Names that
 * would land outside the folder are refused (src/common/pack-archive.ts), as are archives larger
 * than a pack could reasonably be.
 */
import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ArchiveError, archiveFiles, packFolder, unzipBytes, type Unzipped } from '../../src/common/pack-archive';
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
  let files: Unzipped;
  let names: string[];
  try {
    files = unzipBytes(new Uint8Array(await readFile(file)));
    names = archiveFiles(files);
  } catch (error) {
    if (error instanceof ArchiveError) throw new CommandError([`${file}: ${error.message}`]);
    throw error;
  }
  const top = packFolder(names, ['pack.json', 'index.tsv']);
  if (top === null) throw new CommandError([`${file}: not a Signet pack (no pack.json at the top of the archive or of its one folder)`]);
  const root = await mkdtemp(path.join(tmpdir(), 'signet-zip-'));
  for (const name of names) {
    const destination = path.join(root, name);
    await mkdir(path.dirname(destination), { recursive: true });
    await writeFile(destination, files[name]!);
  }
  return { folder: path.join(root, top), remove: () => rm(root, { recursive: true, force: true }) };
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
