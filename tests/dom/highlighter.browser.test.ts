/**
 * The marks (src/content/highlighter.ts) in Chromium's CSS Custom Highlight registry: which
 * ranges are registered, under which name, painted only near the viewport, given back when the
 * page's script takes them, and released for good on detach.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_NAMES, Highlighter } from '../../src/content/highlighter';
import type { RunRecord } from '../../src/content/run-index';
import { indexWords, mount } from './support/page';

const SIGNET_NAMES = Object.values(HIGHLIGHT_NAMES);
const PAGE = '<p id="a">le réseau et le chapeau</p><p id="b">un chat noir</p>';
const WORDS = ['réseau', 'chapeau', 'chat'];

let highlighter: Highlighter | null = null;
afterEach(() => {
  highlighter?.detach();
  highlighter = null;
  CSS.highlights.clear();
  scrollTo(0, 0);
});

function marked(html: string, words = WORDS): { records: RunRecord[]; hl: Highlighter } {
  const { records } = indexWords(mount(html), words);
  const hl = (highlighter = new Highlighter());
  for (const record of records) hl.add(record);
  return { records, hl };
}

/** The names Signet's highlight is registered under now, and the words its ranges cover. */
function registry(): { names: string[]; words: string[] } {
  const names = SIGNET_NAMES.filter((name) => CSS.highlights.has(name));
  const highlight = names[0] ? CSS.highlights.get(names[0])! : null;
  const words = highlight ? [...highlight].map((r) => textOf(r as AbstractRange)).sort() : [];
  return { names, words };
}

function textOf(range: AbstractRange): string {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

/** The IntersectionObserver reports at the next frames. */
const settled = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 20 });

describe('registering the marks', () => {
  it('each match near the viewport is a range of the one highlight, under the default name', async () => {
    marked(PAGE);
    await settled(() => expect(registry()).toEqual({ names: ['signet-word'], words: ['chapeau', 'chat', 'réseau'] }));
  });

  it('a word split across inline elements is one range over its nodes', async () => {
    marked('<p>le ré<b>sea</b>u local</p>', ['réseau']);
    await settled(() => expect(registry().words).toEqual(['réseau']));
  });

  it.each([
    ['underline', true, ['signet-word-underline']],
    ['background', true, ['signet-word-background']],
    ['both', true, ['signet-word']],
    ['underline', false, []],
  ] as const)('setLook(%s, visible %s): registered as %j, the ranges kept', async (style, visible, names) => {
    const { hl } = marked(PAGE);
    await settled(() => expect(registry().words).toHaveLength(3));
    const highlight = CSS.highlights.get('signet-word')!;
    hl.setLook(visible, style);
    expect(registry().names).toEqual(names);
    for (const name of names) expect(CSS.highlights.get(name)).toBe(highlight);
    expect(highlight.size).toBe(3);
  });

  it("leaves the page's own highlights alone, whatever the look", async () => {
    const pageOwn = new Highlight();
    CSS.highlights.set('page-search', pageOwn);
    const { hl } = marked(PAGE);
    await settled(() => expect(registry().words).toHaveLength(3));
    hl.setLook(true, 'underline');
    hl.setLook(false, 'underline');
    hl.detach();
    expect(CSS.highlights.get('page-search')).toBe(pageOwn);
  });
});

describe('releasing the marks', () => {
  it('records removed: their ranges leave the highlight, the others stay', async () => {
    const { records, hl } = marked(PAGE);
    await settled(() => expect(registry().words).toHaveLength(3));
    const b = records.find((r) => r.block.id === 'b')!;
    hl.remove([b]);
    expect(registry().words).toEqual(['chapeau', 'réseau']);
    expect(b.ranges).toBeNull();
  });

  it('detach: nothing registered under any of Signet’s names, nothing painted again', async () => {
    const { records, hl } = marked(PAGE);
    await settled(() => expect(registry().words).toHaveLength(3));
    const highlight = CSS.highlights.get('signet-word')!;
    hl.detach();
    highlighter = null;
    expect(registry().names).toEqual([]);
    expect(highlight.size).toBe(0);
    hl.add(records[0]!);
    hl.setLook(true, 'both');
    hl.heal();
    expect(registry().names).toEqual([]);
  });
});

describe('only near the viewport', () => {
  const FAR = `<p id="near">le chapeau</p><div style="height: 4000px"></div><p id="far">un chat</p><div style="height: 2000px"></div>`;

  it('a block far below is painted when scrolled near, and unpainted when scrolled away', async () => {
    const { records } = marked(FAR);
    const far = records.find((r) => r.block.id === 'far')!;
    await settled(() => expect(registry().words).toEqual(['chapeau']));
    expect(far.ranges).toBeNull();
    far.block.scrollIntoView();
    await settled(() => expect(registry().words).toEqual(['chat']));
    scrollTo(0, 0);
    await settled(() => expect(registry().words).toEqual(['chapeau']));
    expect(far.ranges).toBeNull();
  });
});

describe("healing what the page's script did", () => {
  it.each<[string, () => void]>([
    ['CSS.highlights.clear()', () => CSS.highlights.clear()],
    ['its own Highlight put under Signet’s name', () => CSS.highlights.set('signet-word', new Highlight())],
    ['ranges taken out of Signet’s highlight', () => CSS.highlights.get('signet-word')!.clear()],
  ])('%s: heal() registers the marks again', async (_name, vandalise) => {
    const { hl } = marked(PAGE);
    await settled(() => expect(registry().words).toHaveLength(3));
    vandalise();
    expect(registry().words).not.toHaveLength(3);
    hl.heal();
    expect(registry()).toEqual({ names: ['signet-word'], words: ['chapeau', 'chat', 'réseau'] });
  });

  it('a scroll of the page heals on its own, at the next frame', async () => {
    marked(`${PAGE}<div style="height: 3000px"></div>`);
    await settled(() => expect(registry().words).toHaveLength(3));
    CSS.highlights.clear();
    scrollBy(0, 50);
    await settled(() => expect(registry().words).toHaveLength(3));
  });
});
