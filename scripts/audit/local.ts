/**
 * What the audit serves itself on 127.0.0.1: dictionary folders given to --pack (built first
 * when they hold videos rather than a pack.json) and local HTML files, so that the extension
 * reads them over HTTP as it reads any site (a file:// page needs a switch in the browser's
 * extension settings, and packs are only fetched over http(s)).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { startStaticServer, type StaticServer } from '../../tests/e2e/support/static-server';
import { buildPack } from '../pack/build';
import { CommandError } from '../pack/errors';
import { unzipTo } from './zip';

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
    packUrls: packs.map((pack, i) => (packPaths[i] ? server!.url(packPaths[i]!) : pack)),
    targetUrls: targets.map((target, i) => (targetPaths[i] ? server!.url(targetPaths[i]!) : target)),
    close: async () => {
      await server?.close();
      for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A folder with pack.json is a pack; a folder of videos (with index.tsv or not) is built into one
 * first; a .zip is unpacked, its pack.json at its root or in its one top folder.
 */
async function packFolder(path: string, temporary: string[]): Promise<string> {
  if (!existsSync(path)) throw new CommandError([`--pack ${path}: no such file or folder`]);
  if (statSync(path).isFile()) {
    if (basename(path) === 'pack.json') return dirname(path);
    if (!/\.zip$/i.test(path)) throw new CommandError([`--pack ${path}: give a pack folder, its pack.json, a .zip of it or a URL`]);
    const out = mkdtempSync(join(tmpdir(), 'signet-audit-zip-'));
    temporary.push(out);
    unzipTo(path, out);
    const top = readdirSync(out);
    const root = existsSync(join(out, 'pack.json')) ? out : top.length === 1 && existsSync(join(out, top[0]!, 'pack.json')) ? join(out, top[0]!) : null;
    if (!root) throw new CommandError([`--pack ${path}: no pack.json in the zip (at its root or in its one folder)`]);
    return root;
  }
  if (existsSync(join(path, 'pack.json'))) return path;
  const out = mkdtempSync(join(tmpdir(), 'signet-audit-pack-'));
  temporary.push(out);
  await buildPack(path, out, {});
  return out;
}
