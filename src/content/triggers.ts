import { textPointAt } from './hit-test';
import type { MatchHit, RunIndex } from './run-index';
import type { Overlay } from './overlay';

/** Long enough that a pointer crossing a line of text does not open signs, short enough to feel immediate. */
export const HOVER_INTENT_MS = 250;
const SELECTION_SETTLE_MS = 300;

/**
 * How the reader asks for a sign: hover (with an intent delay), double-click, or selecting a
 * word. Also how the sign goes away: Esc, a click elsewhere (scrolling the word away is the
 * overlay's job). Listeners are passive and never stop the page's own handlers.
 */
export class Triggers {
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private hoverTarget: MatchHit | null = null;
  private lastPointer: { x: number; y: number } | null = null;
  private framePending = false;
  private selectionTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly index: RunIndex,
    private readonly overlay: Overlay,
  ) {}

  attach(): () => void {
    const options = { capture: true, passive: true } as const;
    addEventListener('mousemove', this.onMouseMove, options);
    addEventListener('dblclick', this.onDoubleClick, options);
    document.addEventListener('selectionchange', this.onSelectionChange);
    addEventListener('pointerdown', this.onPointerDown, options);
    addEventListener('keydown', this.onKeyDown, { capture: true });
    return () => {
      removeEventListener('mousemove', this.onMouseMove, options);
      removeEventListener('dblclick', this.onDoubleClick, options);
      document.removeEventListener('selectionchange', this.onSelectionChange);
      removeEventListener('pointerdown', this.onPointerDown, options);
      removeEventListener('keydown', this.onKeyDown, { capture: true });
    };
  }

  private hitAt(x: number, y: number): MatchHit | null {
    const point = textPointAt(x, y);
    return point ? this.index.hitAt(point.node, point.offset) : null;
  }

  private onMouseMove = (event: MouseEvent) => {
    this.lastPointer = { x: event.clientX, y: event.clientY };
    // Hit-testing once per frame is plenty; mousemove can fire several times per frame.
    if (this.framePending) return;
    this.framePending = true;
    requestAnimationFrame(() => {
      this.framePending = false;
      if (this.lastPointer) this.hover(this.lastPointer.x, this.lastPointer.y);
    });
  };

  private hover(x: number, y: number): void {
    const hit = this.hitAt(x, y);
    if (hit && this.hoverTarget && hit.match === this.hoverTarget.match) return; // Still on the same word.
    clearTimeout(this.hoverTimer);
    this.hoverTarget = hit;
    if (!hit) return; // Leaving a word does not close its sign: the reader may be moving to the overlay.
    if (sameKeys(this.overlay.shownKeys, hit.match.keys) && this.overlay.isOpen) return;
    this.overlay.prepare(); // Intent begins: load the player now so the sign starts when the delay ends.
    this.hoverTimer = setTimeout(() => this.open(hit, false), HOVER_INTENT_MS);
  }

  private onDoubleClick = (event: MouseEvent) => {
    const hit = this.hitAt(event.clientX, event.clientY);
    if (hit) this.open(hit, false);
  };

  /**
   * Selecting a word (or an expression) that has a sign shows it, whether the selection was
   * made with the mouse or the keyboard. selectionchange fires on every caret move, so wait
   * until the selection has settled.
   */
  private onSelectionChange = () => {
    clearTimeout(this.selectionTimer);
    this.selectionTimer = setTimeout(() => {
      const selection = getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (range.startContainer.nodeType !== Node.TEXT_NODE || selection.toString().length > 80) return;
      // The first signed word that the selection starts in (or right after leading spaces).
      const start = range.startContainer as Text;
      const lead = /^\s*/.exec(start.data.slice(range.startOffset))![0].length;
      const hit = this.index.hitAt(start, Math.min(range.startOffset + lead, start.length - 1));
      if (hit && !sameKeys(this.overlay.shownKeys, hit.match.keys)) this.open(hit, false);
    }, SELECTION_SETTLE_MS);
  };

  private onPointerDown = (event: PointerEvent) => {
    if (this.overlay.isOpen && !this.overlay.owns(event.target)) this.overlay.close();
  };

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.overlay.isOpen) this.overlay.close();
  };

  private open(hit: MatchHit, fromKeyboard: boolean): void {
    this.overlay.show({ keys: hit.match.keys, written: hit.range.toString(), anchor: hit.range, fromKeyboard });
  }
}

function sameKeys(a: readonly string[] | null, b: readonly string[]): boolean {
  return a !== null && a.length === b.length && a.every((k, i) => k === b[i]);
}
