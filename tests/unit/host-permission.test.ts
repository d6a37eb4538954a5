import { describe, expect, it } from 'vitest';
import { missingOrigins, patternCovers } from '../../src/core/host-permission';

describe('host permissions', () => {
  it.each([
    ['https://*/*', 'https://example.org/pack.json', true],
    ['http://*/*', 'http://127.0.0.1:8080/pack.json', true],
    ['http://*/*', 'https://example.org/', false],
    ['*://*/*', 'https://lingualibre.org/bigdata/namespace/wdq/sparql', true],
    ['*://*/*', 'file:///etc/passwd', false],
    ['https://*.wikimedia.org/*', 'https://upload.wikimedia.org/x', true],
    ['https://*.wikimedia.org/*', 'https://wikimedia.org/x', true],
    ['https://*.wikimedia.org/*', 'https://evilwikimedia.org/x', false],
    ['http://127.0.0.1/*', 'http://127.0.0.1:9999/a', true],
    ['http://127.0.0.1/*', 'http://localhost/a', false],
    ['<all_urls>', 'https://a.example/', true],
    ['not a pattern', 'https://a.example/', false],
  ])('%s covers %s: %s', (pattern, url, covered) => {
    expect(patternCovers(pattern, new URL(url))).toBe(covered);
  });

  it('asks for the narrowest patterns only for what is not covered', () => {
    const urls = ['https://lingualibre.org/sparql', 'https://upload.wikimedia.org/a', 'https://commons.wikimedia.org/b', 'http://127.0.0.1:4000/p.json'].map((u) => new URL(u));
    expect(missingOrigins(['https://*/*', 'http://*/*'], urls)).toEqual([]);
    expect(missingOrigins(['https://*.wikimedia.org/*'], urls)).toEqual(['https://lingualibre.org/*', 'http://127.0.0.1/*']);
  });
});
