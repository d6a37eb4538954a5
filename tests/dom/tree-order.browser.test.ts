/**
 * Reading order across shadow trees (src/content/tree-order.ts), over real shadow roots: a
 * root's text is read where its host stands, nested roots too.
 */
import { describe, expect, it } from 'vitest';
import { composedOrder } from '../../src/content/tree-order';
import { mount } from './support/page';

/** A page of light text and shadow trees, with every text node named by its own text. */
function page(): (text: string) => Text {
  const root = mount('<p>un</p><div id="h1"></div><p>quatre</p><div id="h3"></div><p>sept</p>');
  const s1 = root.querySelector('#h1')!.attachShadow({ mode: 'open' });
  s1.innerHTML = '<p>deux</p><span id="h2"></span>';
  const s2 = s1.querySelector('#h2')!.attachShadow({ mode: 'open' });
  s2.innerHTML = '<b>trois</b>';
  const s3 = root.querySelector('#h3')!.attachShadow({ mode: 'open' });
  s3.innerHTML = '<i>cinq</i><i>six</i>';
  // A walk never enters a shadow tree: each text is in exactly one of these.
  const trees = [root, s1, s2, s3];
  return (text) => {
    for (const tree of trees) {
      const walker = document.createTreeWalker(tree, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data === text) return n as Text;
    }
    throw new Error(`No text "${text}".`);
  };
}

const READING = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept'];

describe('composedOrder', () => {
  it.each([
    ['two light nodes', 'un', 'quatre'],
    ['light, then inside a root after it', 'un', 'deux'],
    ['a root, then a root nested further in it', 'deux', 'trois'],
    ['a nested root, then light text after its outer host', 'trois', 'quatre'],
    ['two roots side by side', 'trois', 'cinq'],
    ['two nodes of one root', 'cinq', 'six'],
    ['a root, then the light text after it', 'six', 'sept'],
  ])('%s: %s before %s, and the other way round', (_name, a, b) => {
    const node = page();
    expect(composedOrder(node(a), node(b))).toBeLessThan(0);
    expect(composedOrder(node(b), node(a))).toBeGreaterThan(0);
  });

  it('sorts every text of the page into reading order', () => {
    const node = page();
    const shuffled = ['six', 'un', 'trois', 'sept', 'deux', 'cinq', 'quatre'].map(node);
    expect(shuffled.sort(composedOrder).map((n) => n.data)).toEqual(READING);
  });

  it('a host comes before its own shadow content', () => {
    const node = page();
    const host = document.getElementById('h3')!;
    expect(composedOrder(host, node('cinq'))).toBeLessThan(0);
    expect(composedOrder(node('cinq'), host)).toBeGreaterThan(0);
    expect(composedOrder(host, host)).toBe(0);
  });
});
