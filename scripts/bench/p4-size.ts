/**
 * P4, size: what a page downloads from the extension to run Signet (the content script: the
 * manifest's loader and every module it imports, plus its CSS), and what the whole built
 * extension weighs, gzip-compressed (level 9) file by file, and as a .zip of dist/ (how stores
 * receive it).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';

export interface SizeResult {
  contentScript: { files: Array<{ file: string; bytes: number; gzip: number }>; bytes: number; gzip: number };
  extension: { files: number; bytes: number; gzipSum: number; zip: number };
}

const gzipSize = (data: Buffer) => gzipSync(data, { level: 9 }).length;

export function measureSize(distDir: string): SizeResult {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  };
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const script of manifest.content_scripts ?? []) {
    queue.push(...(script.js ?? []), ...(script.css ?? []));
  }
  while (queue.length > 0) {
    const file = posix.normalize(queue.shift()!);
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) queue.push(...importsOf(file, readFileSync(join(distDir, file), 'utf8')));
  }
  const files = [...seen].map((file) => {
    const data = readFileSync(join(distDir, file));
    return { file, bytes: data.length, gzip: gzipSize(data) };
  });

  const all = listFiles(distDir);
  let bytes = 0;
  let gzipSum = 0;
  for (const file of all) {
    const data = readFileSync(file);
    bytes += data.length;
    gzipSum += gzipSize(data);
  }
  return {
    contentScript: { files, bytes: sum(files.map((f) => f.bytes)), gzip: sum(files.map((f) => f.gzip)) },
    extension: { files: all.length, bytes, gzipSum, zip: zipSize(distDir, all) },
  };
}

/**
 * Modules a built file loads: static imports ("./x.js"), dynamic imports, and the crxjs loader's
 * chrome.runtime.getURL("assets/….js") (relative to the extension's root, not to the file).
 */
function importsOf(file: string, code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?:from\s*|import\s*\(\s*|import\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) found.push(posix.join(posix.dirname(file), m[1]!));
  for (const m of code.matchAll(/getURL\(\s*["']([^"']+\.js)["']\s*\)/g)) found.push(m[1]!.replace(/^\//, ''));
  return found;
}

function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...listFiles(path));
    else files.push(path);
  }
  return files;
}

/** The size of a .zip of these files (deflate level 9 each, local headers and central directory). */
function zipSize(root: string, files: string[]): number {
  let size = 22; // End of central directory.
  for (const file of files) {
    const name = Buffer.byteLength(relative(root, file).split(/[\\/]/).join('/'));
    const data = readFileSync(file);
    const deflated = deflateRawSync(data, { level: 9 }).length;
    // A file that does not shrink is stored as is.
    size += 30 + name + Math.min(deflated, data.length) + 46 + name;
  }
  return size;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
