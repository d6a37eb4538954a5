/**
 * What the audit serves itself on 127.0.0.1: dictionary folders given to --pack (built first
 * when they hold videos rather than a pack.json) and local HTML files, so that the extension
 * reads them over HTTP as it reads any site (a file:// page needs a switch in the browser's
 * extension settings, and packs are only fetched over http(s)).
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { startStaticServer, type StaticServer } from '../../tests/e2e/support/static-server';
import { buildPack } from '../pack/build';
import { CommandError } from '../pack/errors';

export interface LocalServe {
  /** URL of each --pack, in order (URLs given as such are kept). */
  packUrls: string[];
  /** URL of each target: http(s) kept, files served. */
  targetUrls: string[];
  close(): Promise<void>;
}

const isUrl = (target: string) => /^https?:\/\//i.test(target);

export async function serveLocal(packs: readonly string[], targets: readonly string[]): Promise<LocalServe> {
  const mounts: Record<string, string> = {};
  const temporary: string[] = [];
  const packPaths: Array<string | null> = [];
  for (const [i, pack] of packs.entries()) {
    if (isUrl(pack)) {
      packPaths.push(null);
      continue;
    }
    const folder = await packFolder(pack, temporary);
    mounts[`/pack-${i}/`] = folder;
    packPaths.push(`/pack-${i}/pack.json`);
  }
  const folders = new Map<string, string>();
  const targetPaths = targets.map((target) => {
    if (isUrl(target)) return null;
    if (!existsSync(target) || !statSync(target).isFile()) throw new CommandError([`${target}: no such file`]);
    const folder = dirname(target);
    let mount = folders.get(folder);
    if (!mount) folders.set(folder, (mount = `/site-${folders.size}/`));
    mounts[mount] = folder;
    return mount + basename(target);
  });
  const server: StaticServer | null = Object.keys(mounts).length > 0 ? await startStaticServer(mounts) : null;
  return {
    packUrls: packs.map((pack, i) => packPaths[i] ? server!.url(packPaths[i]!) : pack),
    targetUrls: targets.map((target, i) => (targetPaths[i] ? server!.url(targetPaths[i]!) : target)),
    close: async () => {
      await server?.close();
      for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A folder with pack.json is a pack; a folder of videos (with index.tsv or not) is built into one first. */
async function packFolder(path: string, temporary: string[]): Promise<string> {
  if (!existsSync(path)) throw new CommandError([`--pack ${path}: no such file or folder`]);
  if (statSync(path).isFile()) {
    if (basename(path) === 'pack.json') return dirname(path);
    throw new CommandError([`--pack ${path}: give a pack folder, its pack.json or a URL (zip files are not read yet)`]);
  }
  if (existsSync(join(path, 'pack.json'))) return path;
  const out = mkdtempSync(join(tmpdir(), 'signet-audit-pack-'));
  temporary.push(out);
  await buildPack(path, out, {});
  return out;
}
