/**
 * Which pages the audit reads: the pages given, the pages of sitemaps, and with --crawl the
 * same-origin links of the pages read, breadth first, to --max-depth and --max-pages, with
 * --include / --exclude patterns (`*` is any text; a pattern without `*` matches anywhere in the URL).
 */
import { readFile } from 'node:fs/promises';

export interface PageTarget {
  url: string;
  depth: number;
}

export function matcher(patterns: readonly string[]): (url: string) => boolean {
  const res = patterns.map((p) => new RegExp((p.includes('*') ? '^' : '') + p.split('*').map(escapeRegExp).join('.*') + (p.includes('*') ? '$' : '')));
  return (url) => res.some((re) => re.test(url));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Page URLs of a sitemap (or of the sitemaps a sitemap index lists); throws with a plain message on what is no sitemap. */
export async function readSitemap(source: string, seen = new Set<string>()): Promise<string[]> {
  if (seen.has(source)) return [];
  seen.add(source);
  const text = await load(source);
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!body.startsWith('<')) throw new Error(`${source}: not XML`);
  const root = /<(?:[\w-]+:)?(urlset|sitemapindex)[\s>]/.exec(body);
  if (!root) throw new Error(`${source}: not a sitemap (no <urlset> or <sitemapindex>)`);
  const locs = [...body.matchAll(/<(?:[\w-]+:)?loc>\s*([^<]*?)\s*<\/(?:[\w-]+:)?loc>/g)].map((m) => decodeEntities(m[1]!));
  if (root[1] === 'urlset') return locs;
  const pages: string[] = [];
  for (const loc of locs) pages.push(...(await readSitemap(loc, seen)));
  return pages;
}

async function load(source: string): Promise<string> {
  if (!/^https?:\/\//i.test(source)) return readFile(source, 'utf8').catch(() => Promise.reject(new Error(`${source}: no such file`)));
  let response: Response;
  try {
    response = await fetch(source, { signal: AbortSignal.timeout(20_000) });
  } catch (error) {
    throw new Error(`${source}: unreachable (${(error as Error).message})`);
  }
  if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
  return response.text();
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!);
}

/** Breadth-first queue of pages, each URL once (without its #fragment), capped at maxPages. */
export class PageQueue {
  private readonly seen = new Set<string>();
  private readonly waiting: PageTarget[] = [];
  private taken = 0;

  constructor(
    private readonly maxPages: number,
    private readonly allowed: (url: string) => boolean,
  ) {}

  add(url: string, depth: number): void {
    let clean: string;
    try {
      const parsed = new URL(url);
      parsed.hash = '';
      clean = parsed.href;
    } catch {
      clean = url; // Reported as unreachable when read.
    }
    if (this.seen.has(clean) || !this.allowed(clean)) return;
    this.seen.add(clean);
    this.waiting.push({ url: clean, depth });
  }

  next(): PageTarget | null {
    if (this.taken >= this.maxPages) return null;
    const target = this.waiting.shift() ?? null;
    if (target) this.taken++;
    return target;
  }

  get pending(): number {
    return Math.min(this.waiting.length, this.maxPages - this.taken);
  }
}

/** Same-origin http(s) links only: the crawl stays on the site. */
export function sameOriginLinks(links: readonly string[], pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  return links.filter((link) => {
    try {
      const url = new URL(link);
      return url.origin === origin && (url.protocol === 'http:' || url.protocol === 'https:');
    } catch {
      return false;
    }
  });
}
