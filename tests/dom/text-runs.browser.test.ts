/**
 * How the page's text is cut into runs (src/content/text-runs.ts), in Chromium's own DOM: the
 * HTML parser decides what is a text node, which raw-text elements hold, and where <br> and
 * soft hyphens sit, so these cases are the page as a reader's browser builds it.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/text/tokenize';
import { SHADOW_CAPABLE_TAGS, SKIPPED_TAGS, blockOf, createRunCollector, isInSkippedElement, type TextRun } from '../../src/content/text-runs';
import { collectRuns, mount } from './support/page';

/** The runs' texts under a fresh block holding `html`. */
function runsOf(html: string, host: Element | null = null): string[] {
  return collectRuns(mount(html), host).map((run) => run.text);
}

/** The words the tokenizer finds in each run: what the scanner would look up. */
function wordsOf(html: string): string[][] {
  return collectRuns(mount(html)).map((run) => tokenize(run.text, 'fr').map((t) => run.text.slice(t.start, t.end)));
}

describe('runs across inline elements', () => {
  it.each([
    ['a word split by <b>', '<p>ré<b>sea</b>u local</p>', ['réseau local']],
    ['a link around two words', '<p>le <a href="#x">réseau local</a> ici</p>', ['le réseau local ici']],
    ['a <span> inside a word, nested in <em>', '<p><em>chau<span>ve</span></em>-souris</p>', ['chauve-souris']],
    ['every inline kind at once', '<p><i>un</i> <strong>deux</strong> <mark>trois</mark> <small>quatre</small> <sub>cinq</sub></p>', ['un deux trois quatre cinq']],
    ['a <wbr> inside a long word', '<p>anticonstitu<wbr>tionnellement</p>', ['anticonstitutionnellement']],
  ])('%s: one run', (_name, html, expected) => {
    expect(runsOf(html)).toEqual(expected);
  });

  it('keeps each node and its offset, and the block the nodes share', () => {
    const [run, ...rest] = collectRuns(mount('<p>ab<em>cd</em>ef</p>'));
    expect(rest).toEqual([]);
    expect(run!.starts).toEqual([0, 2, 4]);
    expect(run!.nodes.map((n) => n.data)).toEqual(['ab', 'cd', 'ef']);
    expect(run!.block.localName).toBe('p');
    expect(blockOf(run!.nodes[1]!)).toBe(run!.block);
  });
});

describe('runs end at what breaks a line', () => {
  it.each([
    ['<br>', '<p>un<br>deux</p>', ['un', 'deux']],
    ['<br> inside an inline element', '<p><em>un<br></em>deux</p>', ['un', 'deux']],
    ['<img> between two links', '<li><a>un</a><img alt=""><a>deux</a></li>', ['un', 'deux']],
    // Wikipedia's portal lists and NYT captions: an icon wrapped in a link or a span.
    ['an <img> inside an inline element', '<li>un <span><img alt=""></span> deux</li>', ['un ', ' deux']],
    ['an <img> deep inside inline elements', '<p>un <a><span><img alt=""></span></a>deux</p>', ['un ', 'deux']],
    ['<hr> between spans', '<div><span>un</span><hr><span>deux</span></div>', ['un', 'deux']],
    ['a block inside a block', '<div>avant<p>dedans</p>après</div>', ['avant', 'dedans', 'après']],
    ['list items', '<ul><li>un</li><li>deux</li></ul>', ['un', 'deux']],
    ['table cells', '<table><tr><td>un</td><td>deux</td></tr></table>', ['un', 'deux']],
  ])('%s', (_name, html, expected) => {
    expect(runsOf(html)).toEqual(expected);
  });

  it('drops runs of white space alone (the indentation between tags)', () => {
    expect(runsOf('<div>\n  <p>un</p>\n  <p>deux</p>\n</div>')).toEqual(['un', 'deux']);
  });
});

describe('soft hyphens', () => {
  it.each([
    ['&shy; inside a word', '<p>cha&shy;peau rouge</p>', [['cha\u00ADpeau', 'rouge']]],
    ['&shy; at an inline boundary', '<p>cha&shy;<b>peau</b></p>', [['cha\u00ADpeau']]],
    ['several &shy; in one word', '<p>anti&shy;consti&shy;tution&shy;nelle&shy;ment</p>', [['anti\u00ADconsti\u00ADtution\u00ADnelle\u00ADment']]],
  ])('%s: one word, the hyphen kept in the run', (_name, html, expected) => {
    expect(wordsOf(html)).toEqual(expected);
  });

  it('keeps the run offsets on the page text, hyphens counted', () => {
    const [run] = collectRuns(mount('<p>cha&shy;peau <i>rouge</i></p>'));
    expect(run!.text).toBe('cha\u00ADpeau rouge');
    expect(run!.starts).toEqual([0, 'cha\u00ADpeau '.length]);
  });
});

describe('bidirectional text', () => {
  it.each([
    ['Arabic with embedded Latin', '<p dir="rtl" lang="ar">مرحبا <b>Signet</b> بالعالم</p>', 'مرحبا Signet بالعالم', ['مرحبا', 'Signet', 'بالعالم']],
    ['Hebrew with embedded Latin in <bdi>', '<p dir="rtl" lang="he">שלום <bdi>réseau local</bdi> עולם</p>', 'שלום réseau local עולם', ['שלום', 'réseau', 'local', 'עולם']],
    ['a Latin sentence quoting Arabic', '<p>le mot <span dir="rtl">سلام</span> veut dire paix</p>', 'le mot سلام veut dire paix', ['le', 'mot', 'سلام', 'veut', 'dire', 'paix']],
    ['<bdo> reversing the display, not the text', '<p><bdo dir="rtl">réseau</bdo> local</p>', 'réseau local', ['réseau', 'local']],
  ])('%s: one run in logical order', (_name, html, text, words) => {
    const runs = collectRuns(mount(html));
    expect(runs.map((r) => r.text)).toEqual([text]);
    expect(tokenize(text, 'fr').map((t) => text.slice(t.start, t.end))).toEqual(words);
  });
});

describe('skipped elements', () => {
  // Parsed from HTML, as pages have them: <script>, <style>, <textarea>, <title> hold raw text,
  // <template>'s content is a fragment of its own, <svg> and <math> are foreign content.
  const inSentence: Array<[string, string]> = [
    ['script', '<script>var dedans = 1;</script>'],
    ['style', '<style>.dedans { color: red }</style>'],
    ['noscript', '<noscript>dedans</noscript>'],
    ['template', '<template><p>dedans</p></template>'],
    ['textarea', '<textarea>dedans</textarea>'],
    ['select and option', '<select><option>dedans</option></select>'],
    ['button', '<button>dedans</button>'],
    ['code', '<code>dedans</code>'],
    ['kbd', '<kbd>dedans</kbd>'],
    ['samp', '<samp>dedans</samp>'],
    ['var', '<var>dedans</var>'],
    ['iframe (fallback text)', '<iframe>dedans</iframe>'],
    ['object', '<object>dedans</object>'],
    ['canvas', '<canvas>dedans</canvas>'],
    ['video', '<video>dedans</video>'],
    ['audio', '<audio>dedans</audio>'],
    ['svg', '<svg><text x="0" y="10">dedans</text><title>dedans</title></svg>'],
    ['math', '<math><mi>dedans</mi></math>'],
    ['contenteditable', '<span contenteditable="true">dedans</span>'],
    ['contenteditable=""', '<span contenteditable="">dedans</span>'],
    ['contenteditable="plaintext-only"', '<span contenteditable="plaintext-only">dedans</span>'],
  ];
  it.each(inSentence)('%s inside a sentence: not read, and the sentence stays one run', (_name, html) => {
    expect(runsOf(`<p>avant ${html}après</p>`)).toEqual(['avant après']);
  });

  it.each([
    ['pre', '<pre><span>dedans <b>gras</b></span></pre>'],
    ['contenteditable block', '<div contenteditable="true"><p>dedans</p></div>'],
    ['code block', '<div><code><span><em>dedans</em></span></code></div>'],
  ])('%s: not read at any depth', (_name, html) => {
    expect(runsOf(`<p>lu</p>${html}<p>encore</p>`)).toEqual(['lu', 'encore']);
  });

  it('reads contenteditable="false" (a read-only island inside an editor)', () => {
    expect(runsOf('<p>un <span contenteditable="false">deux</span></p>')).toEqual(['un deux']);
  });

  it('never reads its own host', () => {
    const root = mount('<p>page</p><div id="host"><p>Signet</p></div>');
    const host = root.querySelector('#host');
    expect(collectRuns(root, host).map((r) => r.text)).toEqual(['page']);
  });

  it('judges a rescan root by its ancestors (text typed in an editor, a <pre> added later)', () => {
    const root = mount('<div contenteditable="true"><p id="typed">tapé</p></div><pre><b id="code">code</b></pre><p id="prose">prose</p><div id="host"><p id="ours">x</p></div>');
    const host = root.querySelector('#host');
    const verdicts = ['typed', 'code', 'prose', 'ours'].map((id) => isInSkippedElement(root.querySelector(`#${id}`)!.firstChild!, host));
    expect(verdicts).toEqual([true, true, false, true]);
  });

  it("never reads the document's <head> (its <title>)", () => {
    document.title = 'titre de la page';
    mount('<p>corps</p>');
    expect(collectRuns(document.documentElement).map((r) => r.text.trim())).toEqual(['corps']);
  });

  it('covers every tag of the skip list with a case above', () => {
    // <input> and <embed> are void elements: the parser gives them no text to skip.
    const covered = new Set(inSentence.flatMap(([, html]) => [...html.matchAll(/<([a-z]+)/g)].map((m) => m[1])).concat(['pre', 'head', 'title', 'input', 'embed']));
    expect(SKIPPED_TAGS.filter((tag) => !covered.has(tag))).toEqual([]);
  });
});

describe('hidden content', () => {
  // The walk reads no style (a computed style per element would cost more than the walk): text
  // hidden now is read, and marked, so that it shows its marks when it is revealed, no rescan.
  it.each([
    ['hidden attribute', '<p hidden>caché</p>'],
    ['display: none', '<p style="display:none">caché</p>'],
    ['visibility: hidden', '<p style="visibility:hidden">caché</p>'],
    ['a closed <details>', '<details><summary>titre</summary><p>caché</p></details>'],
  ])('%s: read all the same', (_name, html) => {
    expect(runsOf(`<p>vu</p>${html}`)).toContain('caché');
  });
});

describe('shadow hosts', () => {
  it('reports hosts with an open root and custom elements, and does not read into their roots', () => {
    const root = mount('<p>dehors <span id="open"></span></p><my-card>lumière</my-card><div id="closed"></div>');
    root.querySelector('#open')!.attachShadow({ mode: 'open' }).innerHTML = '<p>ombre</p>';
    root.querySelector('#closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>fermé</p>';
    const hosts: string[] = [];
    const runs = collectRuns(root, null, (el) => hosts.push(el.id || el.localName));
    expect(runs.map((r) => r.text)).toEqual(['dehors ', 'lumière']);
    expect(hosts).toEqual(['open', 'my-card']);
  });
});

describe('which elements may have a shadow root', () => {
  it('are the ones the browser lets attach one, besides custom elements', () => {
    const tags = [
      ...SHADOW_CAPABLE_TAGS,
      'a',
      'li',
      'ul',
      'td',
      'tr',
      'table',
      'img',
      'em',
      'strong',
      'label',
      'figure',
      'dl',
      'dd',
      'form',
      'summary',
      'details',
      'address',
      'b',
      'i',
      'small',
      'time',
      'abbr',
    ];
    const attaches = (tag: string) => {
      try {
        document.createElement(tag).attachShadow({ mode: 'open' });
        return true;
      } catch {
        return false;
      }
    };
    expect(tags.filter(attaches)).toEqual(SHADOW_CAPABLE_TAGS);
  });
});

describe('skipped subtrees', () => {
  it('are left whole, what follows them read, at the end of their parents too', () => {
    expect(runsOf('<div><p>un</p><svg><g><text>dessin</text></g></svg></div><p>deux</p><div><span><code>x</code></span></div>trois')).toEqual(['un', 'deux', 'trois']);
  });

  it('report no host inside them (a custom element in a <button> holds no prose)', () => {
    const hosts: string[] = [];
    collectRuns(mount('<button><my-icon></my-icon></button><p>texte</p><my-card></my-card>'), null, (el) => hosts.push(el.localName));
    expect(hosts).toEqual(['my-card']);
  });
});

describe('a walk in slices', () => {
  it('resumes after a deadline where it stopped, and finds every run once', () => {
    const root = mount(Array.from({ length: 300 }, (_, i) => `<p>mot${i}</p>`).join(''));
    const runs: TextRun[] = [];
    const step = createRunCollector(root, null, (run) => runs.push(run));
    let steps = 1;
    while (!step(() => true)) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(runs.map((r) => r.text)).toEqual(Array.from({ length: 300 }, (_, i) => `mot${i}`));
  });

  it('goes on after the page moved the part it paused in: every run keeps its own block', () => {
    const root = mount(Array.from({ length: 200 }, (_, i) => `<section><p>un <em>mot${i}</em> ici</p></section>`).join('') + '<div id="ailleurs"></div>');
    const runs: TextRun[] = [];
    const step = createRunCollector(root, null, (run) => runs.push(run));
    expect(step(() => true)).toBe(false);
    // The walk stopped inside one of the first sections: the page moves them all elsewhere.
    const elsewhere = root.querySelector('#ailleurs')!;
    for (const section of [...root.querySelectorAll('section')].slice(0, 40)) elsewhere.append(section);
    const before = runs.length;
    while (!step(() => false));
    // It goes on from where its node now is (the moved sections, then the end), as a TreeWalker would.
    expect(runs.length).toBeGreaterThan(before);
    for (const run of runs) {
      expect(run.text).toMatch(/^un mot\d+ ici$/);
      expect(run.block).toBe(blockOf(run.nodes[0]!));
      expect(run.block.localName).toBe('p');
    }
  });
});
