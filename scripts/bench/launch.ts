/**
 * The bench's setting: the pages, the fixtures and a large pack served from 127.0.0.1, Chromium
 * with the built extension (or, for the memory baseline, without it), and a way to read Signet's
 * state inside its own isolated world, which the page cannot see.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium, launchSignet, type LaunchedChromium, type SignetBrowser } from '../../tests/e2e/support/browser';
import { buildElixPack } from '../../tests/e2e/support/elix-pack';
import { FIXTURE_PAGES_DIR, PAGES_DIR, REPO_ROOT } from '../../tests/e2e/support/paths';
import { startStaticServer, type StaticServer } from '../../tests/e2e/support/static-server';

export { ContentWorld } from '../../tests/e2e/support/content-world';
const GENERATOR = resolve(REPO_ROOT, 'scripts/make-large-pack.ts');
const TSX = resolve(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');

export interface PackInfo {
  dir: string;
  /** The written language the pack declares: pages in that language are matched against it. */
  lang: 'fr' | 'en';
  /** The large generated pack, or the Elix sample when asked for (or when the generator is missing). */
  kind: 'large' | 'elix-sample';
  entries: number;
  /** Seconds the generator took (0 when a previous run's pack was reused). */
  generatedInS: number;
}

/**
 * The packs to install: by default one of `entries` real French words and one of `entries` real
 * English words (scripts/make-large-pack.ts), because the background answers a page only from
 * packs written in the page's language: a single pack declared French would leave the English
 * pages (wikipedia-2, guardian-1, yahoo-2) with nothing to match, and their scan would measure
 * less than a reader of them costs. Packs are kept in .out/ between runs: they only depend on
 * their arguments and on the generator.
 */
export function preparePacks(kind: 'large' | 'elix-sample', entries: number): PackInfo[] {
  if (kind === 'elix-sample' || !existsSync(GENERATOR)) {
    return [{ dir: buildElixPack(), lang: 'fr', kind: 'elix-sample', entries: 100, generatedInS: 0 }];
  }
  return (['fr', 'en'] as const).map((lang) => {
    const dir = resolve(REPO_ROOT, `.out/bench-pack-${entries}-${lang}`);
    const packFile = join(dir, 'pack.json');
    if (existsSync(packFile) && statSync(packFile).mtimeMs > statSync(GENERATOR).mtimeMs) {
      return { dir, lang, kind, entries, generatedInS: 0 };
    }
    rmSync(dir, { recursive: true, force: true });
    const started = Date.now();
    execFileSync(process.execPath, [TSX, GENERATOR, '--entries', String(entries), '--out', dir, '--lang', lang], { cwd: REPO_ROOT, stdio: 'pipe' });
    return { dir, lang, kind, entries, generatedInS: (Date.now() - started) / 1000 };
  });
}

/** A generated pack of `entries` entries in `lang` ("mixed": French and English), kept in .out/ between runs. */
export function prepareLargePack(lang: 'fr' | 'en' | 'mixed', entries: number): { dir: string; generatedInS: number } {
  const dir = resolve(REPO_ROOT, `.out/bench-pack-${entries}-${lang}`);
  const packFile = join(dir, 'pack.json');
  if (existsSync(packFile) && statSync(packFile).mtimeMs > statSync(GENERATOR).mtimeMs) return { dir, generatedInS: 0 };
  rmSync(dir, { recursive: true, force: true });
  const started = Date.now();
  execFileSync(process.execPath, [TSX, GENERATOR, '--entries', String(entries), '--out', dir, '--lang', lang], { cwd: REPO_ROOT, stdio: 'pipe' });
  return { dir, generatedInS: (Date.now() - started) / 1000 };
}

/** Every form of a pack on disk (pack.json and its shards), for the SignIt-style highlighter. */
export function packForms(dir: string): string[] {
  const pack = JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8')) as { entries?: Array<{ forms: string[] }>; shards?: Array<{ url: string }> };
  const entries = [...(pack.entries ?? [])];
  for (const shard of pack.shards ?? []) {
    const file = JSON.parse(readFileSync(join(dir, decodeURIComponent(shard.url)), 'utf8')) as { entries: Array<{ forms: string[] }> };
    entries.push(...file.entries);
  }
  return entries.flatMap((entry) => entry.forms);
}

export interface Served {
  server: StaticServer;
  /** pack.json of each pack, in the order of preparePacks (served with ETag and 304s, as a CDN would). */
  packUrls: string[];
  /** Every request served, with its status (304 included). */
  packLog: StaticServer['log'];
  pageUrl(file: string): string;
  fixtureUrl(file: string): string;
  /** An empty page on the pages' origin, to open a tab in the right renderer before profiling starts. */
  blankUrl: string;
  close(): Promise<void>;
}

export async function serve(packs: ReadonlyArray<Pick<PackInfo, 'dir'>>): Promise<Served> {
  const benchDir = mkdtempSync(join(tmpdir(), 'signet-bench-'));
  writeFileSync(join(benchDir, 'blank.html'), '<!doctype html><title>blank</title>');
  const packMounts = Object.fromEntries(packs.map((pack, i) => [`/pack-${i}/`, pack.dir]));
  const server = await startStaticServer({ ...packMounts, '/pages/': PAGES_DIR, '/fixtures/': FIXTURE_PAGES_DIR, '/bench/': benchDir });
  return {
    server,
    packUrls: packs.map((_, i) => server.url(`/pack-${i}/pack.json`)),
    packLog: server.log,
    pageUrl: (file) => server.url(`/pages/${file}`),
    fixtureUrl: (file) => server.url(`/fixtures/${file}`),
    blankUrl: server.url('/bench/blank.html'),
    close: async () => {
      await server.close();
      rmSync(benchDir, { recursive: true, force: true });
    },
  };
}

/**
 * A copy of a build taken when the bench starts: the working tree is shared, and a build started
 * meanwhile (a test run) would otherwise swap the extension under the browsers launched later.
 */
export function snapshotDist(distDir: string, name: string): string {
  const snapshot = resolve(REPO_ROOT, '.out', name);
  rmSync(snapshot, { recursive: true, force: true });
  cpSync(distDir, snapshot, { recursive: true });
  return snapshot;
}

/** Chromium with the extension in `extensionDir`, launched exactly as the tests launch it. */
export function launchSignetFrom(extensionDir: string): Promise<SignetBrowser> {
  return launchSignet({ extensionDir });
}

/** Chromium launched the same way, but without the extension (the memory baseline). */
export function launchPlain(): Promise<LaunchedChromium> {
  return launchChromium({ extension: false });
}

export function outDir(): string {
  const dir = resolve(REPO_ROOT, '.out');
  mkdirSync(dir, { recursive: true });
  return dir;
}
