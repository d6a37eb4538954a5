/**
 * How the reader asks for a sign (src/content/triggers.ts), with the pointer and keys driven by
 * Playwright: its events are trusted, as a reader's are, and the same events dispatched by the
 * page's script (untrusted) must do nothing. The index and the overlay are the real ones.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import type { Trigger } from '../../src/common/settings';
import { Overlay } from '../../src/content/overlay';
import { Triggers } from '../../src/content/triggers';
import { charBox, indexWords, mount, textAt } from './support/page';

const HOVER_MS = 120;
/** Longer than the selection's settle time (300 ms) and the hover delay. */
const SETTLE_MS = 450;
const PAGE = '<p id="p">le chapeau rouge et le chat noir</p><p id="far">ailleurs, loin des mots</p>';

interface Setup {
  overlay: Overlay;
  prefetched: string[][];
  asked: number;
  missed: string[];
  options: { trigger: Trigger; hoverDelayMs: number };
}

let detach: (() => void) | null = null;
let current: Setup | null = null;
afterEach(async () => {
  detach?.();
  detach = null;
  current?.overlay.destroy();
  current = null;
  getSelection()?.removeAllRanges();
});

function attach(trigger: Trigger): Setup {
  const root = mount(PAGE);
  const { index } = indexWords(root, ['chapeau', 'chat']);
  const setup: Setup = { overlay: new Overlay('fr'), prefetched: [], asked: 0, missed: [], options: { trigger, hoverDelayMs: HOVER_MS } };
  const triggers = new Triggers(
    index,
    setup.overlay,
    () => setup.options,
    (keys) => setup.prefetched.push([...keys]),
    () => setup.asked++,
    (point) => setup.missed.push(wordAround(point.node.data, point.offset)),
  );
  detach = triggers.attach();
  current = setup;
  return setup;
}

/** The word of `text` around `offset`. */
function wordAround(text: string, offset: number): string {
  const before = text.slice(0, offset + 1).match(/\p{L}*$/u)![0];
  const after = text.slice(offset + 1).match(/^\p{L}*/u)![0];
  return before + after;
}

/** Where to aim at letter `index` of `word`, relative to the paragraph (Playwright's positions are). */
function aim(word: string, index = 1): { element: HTMLElement; position: { x: number; y: number } } {
  const p = document.getElementById('p')!;
  const { node, offset } = textAt(p, word);
  const box = charBox(node, offset + index);
  const origin = p.getBoundingClientRect();
  return { element: p, position: { x: box.left + box.width / 2 - origin.left, y: box.top + box.height / 2 - origin.top } };
}

/** Client coordinates of the same point, for events the page's script would dispatch. */
function clientPoint(word: string, index = 1) {
  const { element, position } = aim(word, index);
  const origin = element.getBoundingClientRect();
  return { clientX: origin.left + position.x, clientY: origin.top + position.y, bubbles: true };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function hover(word: string, index = 1) {
  const { element, position } = aim(word, index);
  await userEvent.hover(element, { position });
}

describe('hover', () => {
  it('resting on a marked word opens its sign after the intent delay, not before; the video is asked for only then', async () => {
    const s = attach('hover');
    await hover('chapeau');
    expect(s.overlay.isOpen).toBe(false);
    expect(s.prefetched).toEqual([]);
    await sleep(HOVER_MS + 150);
    expect([s.overlay.isOpen, s.overlay.shownWord]).toEqual([true, 'chapeau']);
    expect(s.prefetched).toEqual([['chapeau']]);
  });

  it('crossing a marked word on the way elsewhere opens nothing and asks for nothing', async () => {
    const s = attach('hover');
    s.options.hoverDelayMs = 600; // Well above the time Playwright takes between two moves.
    await hover('chapeau');
    await hover('rouge');
    await sleep(600 + 150);
    expect(s.overlay.isOpen).toBe(false);
    expect(s.prefetched).toEqual([]);
    // Resting on a word without a sign as long: a wanted word.
    expect(s.missed).toEqual(['rouge']);
  });

  it('moving within the word once its sign is open: still that sign, not asked again', async () => {
    const s = attach('hover');
    await hover('chapeau', 1);
    await sleep(HOVER_MS + 150);
    await hover('chapeau', 5);
    await sleep(HOVER_MS + 150);
    expect(s.overlay.shownWord).toBe('chapeau');
    expect(s.prefetched).toEqual([['chapeau']]);
  });

  it('from one marked word to another: the second one’s sign', async () => {
    const s = attach('hover');
    await hover('chapeau');
    await sleep(HOVER_MS + 150);
    await hover('chat');
    await sleep(HOVER_MS + 150);
    expect(s.overlay.shownWord).toBe('chat');
    expect(s.prefetched).toEqual([['chapeau'], ['chat']]);
  });

  it.each<Trigger>(['dblclick', 'selection'])('in %s mode, hovering opens nothing', async (trigger) => {
    const s = attach(trigger);
    await hover('chapeau');
    await sleep(HOVER_MS + 150);
    expect(s.overlay.isOpen).toBe(false);
  });

  it('the mode changed to double-click while an intent was pending: it does not open after all', async () => {
    const s = attach('hover');
    await hover('chapeau');
    s.options.trigger = 'dblclick';
    await hover('chapeau', 4);
    await sleep(HOVER_MS + 150);
    expect(s.overlay.isOpen).toBe(false);
  });

  it('mousemove events dispatched by the page do nothing', async () => {
    const s = attach('hover');
    document.getElementById('p')!.dispatchEvent(new MouseEvent('mousemove', clientPoint('chapeau')));
    await sleep(HOVER_MS + 150);
    expect(s.overlay.isOpen).toBe(false);
    expect(s.missed).toEqual([]);
  });

  it('the pointer leaving the document (out of a frame) cancels the intent; back on the word, a new one begins', async () => {
    const s = attach('hover');
    s.options.hoverDelayMs = 600; // Well above the time Playwright takes between two moves.
    await hover('chapeau');
    await commands.pointerLeavesPage();
    await sleep(600 + 150);
    expect(s.overlay.isOpen).toBe(false);
    await hover('chapeau');
    await sleep(600 + 150);
    expect(s.overlay.shownWord).toBe('chapeau');
  });

  it('a synthetic mouseout (as if the pointer left the frame) does not cancel the reader’s intent', async () => {
    const s = attach('hover');
    await hover('chapeau');
    document.dispatchEvent(new MouseEvent('mouseout', { relatedTarget: null, bubbles: true }));
    await sleep(HOVER_MS + 150);
    expect(s.overlay.shownWord).toBe('chapeau');
  });
});

describe('double-click', () => {
  it.each<Trigger>(['dblclick', 'selection', 'hover'])('in %s mode, a double-click on a marked word opens its sign at once', async (trigger) => {
    const s = attach(trigger);
    s.options.hoverDelayMs = 60_000; // Hovering cannot be what opens it.
    const { element, position } = aim('chat');
    await userEvent.dblClick(element, { position });
    expect([s.overlay.isOpen, s.overlay.shownWord]).toEqual([true, 'chat']);
    expect(s.prefetched).toEqual([['chat']]);
  });

  it('on a word without a sign: counted as wanted, and asked about (the "no sign yet" bubble)', async () => {
    const s = attach('dblclick');
    const { element, position } = aim('rouge');
    await userEvent.dblClick(element, { position });
    expect(s.overlay.isOpen).toBe(false);
    expect(s.missed).toEqual(['rouge']);
    expect(s.asked).toBe(1);
  });

  it('a dblclick event dispatched by the page does nothing', async () => {
    const s = attach('dblclick');
    document.getElementById('p')!.dispatchEvent(new MouseEvent('dblclick', clientPoint('chat')));
    await sleep(50);
    expect(s.overlay.isOpen).toBe(false);
    expect(s.missed).toEqual([]);
  });
});

describe('selection', () => {
  /**
   * Selects the first letter of `word` (Chromium extends a range with Shift+arrows, never a bare
   * caret in static text), then the reader extends it with Shift+→ to `length` characters.
   */
  async function selectWithKeys(word: string, length: number) {
    const { node, offset } = textAt(document.getElementById('p')!, word);
    getSelection()!.setBaseAndExtent(node, offset, node, offset + 1);
    await sleep(SETTLE_MS);
    await userEvent.keyboard(`{Shift>}${'{ArrowRight}'.repeat(length - 1)}{/Shift}`);
  }

  it('a marked word selected with the keyboard opens its sign once the selection settles', async () => {
    const s = attach('selection');
    await selectWithKeys('chapeau', 'chapeau'.length);
    expect(getSelection()!.toString()).toBe('chapeau');
    expect(s.overlay.isOpen).toBe(false);
    await sleep(SETTLE_MS);
    expect(s.overlay.shownWord).toBe('chapeau');
    expect(s.asked).toBe(0);
  });

  it('a double-clicked word extended with Shift+→ over the next: asked about as a phrase', async () => {
    const s = attach('selection');
    const { element, position } = aim('chapeau');
    await userEvent.dblClick(element, { position });
    await sleep(SETTLE_MS);
    expect(s.overlay.shownWord).toBe('chapeau');
    await userEvent.keyboard(`{Shift>}${'{ArrowRight}'.repeat(' rouge'.length)}{/Shift}`);
    expect(getSelection()!.toString()).toBe('chapeau rouge');
    await sleep(SETTLE_MS);
    expect(s.asked).toBe(1);
  });

  it('a word without a sign selected with the keyboard: counted as wanted and asked about', async () => {
    const s = attach('selection');
    await selectWithKeys('rouge', 'rouge'.length);
    await sleep(SETTLE_MS);
    expect(s.overlay.isOpen).toBe(false);
    expect(s.missed).toEqual(['rouge']);
    expect(s.asked).toBe(1);
  });

  it('select all (Ctrl+A): more than a mark, asked about', async () => {
    const s = attach('selection');
    await userEvent.click(document.getElementById('far')!);
    await userEvent.keyboard('{Control>}a{/Control}');
    await sleep(SETTLE_MS);
    expect(s.overlay.isOpen).toBe(false);
    expect(s.asked).toBe(1);
  });

  it("a selection made by the page's script opens nothing and asks nothing", async () => {
    const s = attach('selection');
    const { node, offset } = textAt(document.getElementById('p')!, 'chapeau');
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 'chapeau'.length);
    getSelection()!.addRange(range);
    await sleep(SETTLE_MS);
    expect(s.overlay.isOpen).toBe(false);
    expect(s.asked).toBe(0);
  });

  it('a script selection right after keys that select nothing (typing, arrows alone) opens nothing', async () => {
    const s = attach('selection');
    await userEvent.keyboard('{ArrowRight}x');
    const { node, offset } = textAt(document.getElementById('p')!, 'chat');
    getSelection()!.setBaseAndExtent(node, offset, node, offset + 4);
    await sleep(SETTLE_MS);
    expect(s.overlay.isOpen).toBe(false);
  });

  it('in double-click mode, a keyboard selection opens nothing', async () => {
    const s = attach('dblclick');
    await selectWithKeys('chapeau', 'chapeau'.length);
    await sleep(SETTLE_MS);
    expect(s.overlay.isOpen).toBe(false);
    expect(s.asked).toBe(0);
  });
});
