/**
 * The text position under the pointer (src/content/hit-test.ts), with Chromium's own caret
 * hit-testing and layout: points aimed at character boxes measured in the page, as a reader's
 * pointer lands on them.
 */
import { describe, expect, it } from 'vitest';
import { selectionStart, textPointAt } from '../../src/content/hit-test';
import { charBox, mount, textAt } from './support/page';

/** The centre of a box. */
const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });

/** What textPointAt finds at (x, y): the character there, or null. */
function charAt(x: number, y: number, roots: ShadowRoot[] = []): string | null {
  const point = textPointAt(x, y, roots);
  return point ? point.node.data[point.offset]! : null;
}

describe('a point on a word', () => {
  const html = '<p>le chapeau rouge</p>';

  it.each([
    ['its first letter, near its left edge', 'chapeau', 0, 'left'],
    ['its first letter, at its centre', 'chapeau', 0, 'centre'],
    ['a middle letter', 'chapeau', 3, 'centre'],
    ['its last letter, near its right edge', 'chapeau', 6, 'right'],
    ['the last letter of the line, at its centre', 'rouge', 4, 'centre'],
    ['the first letter of the line, near its left edge', 'le', 0, 'left'],
  ] as const)('%s: that character', (_name, word, index, where) => {
    const root = mount(html);
    const { node, offset } = textAt(root, word);
    const box = charBox(node, offset + index);
    const x = where === 'left' ? box.left + 1 : where === 'right' ? box.right - 1 : centre(box).x;
    const point = textPointAt(x, centre(box).y);
    expect(point).toEqual({ node, offset: offset + index });
  });

  it('the space between two words: the space (the index then finds no word there)', () => {
    const root = mount(html);
    const { node, offset } = textAt(root, ' rouge');
    expect(textPointAt(centre(charBox(node, offset)).x, centre(charBox(node, offset)).y)).toEqual({ node, offset });
  });

  it('a word split across inline elements: the node under the point', () => {
    const root = mount('<p>ré<b>sea</b>u</p>');
    const { node } = textAt(root, 'sea');
    expect(textPointAt(centre(charBox(node, 1)).x, centre(charBox(node, 1)).y)).toEqual({ node, offset: 1 });
  });

  it.each([
    ['Arabic', '<p dir="rtl">مرحبا <b>Signet</b> بالعالم</p>', 'بالعالم', 2],
    ['Hebrew', '<p dir="rtl">שלום עולם</p>', 'עולם', 1],
    ['Latin inside Arabic', '<p dir="rtl">مرحبا Signet بالعالم</p>', 'Signet', 4],
  ])('right-to-left text, %s: the character drawn there', (_name, markup, word, index) => {
    const root = mount(markup);
    const { node, offset } = textAt(root, word);
    const box = charBox(node, offset + index);
    expect(textPointAt(centre(box).x, centre(box).y)).toEqual({ node, offset: offset + index });
  });
});

describe('a point beside the text: nothing, though the caret snaps to the nearest letter', () => {
  it('past the end of a line', () => {
    const root = mount('<p>court</p><p>une ligne bien plus longue</p>');
    const { node } = textAt(root, 'court');
    const last = charBox(node, 4);
    expect(charAt(last.right + 1, centre(last).y)).toBeNull();
    expect(charAt(last.right + 200, centre(last).y)).toBeNull();
  });

  it('in the margin left of a line', () => {
    const root = mount('<p style="margin-left: 100px">marge</p>');
    const { node } = textAt(root, 'marge');
    const first = charBox(node, 0);
    expect(charAt(first.left - 30, centre(first).y)).toBeNull();
  });

  it('between two lines of a paragraph', () => {
    const root = mount('<p style="width: 10ch; line-height: 60px">première seconde</p>');
    const { node, offset } = textAt(root, 'seconde');
    const above = charBox(node, 0);
    const below = charBox(node, offset);
    expect(below.top).toBeGreaterThan(above.bottom); // Two lines, with a gap between their glyph boxes.
    expect(charAt(centre(above).x, (above.bottom + below.top) / 2)).toBeNull();
    // Just inside each line's boxes, the letters.
    expect(charAt(centre(above).x, above.bottom - 1)).toBe('p');
    expect(charAt(centre(below).x, below.top + 1)).toBe('s');
  });

  it('below the last line', () => {
    const root = mount('<p>fin</p><div style="height: 200px"></div>');
    const { node } = textAt(root, 'fin');
    const box = charBox(node, 1);
    expect(charAt(centre(box).x, box.bottom + 40)).toBeNull();
  });

  it('on an element without text (an image)', () => {
    const root = mount('<p>avant <img width="80" height="40" alt=""> après</p>');
    const img = root.querySelector('img')!.getBoundingClientRect();
    expect(charAt(img.left + 40, img.top + 20)).toBeNull();
  });
});

describe('shadow roots', () => {
  function shadowPage(mode: 'open' | 'closed') {
    const root = mount('<p>dehors <span id="host"></span></p>');
    const shadow = root.querySelector('#host')!.attachShadow({ mode });
    shadow.innerHTML = '<span>ombre</span>';
    const { node } = textAt(shadow, 'ombre');
    const box = charBox(node, 2);
    return { shadow, node, ...centre(box) };
  }

  it('text in an open root: found when the root is named, not otherwise', () => {
    const { shadow, node, x, y } = shadowPage('open');
    expect(textPointAt(x, y)).toBeNull();
    expect(textPointAt(x, y, [shadow])).toEqual({ node, offset: 2 });
  });

  it('a root inside a root: found only when both are named', () => {
    const { shadow } = shadowPage('open');
    const inner = shadow.querySelector('span')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<i>profond</i>';
    const { node } = textAt(inner, 'profond');
    const { x, y } = centre(charBox(node, 3));
    expect(textPointAt(x, y, [shadow])).toBeNull();
    expect(textPointAt(x, y, [shadow, inner])).toEqual({ node, offset: 3 });
  });

  it('text outside the roots named: still found', () => {
    const { shadow } = shadowPage('open');
    const { node } = textAt(document.body, 'dehors');
    const { x, y } = centre(charBox(node, 1));
    expect(textPointAt(x, y, [shadow])).toEqual({ node, offset: 1 });
  });
});

describe('selectionStart', () => {
  function selected(html: string, from: string, to: string) {
    const root = mount(html);
    const a = textAt(root, from);
    const b = textAt(root, to);
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset + to.length);
    return { range, node: a.node };
  }

  it.each([
    ['a word selected exactly', '<p>le chapeau rouge</p>', 'chapeau', 'chapeau', 3],
    ['the space before the word too (a double-click on some engines, a sloppy drag)', '<p>le chapeau rouge</p>', ' chapeau', 'chapeau', 3],
    ['several spaces and a line break before it', '<p>le \n  chapeau</p>', ' \n  chapeau', 'chapeau', 6],
  ])('%s: the first letter of the word', (_name, html, from, to, offset) => {
    const { range, node } = selected(html, from, to);
    expect(selectionStart(range)).toEqual({ node, offset });
  });

  it('a selection starting on an element (a triple-click selects the paragraph): null', () => {
    const root = mount('<p>le chapeau</p>');
    const range = document.createRange();
    range.selectNodeContents(root.querySelector('p')!);
    range.setStartBefore(root.querySelector('p')!);
    expect(selectionStart(range)).toBeNull();
  });

  it('a selection of spaces only at the end of a node: its last character, never past it', () => {
    const { range, node } = selected('<p>chapeau   <b>rouge</b></p>', '   ', 'rouge');
    expect(selectionStart(range)).toEqual({ node, offset: node.length - 1 });
  });
});
