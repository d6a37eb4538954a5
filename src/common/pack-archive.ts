/**
 * The one zip reader of the project (fflate), and what every reader of a pack archive checks:
 * the options page's "Install from a file", the pack command's `validate`/`build pack.zip`, and
 * the audit's `--pack pack.zip` (also used by the tests to open the packaged extension).
 * No DOM: it runs in the options page and in Node alike.
 */
import { unzip, unzipSync, type Unzipped } from 'fflate';

export type { Unzipped };

/** Why an archive was refused; `detail` is the offending entry's name, or the reader's words. */
export class ArchiveError extends Error {
  constructor(
    readonly reason: 'not-zip' | 'outside',
    readonly detail: string,
  ) {
    super(reason === 'outside' ? `the archive holds "${detail}", a path outside its folder` : `not a zip file (${detail})`);
  }
}

export function unzipBytes(bytes: Uint8Array): Unzipped {
  try {
    return unzipSync(bytes);
  } catch (error) {
    throw new ArchiveError('not-zip', (error as Error).message);
  }
}

/** Off the main thread where the platform has workers (the options page with a 2 GB file). */
export function unzipBytesAsync(bytes: Uint8Array): Promise<Unzipped> {
  return new Promise((resolve, reject) => unzip(bytes, (error, files) => (error ? reject(new ArchiveError('not-zip', error.message)) : resolve(files))));
}

/** A name that would land outside the folder it is unpacked into: "../x", "/etc/x", "C:\x". */
export function isOutside(name: string): boolean {
  if (name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name)) return true;
  const parts: string[] = [];
  for (const part of name.split('/')) {
    if (part === '..' && parts.pop() === undefined) return true;
    if (part !== '..' && part !== '.' && part !== '') parts.push(part);
  }
  return false;
}

/** The archive's files (its folder entries left out), after refusing any that would land outside. */
export function archiveFiles(files: Unzipped): string[] {
  const names = Object.keys(files).filter((name) => !name.endsWith('/'));
  const outside = names.find(isOutside);
  if (outside !== undefined) throw new ArchiveError('outside', outside);
  return names;
}

/**
 * The folder that holds the pack: "" when one of `markers` (pack.json, or the pack command's
 * index.tsv) is at the root, "signes/" when it is in one top folder (a folder zipped whole,
 * as the studio and most file managers do); null when neither.
 */
export function packFolder(names: readonly string[], markers: readonly string[] = ['pack.json']): string | null {
  for (const marker of markers) if (names.includes(marker)) return '';
  for (const marker of markers) {
    const found = names.find((name) => name.endsWith(`/${marker}`) && name.indexOf('/') === name.length - marker.length - 1);
    if (found) return found.slice(0, -marker.length);
  }
  return null;
}
