import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wrapInShell } from '../../scripts/build/page-shell';

/** The shared document the build puts around each extension page's own part (scripts/build/page-shell.ts). */
describe('the page shell', () => {
  it('puts the player page in a whole document: its referrer policy in the head, its script in the body', () => {
    const html = wrapInShell(readFileSync('src/player/index.html', 'utf8'));
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    const body = html.slice(html.indexOf('<body>'), html.indexOf('</body>'));
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(head.indexOf('<meta charset="utf-8" />')).toBeLessThan(head.indexOf('<meta name="referrer" content="no-referrer" />'));
    expect(head).toContain('<meta name="color-scheme" content="light dark" />');
    expect(head).toContain('<title>Signet</title>');
    expect(body).toContain('<div id="app"></div>');
    expect(body).toContain('<script type="module" src="./main.tsx"></script>');
    expect(head).not.toContain('<script');
  });

  it('leaves a page that is already a whole document as it is', () => {
    const whole = '<!doctype html><html><head><title>x</title></head><body></body></html>';
    expect(wrapInShell(whole)).toBe(whole);
  });
});
