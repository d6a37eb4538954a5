/**
 * A sign opened by hovering closes once the reader's pointer has left the word (and the player)
 * for LEAVE_CLOSE_MS (src/content/leave-watch.ts, through the overlay). The pointer is
 * Playwright's, trusted; the page's own mousemove events must not close the reader's sign.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { LEAVE_CLOSE_MS } from '../../src/content/leave-watch';
import { Overlay } from '../../src/content/overlay';
import { charBox, mount, textAt } from './support/page';

let overlay: Overlay | null = null;
afterEach(() => {
  overlay?.destroy();
  overlay = null;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Above the word: the player opens below it, so the pointer there is on the page, not the player. */
const PAGE = '<p id="away">ailleurs sur la page</p><div style="height: 60px"></div><p id="p">le chapeau rouge</p>';

/** The pointer on letter `index` of « chapeau », then the sign opened as a hover opens it. */
async function openByHover(): Promise<Overlay> {
  const root = mount(PAGE);
  const p = root.querySelector<HTMLElement>('#p')!;
  const { node, offset } = textAt(p, 'chapeau');
  await pointAt(p, node, offset + 2);
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + 'chapeau'.length);
  overlay = new Overlay('fr');
  overlay.show({ keys: ['chapeau'], written: 'chapeau', anchor: range, fromKeyboard: false, closeOnLeave: true });
  return overlay;
}

async function pointAt(p: HTMLElement, node: Text, offset: number) {
  const box = charBox(node, offset);
  const origin = p.getBoundingClientRect();
  await userEvent.hover(p, { position: { x: box.left + box.width / 2 - origin.left, y: box.top + box.height / 2 - origin.top } });
}

describe('closing a hover-opened sign', () => {
  it('the pointer left the word for the page: closed after the delay, not before', async () => {
    const o = await openByHover();
    await userEvent.hover(document.getElementById('away')!);
    await sleep(LEAVE_CLOSE_MS / 2);
    expect(o.isOpen).toBe(true);
    await sleep(LEAVE_CLOSE_MS);
    expect(o.isOpen).toBe(false);
  });

  it('the pointer stays on the word, moving between its letters: open', async () => {
    const o = await openByHover();
    const p = document.getElementById('p')!;
    const { node, offset } = textAt(p, 'chapeau');
    for (const i of [0, 4, 6, 3]) await pointAt(p, node, offset + i);
    await sleep(LEAVE_CLOSE_MS + 300);
    expect(o.isOpen).toBe(true);
  });

  it('the pointer comes back to the word in time: open', async () => {
    const o = await openByHover();
    await userEvent.hover(document.getElementById('away')!);
    await sleep(LEAVE_CLOSE_MS / 3);
    const p = document.getElementById('p')!;
    const { node, offset } = textAt(p, 'chapeau');
    await pointAt(p, node, offset + 1);
    await sleep(LEAVE_CLOSE_MS + 300);
    expect(o.isOpen).toBe(true);
  });

  it('mousemove events the page dispatches far from the word do not close it', async () => {
    const o = await openByHover();
    const away = document.getElementById('away')!.getBoundingClientRect();
    document.dispatchEvent(new MouseEvent('mousemove', { clientX: away.left + 5, clientY: away.top + 5, bubbles: true }));
    await sleep(LEAVE_CLOSE_MS + 300);
    expect(o.isOpen).toBe(true);
  });

  it('a sign opened otherwise (a double-click) stays when the pointer leaves', async () => {
    const root = mount(PAGE);
    const range = document.createRange();
    range.selectNodeContents(root.querySelector('#p')!.firstChild!);
    overlay = new Overlay('fr');
    overlay.show({ keys: ['chapeau'], written: 'chapeau', anchor: range, fromKeyboard: false });
    await userEvent.hover(root.querySelector('#away')!);
    await sleep(LEAVE_CLOSE_MS + 300);
    expect(overlay.isOpen).toBe(true);
  });
});
