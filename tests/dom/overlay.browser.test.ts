/**
 * The overlay's host in a real page (src/content/overlay.ts): the one element Signet adds, a
 * closed shadow root that the page's styles do not reach and that adds none to the page, and what
 * opens and closes it. Keys and clicks come from Playwright, trusted as a reader's are.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Overlay } from '../../src/content/overlay';
import { mount, textAt } from './support/page';

let overlay: Overlay | null = null;
/** Each closed root attached during a test, as the page's own script could never see it. */
let closedRoots: ShadowRoot[] = [];
beforeEach(() => {
  closedRoots = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    if (init.mode === 'closed') closedRoots.push(root);
    return root;
  });
});
afterEach(() => {
  overlay?.destroy();
  overlay = null;
  vi.restoreAllMocks();
  document.head.querySelectorAll('style[data-page]').forEach((s) => s.remove());
});

function wordRange(root: Node, word: string): Range {
  const { node, offset } = textAt(root, word);
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + word.length);
  return range;
}

/** The player frame inside the closed root, reached through the root the spy kept. */
function frame(): HTMLIFrameElement {
  const root = closedRoots.at(-1)!;
  return root.querySelector('iframe')!;
}

/** Shows the sign for `word` beside it, in the page `root` (by default, one paragraph holding it). */
function show(word = 'chapeau', request: { fromKeyboard?: boolean; root?: HTMLElement } = {}) {
  const root = request.root ?? mount(`<p>le ${word} rouge</p>`);
  overlay ??= new Overlay('fr');
  overlay.show({ keys: [word], written: word, anchor: wordRange(root, word), fromKeyboard: request.fromKeyboard ?? false });
  return overlay;
}

describe('the host', () => {
  it('is created only when asked, once, outside <body>, with a closed shadow root holding the player frame', () => {
    mount('<p>le chapeau rouge</p>');
    overlay = new Overlay('fr');
    expect(document.querySelector('signet-overlay')).toBeNull();
    overlay.prepare();
    overlay.prepare();
    const hosts = document.querySelectorAll('signet-overlay');
    expect(hosts).toHaveLength(1);
    const host = hosts[0] as HTMLElement;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull();
    expect(closedRoots).toHaveLength(1);
    expect(closedRoots[0]!.host).toBe(host);
    const f = frame();
    expect([f.title, f.referrerPolicy, f.tabIndex, f.getAttribute('allow')]).toEqual(['Signet', 'no-referrer', -1, 'autoplay']);
    expect(getComputedStyle(f).visibility).toBe('hidden');
  });

  it('adds no style to the page and changes none of its elements', () => {
    const root = mount('<p id="p">le chapeau rouge</p><div id="d">bloc</div>');
    const PROPERTIES = ['color', 'font-size', 'display', 'margin-top', 'background-color'];
    const styleOf = (el: Element) => PROPERTIES.map((property) => getComputedStyle(el).getPropertyValue(property));
    const before = { sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length, html: root.innerHTML, p: styleOf(root.querySelector('#p')!) };
    show('chapeau', { root });
    expect(document.styleSheets.length).toBe(before.sheets);
    expect(document.adoptedStyleSheets.length).toBe(before.adopted);
    expect(root.innerHTML).toBe(before.html);
    expect(styleOf(root.querySelector('#p')!)).toEqual(before.p);
  });

  it.each([
    ['inherited properties set on :root', ':root { color: red; font: 40px serif; visibility: hidden; cursor: wait; direction: rtl; opacity: 1 }'],
    ['a reset for every element', '*, *::before, *::after { box-sizing: border-box; margin: 0; padding: 0; border: 0 solid; transition: none !important }'],
    ['rules for every iframe', 'iframe { border: 9px solid red !important; position: static !important; opacity: .2 !important; width: 100% !important; display: block !important }'],
    ['a rule for the host’s descendants', 'signet-overlay iframe, signet-overlay * { visibility: hidden !important; transform: rotate(90deg) !important }'],
  ])('the page’s styles do not reach the frame: %s', (_name, css) => {
    const style = Object.assign(document.createElement('style'), { textContent: css });
    style.setAttribute('data-page', '');
    document.head.append(style);
    show();
    const computed = getComputedStyle(frame());
    expect({
      position: computed.position,
      border: computed.borderTopWidth,
      opacity: computed.opacity,
      visibility: computed.visibility,
      display: computed.display,
      transform: computed.transform,
    }).toEqual({
      position: 'fixed',
      border: '0px',
      opacity: '1',
      visibility: 'visible',
      display: 'block', // position: fixed makes it a block.
      transform: 'none',
    });
    expect(computed.zIndex).toBe('2147483647');
  });

  it('a transform on every element of the page (a GPU-layer hack): the frame placed as without it', () => {
    // Scrolled: a containing block other than the viewport would show here.
    const root = mount('<div style="height: 500px"></div><p>le chapeau rouge</p><div style="height: 2000px"></div>');
    scrollTo(0, 200);
    const o = show('chapeau', { root });
    const plain = frame().getBoundingClientRect().toJSON();
    o.close();
    const style = Object.assign(document.createElement('style'), { textContent: '* { transform: translateZ(0) }' });
    style.setAttribute('data-page', '');
    document.head.append(style);
    show('chapeau', { root });
    expect(frame().getBoundingClientRect().toJSON()).toEqual(plain);
    scrollTo(0, 0);
  });

  it('is made again when the page removed it', () => {
    const o = show();
    document.querySelector('signet-overlay')!.remove();
    expect(o.isOpen).toBe(false);
    o.prepare();
    expect(document.querySelectorAll('signet-overlay')).toHaveLength(1);
    expect(closedRoots).toHaveLength(2);
  });

  it('destroy(): the host leaves the page', () => {
    const o = show();
    o.destroy();
    overlay = null;
    expect(document.querySelector('signet-overlay')).toBeNull();
  });
});

describe('open and closed', () => {
  it('show(): the frame is visible beside the word, and says what it shows', () => {
    const o = show('chapeau');
    const f = frame();
    expect(getComputedStyle(f).visibility).toBe('visible');
    expect([o.isOpen, o.shownWord, o.shownKeys]).toEqual([true, 'chapeau', ['chapeau']]);
    const word = o.shownAnchor!.getBoundingClientRect();
    const box = f.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(word.bottom);
  });

  it('close(): hidden again, the host kept for the next sign', () => {
    const o = show();
    o.close();
    expect(getComputedStyle(frame()).visibility).toBe('hidden');
    expect([o.isOpen, o.shownWord, o.shownKeys]).toEqual([false, null, null]);
    expect(document.querySelectorAll('signet-overlay')).toHaveLength(1);
  });

  it('Esc pressed by the reader closes it; an Escape the page dispatches does not', async () => {
    const o = show();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(o.isOpen).toBe(true);
    await userEvent.keyboard('{Escape}');
    expect(o.isOpen).toBe(false);
  });

  it('a click on the page closes it; a pointerdown the page dispatches does not', async () => {
    // Above the word: the frame opens below it.
    const root = mount('<p id="other">ailleurs</p><p>le chapeau rouge</p>');
    const o = show('chapeau', { root });
    const other = root.querySelector('#other')!;
    other.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(o.isOpen).toBe(true);
    await userEvent.click(other);
    expect(o.isOpen).toBe(false);
  });

  it('its word scrolled out of view takes it away', async () => {
    const o = show('chapeau', { root: mount('<p>le chapeau rouge</p><div style="height: 5000px"></div>') });
    scrollTo(0, 3000);
    await vi.waitFor(() => expect(o.isOpen).toBe(false), { timeout: 2000 });
    scrollTo(0, 0);
  });

  it('opened from the keyboard: focus goes to the player, and back where it was on close', () => {
    const root = mount('<p>le chapeau rouge</p><button id="b">bouton</button>');
    const button = root.querySelector<HTMLButtonElement>('#b')!;
    button.focus();
    const o = show('chapeau', { fromKeyboard: true, root });
    expect(document.activeElement).toBe(document.querySelector('signet-overlay'));
    o.close();
    expect(document.activeElement).toBe(button);
  });
});
