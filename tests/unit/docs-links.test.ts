import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README is a page of links into docs/ and CONTRIBUTING.md: a section moved or renamed
 * there must not leave a link to nowhere. Every relative link and picture of the Markdown files
 * must name a file of the repository, and every #anchor a heading of its target, as GitHub
 * makes anchors of headings.
 */
const ROOT = resolve(__dirname, '../..');
const DOCS = [join(ROOT, 'README.md'), join(ROOT, 'CONTRIBUTING.md'), ...readdirSync(join(ROOT, 'docs')).flatMap((name) => (name.endsWith('.md') ? [join(ROOT, 'docs', name)] : []))];

/** Markdown without its fenced code blocks and inline code, where `[a](b)` is not a link. */
function prose(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens; repeats get -1, -2… */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const match of markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '').matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = match[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    out.add(count === 0 ? base : `${base}-${count}`);
  }
  return out;
}

interface Link {
  file: string;
  target: string;
}

function links(file: string): Link[] {
  const text = prose(readFileSync(file, 'utf8'));
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => ({ file, target: m[1]! })).filter((link) => !/^[a-z][a-z0-9+.-]*:/i.test(link.target));
}

function problem({ file, target }: Link): string | null {
  const [path = '', anchor] = target.split('#');
  const resolved = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
  const where = `${relative(ROOT, file)}: (${target})`;
  if (!resolved.startsWith(ROOT) || !existsSync(resolved)) return `${where} names no file`;
  if (anchor === undefined) return null;
  if (statSync(resolved).isDirectory() || !resolved.endsWith('.md')) return `${where}: an anchor into a file that is not Markdown`;
  return anchors(readFileSync(resolved, 'utf8')).has(anchor) ? null : `${where}: no heading makes the anchor #${anchor}`;
}

describe('links of the documentation', () => {
  it('reads the README, CONTRIBUTING.md and docs/*.md, which link to one another', () => {
    expect(DOCS.map((file) => relative(ROOT, file))).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'docs/ARCHITECTURE.md', 'docs/BENCHMARK.md', 'docs/PAGES.md']));
    const fromReadme = links(join(ROOT, 'README.md')).map((link) => link.target);
    for (const file of DOCS.filter((f) => !f.endsWith('README.md'))) expect(fromReadme, `README.md links to ${relative(ROOT, file)}`).toContain(relative(ROOT, file));
  });

  it('every relative link and picture names a file, and every anchor a heading', () => {
    const all = DOCS.flatMap(links);
    expect(all.length).toBeGreaterThan(40);
    expect(all.map(problem).filter((p) => p !== null)).toEqual([]);
  });

  it('makes anchors as GitHub does', () => {
    expect([...anchors("# A\n## What a page cannot do with Signet's player\n## Messages from the tab (`src/common/send-tab.ts`)\n## Costs\n## Costs\n")]).toEqual([
      'a',
      'what-a-page-cannot-do-with-signets-player',
      'messages-from-the-tab-srccommonsend-tabts',
      'costs',
      'costs-1',
    ]);
  });
});
