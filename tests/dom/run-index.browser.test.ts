/**
 * The index of what the scan found (src/content/run-index.ts), over runs read from a real page:
 * the match under a text position, the live Range it gives the overlay, and what leaves the
 * index when blocks change or leave the page.
 */
import { describe, expect, it } from 'vitest';
import { rangeForOffsets } from '../../src/content/run-index';
import { collectRuns, indexWords, mount, textAt } from './support/page';

const PAGE = '<p id="a">le <em>réseau</em> local et le chapeau</p><p id="b">un chat noir</p><p id="c">rien ici</p>';
const WORDS = ['réseau', 'chapeau', 'chat'];

describe('hitAt: the match under a text position', () => {
  it.each([
    ['the first letter of a word in its own element', 'réseau', 0, 'réseau'],
    ['the last letter of that word', 'réseau', 5, 'réseau'],
    ['a word in a text node after an inline element', 'chapeau', 3, 'chapeau'],
    ['the first letter of a word starting a node', 'chat', 0, 'chat'],
    ['the last letter of a run', 'chapeau', 6, 'chapeau'],
    ['the space right after a word', 'chat', 4, null],
    ['a word that has no sign', 'local', 2, null],
    ['a run without any match', 'rien', 1, null],
  ] as const)('%s', (_name, word, index, expected) => {
    const root = mount(PAGE);
    const { index: runIndex } = indexWords(root, WORDS);
    const { node, offset } = textAt(root, word);
    const hit = runIndex.hitAt(node, offset + index);
    expect(hit ? hit.range.toString() : null).toBe(expected);
  });

  it('a word split across three text nodes: one match, its range over all three', () => {
    const root = mount('<p>le ré<b>sea</b>u local</p>');
    const { index } = indexWords(root, ['réseau']);
    const hits = ['ré', 'sea', 'u local'].map((text) => index.hitAt(textAt(root, text).node, text === 'ré' ? 3 : 0));
    expect(hits.map((h) => h?.range.toString())).toEqual(['réseau', 'réseau', 'réseau']);
    expect(new Set(hits.map((h) => h?.match)).size).toBe(1);
    const { range } = hits[0]!;
    expect([range.startContainer, range.startOffset, range.endContainer, range.endOffset]).toEqual([textAt(root, 'ré').node, 3, textAt(root, 'u local').node, 1]);
  });

  it('a run of many nodes keeps only those under a match, and every hit still lands', () => {
    const root = mount('<p>un <a>lien</a>, <a>un chat</a> et <a>un autre</a> puis le ré<b>sea</b>u <i>local</i> enfin</p>');
    const { index } = indexWords(root, ['chat', 'réseau']);
    const [record] = index.records();
    // "un chat", and "le ré" + "sea" + "u " for the word split in three: the other five nodes go.
    expect(record!.nodes.map((node) => node.data)).toEqual(['un chat', ' puis le ré', 'sea', 'u ']);
    const hit = (text: string, at: number) => index.hitAt(textAt(root, text).node, at)?.range.toString() ?? null;
    expect([hit('un chat', 3), hit(' puis le ré', 9), hit('sea', 1), hit('u ', 0)]).toEqual(['chat', 'réseau', 'réseau', 'réseau']);
    expect([hit('lien', 1), hit(' et ', 1), hit('un autre', 3), hit(' puis le ré', 2), hit('local', 1), hit(' enfin', 2)]).toEqual([null, null, null, null, null, null]);
    expect(index.counts()).toEqual({ words: 12, signedWords: 2, marks: 2 });
  });

  it('a text node the scan never read: null', () => {
    const root = mount(PAGE);
    const { index } = indexWords(root, WORDS);
    const added = document.createElement('p');
    added.textContent = 'un autre chapeau';
    root.append(added);
    expect(index.hitAt(added.firstChild as Text, 10)).toBeNull();
  });

  it('a node whose text got shorter since it was read: null, not a range past its end', () => {
    const root = mount(PAGE);
    const { index } = indexWords(root, WORDS);
    const { node } = textAt(root, 'chapeau');
    const offset = node.data.indexOf('chapeau');
    node.data = node.data.slice(0, offset + 2);
    expect(index.hitAt(node, offset)).toBeNull();
  });

  it('the range is live: it follows the page as the overlay needs it to', () => {
    const root = mount(PAGE);
    const { index } = indexWords(root, WORDS);
    const { node, offset } = textAt(root, 'chapeau');
    const hit = index.hitAt(node, offset)!;
    const before = hit.range.getBoundingClientRect().top;
    root.prepend(Object.assign(document.createElement('div'), { style: 'height: 100px' }));
    expect(hit.range.getBoundingClientRect().top - before).toBeCloseTo(100, 0);
  });
});

describe('blocks taken out of the index', () => {
  it('takeWithin: the records inside the container go, the others stay', () => {
    const root = mount(PAGE);
    const { index, records } = indexWords(root, WORDS);
    expect(index.markCount).toBe(3);
    const taken = index.takeWithin([root.querySelector('#b')!]);
    expect(taken.map((r) => r.block.id)).toEqual(['b']);
    expect(index.markCount).toBe(2);
    expect(index.hitAt(textAt(root, 'chat').node, 0)).toBeNull();
    expect(index.hitAt(textAt(root, 'chapeau').node, textAt(root, 'chapeau').offset)?.record).toBe(records[0]);
  });

  it('takeWithin several containers at once, and a block no longer in the page', () => {
    const root = mount(`${PAGE}<p id="d">encore un chat</p>`);
    const { index } = indexWords(root, WORDS);
    root.querySelector('#d')!.remove();
    const taken = index.takeWithin([root.querySelector('#a')!, root.querySelector('#c')!]);
    expect(taken.map((r) => r.block.id).sort()).toEqual(['a', 'd']);
    expect(index.markedBlocks().map((b) => b.id)).toEqual(['b']);
  });

  it('records() and counts() skip blocks the page removed', () => {
    const root = mount(PAGE);
    const { index } = indexWords(root, WORDS);
    expect(index.counts()).toEqual({ words: 6 + 3 + 2, signedWords: 3, marks: 3 });
    root.querySelector('#a')!.remove();
    expect(index.records().map((r) => r.block.id)).toEqual(['b']);
    expect(index.counts()).toEqual({ words: 3 + 2, signedWords: 1, marks: 1 });
  });

  it('an expression is one mark, counted as its words', () => {
    const root = mount(PAGE);
    const { index } = indexWords(root, [...WORDS, 'réseau local']);
    expect(index.counts()).toEqual({ words: 11, signedWords: 4, marks: 3 });
    const { node } = textAt(root, ' local');
    expect(index.hitAt(node, 3)?.range.toString()).toBe('réseau local');
  });

  it('a block read again replaces its count, it does not add to it', () => {
    const root = mount(PAGE);
    const { index } = indexWords(root, WORDS);
    const b = root.querySelector('#b')!;
    index.takeBlocks([b]);
    b.textContent = 'un chat noir et un autre chat';
    indexWords(b, WORDS, index);
    expect(index.counts()).toEqual({ words: 6 + 7 + 2, signedWords: 4, marks: 4 });
  });
});

describe('rangeForOffsets: run offsets back to text nodes', () => {
  it.each([
    ['inside the first node', 0, 2, 'ab'],
    ['across a node boundary', 1, 3, 'bc'],
    ['ending exactly at a node boundary: the node it closes', 2, 4, 'cd'],
    ['starting exactly at a node boundary: the node it opens', 4, 6, 'ef'],
    ['the whole run', 0, 6, 'abcdef'],
  ])('%s', (_name, start, end, text) => {
    const [run] = collectRuns(mount('<p>ab<em>cd</em>ef</p>'));
    const range = rangeForOffsets(run!, start, end);
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    expect(live.toString()).toBe(text);
    // A boundary on a node edge stays in the node of its own side: a mark never starts at the end of the previous node.
    if (start === 4) expect(range.startContainer).toBe(run!.nodes[2]);
    if (end === 4) expect(range.endContainer).toBe(run!.nodes[1]);
  });

  it('throws when a node got shorter than the offsets read', () => {
    const [run] = collectRuns(mount('<p>ab<em>cd</em>ef</p>'));
    run!.nodes[2]!.data = 'e';
    expect(() => rangeForOffsets(run!, 4, 6)).toThrow(RangeError);
  });
});
