/**
 * `--pack pack.zip`: a pack folder zipped, unpacked into a temporary folder before it is served
 * (read by src/common/pack-archive.ts, which refuses names that would land outside the folder).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ArchiveError, archiveFiles, unzipBytes } from '../../src/common/pack-archive';
import { CommandError } from '../pack/errors';

export function unzipTo(file: string, folder: string): void {
  try {
    const files = unzipBytes(readFileSync(file));
    for (const name of archiveFiles(files)) {
      const target = join(folder, name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, files[name]!);
    }
  } catch (error) {
    if (error instanceof ArchiveError) throw new CommandError([`--pack ${file}: ${error.message}`]);
    throw error;
  }
}
