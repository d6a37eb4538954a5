import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { matcher, PageQueue, readSitemap, sameOriginLinks } from '../../scripts/audit/crawl';
import { parseOptions, UsageError } from '../../scripts/audit/options';

const dir = mkdtempSync(join(tmpdir(), 'signet-audit-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('audit options', () => {
  it('reads the command line, percentages as shares', () => {
    const options = parseOptions(['https://a.example/', '--pack', 'https://a.example/pack.json', '--min-coverage', '40%', '--min-site-coverage', '25', '--concurrency', '2'], dir);
    expect(options).toMatchObject({ targets: ['https://a.example/'], packs: ['https://a.example/pack.json'], minCoverage: 0.4, minSiteCoverage: 0.25, concurrency: 2, maxPages: 50 });
  });

  it('reads signet-audit.json, paths relative to it, the command line winning', () => {
    writeFileSync(join(dir, 'signet-audit.json'), JSON.stringify({ urls: ['https://a.example/x'], packs: ['pack'], minCoverage: 30, json: 'out/audit.json', maxPages: 5 }));
    const options = parseOptions(['--max-pages', '7'], dir);
    expect(options).toMatchObject({ targets: ['https://a.example/x'], packs: [join(dir, 'pack')], minCoverage: 0.3, json: join(dir, 'out/audit.json'), maxPages: 7 });
    rmSync(join(dir, 'signet-audit.json'));
  });

  it('refuses unknown config keys, bad numbers and no page, with a plain message', () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ urls: ['https://a.example/'], minCoverge: 3 }));
    expect(() => parseOptions(['--config', join(dir, 'bad.json')], dir)).toThrow(/unknown option\(s\) minCoverge/);
    expect(() => parseOptions(['https://a.example/', '--min-coverage', '140'], dir)).toThrow(UsageError);
    expect(() => parseOptions(['https://a.example/', '--max-pages', 'many'], dir)).toThrow(/--max-pages/);
    expect(() => parseOptions([], dir)).toThrow(/no page to audit/);
  });
});

describe('crawl', () => {
  it('reads a sitemap and a sitemap index; refuses what is not XML or not a sitemap', async () => {
    writeFileSync(
      join(dir, 'pages.xml'),
      '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc> https://a.example/?a=1&amp;b=2 </loc></url><url><loc>https://a.example/b</loc></url></urlset>',
    );
    writeFileSync(join(dir, 'index.xml'), `<sitemapindex><sitemap><loc>${join(dir, 'pages.xml')}</loc></sitemap></sitemapindex>`);
    writeFileSync(join(dir, 'text.xml'), 'not xml at all');
    writeFileSync(join(dir, 'html.xml'), '<html><body></body></html>');
    expect(await readSitemap(join(dir, 'pages.xml'))).toEqual(['https://a.example/?a=1&b=2', 'https://a.example/b']);
    expect(await readSitemap(join(dir, 'index.xml'))).toEqual(['https://a.example/?a=1&b=2', 'https://a.example/b']);
    await expect(readSitemap(join(dir, 'text.xml'))).rejects.toThrow(/not XML/);
    await expect(readSitemap(join(dir, 'html.xml'))).rejects.toThrow(/not a sitemap/);
  });

  it('queues each page once, without its fragment, to --max-pages, as the patterns allow', () => {
    const queue = new PageQueue(2, (url) => !matcher(['*/private/*'])(url));
    queue.add('https://a.example/one#top', 0);
    queue.add('https://a.example/one', 1);
    queue.add('https://a.example/private/x', 1);
    queue.add('https://a.example/two', 1);
    queue.add('https://a.example/three', 1);
    expect([queue.next(), queue.next(), queue.next()]).toEqual([{ url: 'https://a.example/one', depth: 0 }, { url: 'https://a.example/two', depth: 1 }, null]);
    expect(matcher(['blog'])('https://a.example/blog/1')).toBe(true);
    expect(sameOriginLinks(['https://a.example/x', 'https://b.example/y', 'mailto:a@b', 'javascript:void 0'], 'https://a.example/')).toEqual(['https://a.example/x']);
  });
});
