import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * src/core is the DOM-free layer that the worker, the content script, the pages and the scripts
 * all share: it may import nothing outside itself (no common/, no browser API), or a change in a
 * higher layer would silently reach every one of them.
 */
const CORE = resolve(__dirname, '../../src/core');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : []));
}

/** Every module specifier: `import … from`, `export … from`, bare `import '…'` and `import('…')`. */
function specifiers(source: string): string[] {
  const pattern = /(?:^|[\s;])(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/gm;
  return [...source.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? '');
}

/** Specifiers that leave src/core: relative paths outside it, and any package. */
function escapes(file: string, source: string): string[] {
  return specifiers(source).filter((spec) => {
    if (!spec.startsWith('.')) return true;
    const target = relative(CORE, resolve(dirname(file), spec));
    return target.startsWith('..') || target.startsWith(sep);
  });
}

const DOM_GLOBALS = /\b(?:document|window|navigator|localStorage|browser|chrome)\s*[.[]/;

/** Lines that use a DOM or extension global, comments left out. */
function domUses(source: string): string[] {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, ''))
    .filter((line) => DOM_GLOBALS.test(line));
}

describe('src/core', () => {
  const all = files(CORE);

  it('has files to check', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it('imports nothing outside src/core', () => {
    const leaks = all.flatMap((file) => escapes(file, readFileSync(file, 'utf8')).map((spec) => `${relative(CORE, file)}: ${spec}`));
    expect(leaks).toEqual([]);
  });

  it('uses no DOM or extension global', () => {
    const uses = all.flatMap((file) => domUses(readFileSync(file, 'utf8')).map((line) => `${relative(CORE, file)}: ${line.trim()}`));
    expect(uses).toEqual([]);
  });

  it('catches the import forms it claims to', () => {
    const file = join(CORE, 'match.ts');
    expect(escapes(file, "import type { A } from '../common/messages';")).toEqual(['../common/messages']);
    expect(escapes(file, "export { b } from '../background/x';")).toEqual(['../background/x']);
    expect(escapes(file, "const m = await import('../content/y');")).toEqual(['../content/y']);
    expect(escapes(file, "import 'webextension-polyfill';")).toEqual(['webextension-polyfill']);
    expect(escapes(file, "import { c } from './text/tokenize';")).toEqual([]);
    expect(domUses('const x = document.body;')).toHaveLength(1);
  });
});
