/**
 * One source for the document around every extension page (options, popup, report, studio,
 * welcome, player). Each page's index.html holds only what is its own (its module script, and
 * the player's referrer policy); this wraps it in the shared shell before Vite reads the page's
 * scripts (`order: 'pre'`), so the built pages are whole documents and crxjs, which hands the
 * popup and options pages to Vite like the other inputs, sees the same markup in all three builds.
 * The shell holds no inline script: MV3 extension pages allow none (their CSP is 'self').
 * A file that already starts with a doctype is left as it is.
 */
import type { Plugin } from 'vite';

const SHELL_HEAD = ['<meta charset="utf-8" />', '<meta name="viewport" content="width=device-width, initial-scale=1" />', '<meta name="color-scheme" content="light dark" />'];

/** Head-only tags of the page's own part (meta, link) go to the head, the rest to the body. */
const HEAD_TAG = /^\s*<(meta|link)\b[^>]*>\s*$|^\s*<!--[\s\S]*?-->\s*$/;

export function wrapInShell(page: string): string {
  if (/^\s*<!doctype/i.test(page)) return page;
  const lines = page.split('\n').filter((line) => line.trim() !== '');
  const head = lines.filter((line) => HEAD_TAG.test(line)).map((line) => line.trim());
  const body = lines.filter((line) => !HEAD_TAG.test(line)).map((line) => line.trim());
  const indent = (tags: string[], depth: number) => tags.map((tag) => `${'  '.repeat(depth)}${tag}\n`).join('');
  return (
    '<!doctype html>\n<html lang="en">\n  <head>\n' +
    indent([...SHELL_HEAD, ...head, '<title>Signet</title>'], 2) +
    '  </head>\n  <body>\n' +
    indent(['<div id="app"></div>', ...body], 2) +
    '  </body>\n</html>\n'
  );
}

export function pageShell(): Plugin {
  return {
    name: 'signet-page-shell',
    transformIndexHtml: { order: 'pre', handler: (html) => wrapInShell(html) },
  };
}
