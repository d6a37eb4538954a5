/**
 * What the mutation watch asks to read again (src/content/mutations.ts), from Chromium's own
 * MutationObserver records: the page's changes made with the DOM calls pages use, the batch
 * delays run on a fake clock (the observer's records still arrive as the browser queues them).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchMutations } from '../../src/content/mutations';
import { mount } from './support/page';

const QUIET_MS = 250;

let stop: (() => void) | null = null;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
});

/** Names a reported root as the tests wrote it: its id, else its tag. */
const nameOf = (node: Node) => (node instanceof Element ? node.id || node.localName : node.nodeName);

/** Watches `root`, lets `change` run, and returns each batch reported once the page was quiet. */
async function reported(root: HTMLElement, change: (root: HTMLElement) => void, isOurs: (node: Node) => boolean = () => false): Promise<string[][]> {
  const batches: string[][] = [];
  stop = watchMutations(root, isOurs, (roots) => batches.push(roots.map(nameOf)));
  change(root);
  await Promise.resolve(); // The observer's records are delivered at the next microtask checkpoint.
  vi.advanceTimersByTime(QUIET_MS);
  return batches;
}

const PAGE = '<div id="feed"><p id="p">un <b id="b">chat</b> noir<!--marker--></p><p id="q">deux</p></div><div id="ours"><p>Signet</p></div>';

describe('what one change asks to read again', () => {
  it.each<[string, (root: HTMLElement) => void, string[][]]>([
    ['text changed in place (characterData)', (r) => ((r.querySelector('#b')!.firstChild as Text).data = 'chien'), [['b']]],
    ['text typed into a node (appendData)', (r) => (r.querySelector('#q')!.firstChild as Text).appendData(' trois'), [['q']]],
    ['a comment changed (a framework marker)', (r) => ((r.querySelector('#p')!.lastChild as Comment).data = 'other'), []],
    ['a text node appended', (r) => r.querySelector('#q')!.append(' et trois'), [['q']]],
    ['an inline element added', (r) => r.querySelector('#q')!.append(Object.assign(document.createElement('em'), { textContent: 'mot' })), [['q']]],
    ['a <br> added (it splits a run)', (r) => r.querySelector('#p')!.insertBefore(document.createElement('br'), r.querySelector('#b')), [['p']]],
    ['an <img> added', (r) => r.querySelector('#p')!.append(document.createElement('img')), [['p']]],
    ['a block appended: that block alone, not its parent', (r) => r.querySelector('#feed')!.append(Object.assign(document.createElement('p'), { id: 'new', textContent: 'nouveau' })), [['new']]],
    ['a block removed: nothing (the index prunes it)', (r) => r.querySelector('#q')!.remove(), []],
    ['an inline element removed: its parent', (r) => r.querySelector('#b')!.remove(), [['p']]],
    ['a text node removed: its parent', (r) => r.querySelector('#q')!.firstChild!.remove(), [['q']]],
    ['a paragraph replaced by innerHTML (removed text, added inline)', (r) => (r.querySelector('#p')!.innerHTML = 'tout <i>neuf</i>'), [['p']]],
    ['made editable (contenteditable set)', (r) => r.querySelector('#q')!.setAttribute('contenteditable', 'true'), [['q']]],
    ['made read-only again (contenteditable removed)', (r) => r.querySelector('#editor')!.removeAttribute('contenteditable'), [['editor']]],
    ['another attribute changed (class, style)', (r) => r.querySelector('#q')!.setAttribute('class', 'x'), []],
  ])('%s', async (_name, change, expected) => {
    const root = mount(`${PAGE}<div id="editor" contenteditable="true"><p>tapé</p></div>`);
    expect(await reported(root, change)).toEqual(expected);
  });

  it.each<[string, (root: HTMLElement) => void]>([
    ['text changed inside it', (r) => ((r.querySelector('#ours p')!.firstChild as Text).data = 'x')],
    ['an element added inside it', (r) => r.querySelector('#ours')!.append(document.createElement('span'))],
    ['it added to the page', (r) => r.append(Object.assign(document.createElement('div'), { className: 'ours', textContent: 'Signet' }))],
  ])("Signet's own element, %s: nothing", async (_name, change) => {
    const root = mount(PAGE);
    const isOurs = (node: Node) => node instanceof Element && (node.id === 'ours' || node.className === 'ours' || node.closest('#ours') !== null);
    expect(await reported(root, change, isOurs)).toEqual([]);
  });
});

describe('batches', () => {
  it('many changes in one block: one batch, outermost roots only', async () => {
    const root = mount(PAGE);
    const batches = await reported(root, (r) => {
      (r.querySelector('#b')!.firstChild as Text).data = 'chien';
      r.querySelector('#p')!.append(' encore');
      r.querySelector('#q')!.append(' trois');
      r.querySelector('#q')!.append(Object.assign(document.createElement('b'), { textContent: 'quatre' }));
    });
    expect(batches).toEqual([['p', 'q']]);
  });

  it('a root changed then removed from the page is not reported', async () => {
    const root = mount(PAGE);
    expect(
      await reported(root, (r) => {
        r.querySelector('#q')!.append(' trois');
        r.querySelector('#feed')!.remove();
      }),
    ).toEqual([]);
  });

  it('waits for the page to be quiet, but never more than a second', async () => {
    const root = mount('<p id="ticker">0</p>');
    const batches: number[] = [];
    stop = watchMutations(
      root,
      () => false,
      (roots) => batches.push(roots.length),
    );
    const ticker = root.querySelector('#ticker')!.firstChild as Text;
    // A live ticker: a change every 100 ms, never quiet for 250 ms.
    for (let t = 0; t < 20; t++) {
      ticker.data = String(t);
      await Promise.resolve();
      vi.advanceTimersByTime(100);
      if (t === 1) expect(batches).toEqual([]); // Quiet time is restarted by each change.
    }
    // Two seconds of changes: one batch after the first second, the next one not due yet.
    expect(batches).toEqual([1]);
  });

  it('reports nothing once stopped', async () => {
    const root = mount(PAGE);
    const batches: Node[][] = [];
    watchMutations(
      root,
      () => false,
      (roots) => batches.push(roots),
    )();
    root.querySelector('#q')!.append(' trois');
    await Promise.resolve();
    vi.advanceTimersByTime(QUIET_MS * 4);
    expect(batches).toEqual([]);
  });
});
