/**
 * The audit's options, from the command line and from a config file (`signet-audit.json` in the
 * current folder, or `--config FILE`) holding the same options, as pa11y-ci's does. The command
 * line wins over the file; lists (pages, packs, patterns) from both are joined.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface AuditOptions {
  /** Pages: http(s) URLs, local HTML files, sitemap files or URLs (ending in .xml). */
  targets: string[];
  packs: string[];
  sitemaps: string[];
  crawl: boolean;
  maxPages: number;
  maxDepth: number;
  include: string[];
  exclude: string[];
  concurrency: number;
  /** Per page: loading and reading must end within this many ms. */
  timeoutMs: number;
  /** Shares between 0 and 1 (given as percents: 40 or "40%"). */
  minCoverage: number | null;
  minSiteCoverage: number | null;
  json: string | null;
  csv: string | null;
  html: string | null;
  /** Only 127.0.0.1 and localhost are reachable (real pages' ads and fonts fail at once). */
  offline: boolean;
  /** Count the pack a page declares (<link rel="signet-pack">) with the others. */
  sitePacks: boolean;
  extensionDir: string | null;
  quiet: boolean;
  /** Lingua Libre endpoints (JSON) for the stand-in server of the tests; needs a build with the worker's test hooks. */
  linguaLibreEndpoints: Record<string, string> | null;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run audit -- <url|file.html|sitemap.xml>… [options]
  --pack <url|folder|zip>   dictionary to audit with (repeatable); default: Lingua Libre (LSF)
  --sitemap <url|file>      audit the pages of a sitemap (repeatable)
  --crawl                   follow same-origin links from the given pages
  --max-pages N             at most N pages in all (default 50)
  --max-depth D             links followed at most D deep (default 3)
  --include P, --exclude P  only / never pages whose URL matches P (* is any text; repeatable)
  --concurrency N           pages read at once (default 1)
  --timeout MS              per page, to load and be read (default 30000)
  --min-coverage P          each page needs P % of its words with a sign
  --min-site-coverage P     the site as a whole needs P %
  --json FILE, --csv FILE, --html FILE   reports (JSON: schema/audit-v1.schema.json)
  --config FILE             options as JSON (default: ./signet-audit.json when present)
  --offline                 reach only 127.0.0.1 and localhost
  --no-site-pack            do not count the pack a page declares
  --extension DIR           the built extension (default: dist/)
  --quiet                   no progress on stderr
Exit status: 0 thresholds met, 2 a threshold missed, 1 an error (page unreachable, bad pack).`;

const CONFIG_FILE = 'signet-audit.json';

const FLAGS = {
  pack: { type: 'string', multiple: true },
  sitemap: { type: 'string', multiple: true },
  crawl: { type: 'boolean' },
  'max-pages': { type: 'string' },
  'max-depth': { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  concurrency: { type: 'string' },
  timeout: { type: 'string' },
  'min-coverage': { type: 'string' },
  'min-site-coverage': { type: 'string' },
  json: { type: 'string' },
  csv: { type: 'string' },
  html: { type: 'string' },
  config: { type: 'string' },
  offline: { type: 'boolean' },
  'no-site-pack': { type: 'boolean' },
  extension: { type: 'string' },
  quiet: { type: 'boolean' },
  'lingualibre-endpoints': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The config file's keys: the long options in camel case ("maxPages"), plus "urls" for the pages. */
const CONFIG_KEYS = new Set([
  'urls',
  'packs',
  'sitemaps',
  'crawl',
  'maxPages',
  'maxDepth',
  'include',
  'exclude',
  'concurrency',
  'timeout',
  'minCoverage',
  'minSiteCoverage',
  'json',
  'csv',
  'html',
  'offline',
  'sitePack',
  'extension',
]);

export function parseOptions(argv: string[], cwd = process.cwd()): AuditOptions | 'help' {
  // biome-ignore lint/suspicious/noImplicitAnyLet: parseArgs types its result from the literal options; spelling that type out would repeat FLAGS
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return 'help';
  const configPath = v.config ? resolve(cwd, v.config) : existsSync(resolve(cwd, CONFIG_FILE)) ? resolve(cwd, CONFIG_FILE) : null;
  const config = configPath ? readConfig(configPath) : {};
  // Paths in the config file are relative to the file, as in pa11y-ci and Lighthouse CI configs.
  const base = configPath ? dirname(configPath) : cwd;
  const local = (p: string) => (/^https?:\/\//i.test(p) ? p : resolve(base, p));
  const fromCli = (p: string) => (/^https?:\/\//i.test(p) ? p : resolve(cwd, p));

  const options: AuditOptions = {
    targets: [...strings(config, 'urls').map(local), ...positionals.map(fromCli)],
    packs: [...strings(config, 'packs').map(local), ...(v.pack ?? []).map(fromCli)],
    sitemaps: [...strings(config, 'sitemaps').map(local), ...(v.sitemap ?? []).map(fromCli)],
    crawl: v.crawl ?? bool(config, 'crawl') ?? false,
    maxPages: int(v['max-pages'] ?? config.maxPages, '--max-pages', 50, 1),
    maxDepth: int(v['max-depth'] ?? config.maxDepth, '--max-depth', 3, 0),
    include: [...strings(config, 'include'), ...(v.include ?? [])],
    exclude: [...strings(config, 'exclude'), ...(v.exclude ?? [])],
    concurrency: int(v.concurrency ?? config.concurrency, '--concurrency', 1, 1),
    timeoutMs: int(v.timeout ?? config.timeout, '--timeout', 30_000, 1_000),
    minCoverage: share(v['min-coverage'] ?? config.minCoverage, '--min-coverage'),
    minSiteCoverage: share(v['min-site-coverage'] ?? config.minSiteCoverage, '--min-site-coverage'),
    json: path(v.json, config.json, cwd, base),
    csv: path(v.csv, config.csv, cwd, base),
    html: path(v.html, config.html, cwd, base),
    offline: v.offline ?? bool(config, 'offline') ?? false,
    sitePacks: v['no-site-pack'] ? false : (bool(config, 'sitePack') ?? true),
    extensionDir: v.extension ? resolve(cwd, v.extension) : typeof config.extension === 'string' ? resolve(base, config.extension) : null,
    quiet: v.quiet ?? false,
    linguaLibreEndpoints: v['lingualibre-endpoints'] ? (JSON.parse(v['lingualibre-endpoints']) as Record<string, string>) : null,
  };
  if (options.targets.length === 0 && options.sitemaps.length === 0) throw new UsageError('no page to audit: give URLs, files or --sitemap');
  return options;
}

function readConfig(file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`${file}: not a JSON object`);
  const unknown = Object.keys(value).filter((key) => !CONFIG_KEYS.has(key));
  if (unknown.length > 0) throw new UsageError(`${file}: unknown option(s) ${unknown.join(', ')} (known: ${[...CONFIG_KEYS].join(', ')})`);
  return value as Record<string, unknown>;
}

function strings(config: Record<string, unknown>, key: string): string[] {
  const value = config[key];
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new UsageError(`config "${key}": a list of strings`);
  return value;
}

function bool(config: Record<string, unknown>, key: string): boolean | undefined {
  const value = config[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new UsageError(`config "${key}": true or false`);
  return value;
}

function int(value: unknown, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${name}: a whole number ≥ ${min}, not ${String(value)}`);
  return n;
}

/** "40", "40%" or 40 → 0.4. */
function share(value: unknown, name: string): number | null {
  if (value === undefined) return null;
  const n = Number(String(value).replace(/%$/, ''));
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new UsageError(`${name}: a percentage between 0 and 100, not ${String(value)}`);
  return n / 100;
}

function path(cli: string | undefined, config: unknown, cwd: string, base: string): string | null {
  if (cli) return resolve(cwd, cli);
  return typeof config === 'string' ? resolve(base, config) : null;
}
