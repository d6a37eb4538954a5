import type { Trigger } from '../common/settings';
import { selectionStart, textPointAt, type TextPoint } from './hit-test';
import type { MatchHit, RunIndex } from './run-index';
import type { Overlay } from './overlay';

const SELECTION_SETTLE_MS = 300;

export interface TriggerOptions {
  trigger: Trigger;
  /** Hover intent: long enough that a pointer crossing a line does not open signs (the default, 250 ms, is the settings' default). */
  hoverDelayMs: number;
}

/**
 * How the reader asks for a sign by pointing, as the settings say: hover (with an intent
 * delay), double-click, or selecting a word. "hover" accepts all three; "selection" accepts
 * double-click too, which selects a word; "dblclick" only double-click. The options are read
 * at each event, so a change in the popup applies at once. Closing is the overlay's job.
 * Listeners are passive and never stop the page's own handlers.
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
    private readonly options: () => TriggerOptions,
    private readonly prefetch: (keys: readonly string[]) => void,
    /** A word the reader asked for that has no sign (wanted words, counted by the background). */
    private readonly missed: (point: TextPoint) => void = () => undefined,
  ) {}

  attach(): () => void {
    const options = { capture: true, passive: true } as const;
    addEventListener('mousemove', this.onMouseMove, options);
    addEventListener('dblclick', this.onDoubleClick, options);
    document.addEventListener('selectionchange', this.onSelectionChange);
    return () => {
      removeEventListener('mousemove', this.onMouseMove, options);
      removeEventListener('dblclick', this.onDoubleClick, options);
      document.removeEventListener('selectionchange', this.onSelectionChange);
      clearTimeout(this.hoverTimer);
      clearTimeout(this.selectionTimer);
    };
  }

  private onMouseMove = (event: MouseEvent) => {
    if (this.options().trigger !== 'hover') {
      // The mode changed while an intent was pending: it must not open after all.
      clearTimeout(this.hoverTimer);
      this.hoverTarget = null;
      return;
    }
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
    const point = textPointAt(x, y);
    const hit = point ? this.index.hitAt(point.node, point.offset) : null;
    if (hit && this.hoverTarget && hit.match === this.hoverTarget.match) return; // Still on the same word.
    clearTimeout(this.hoverTimer);
    this.hoverTarget = hit;
    if (!hit) {
      // Leaving a word does not close its sign: the reader may be moving to the overlay. Resting
      // on a word without a sign as long as on a marked one makes it a wanted word.
      if (point) this.hoverTimer = setTimeout(() => this.missed(point), this.options().hoverDelayMs);
      return;
    }
    if (sameKeys(this.overlay.shownKeys, hit.match.keys) && this.overlay.isOpen) return;
    this.overlay.prepare(); // Intent begins: load the player now so the sign starts when the delay ends.
    this.prefetch(hit.match.keys); // …and its video into the cache.
    this.hoverTimer = setTimeout(() => {
      if (this.options().trigger === 'hover') this.open(hit, false);
    }, this.options().hoverDelayMs);
  }

  private onDoubleClick = (event: MouseEvent) => {
    const point = textPointAt(event.clientX, event.clientY);
    const hit = point ? this.index.hitAt(point.node, point.offset) : null;
    if (hit) this.open(hit, false);
    else if (point) this.missed(point);
  };

  /**
   * Selecting a word (or an expression) that has a sign shows it, whether the selection was
   * made with the mouse or the keyboard. selectionchange fires on every caret move, so wait
   * until the selection has settled.
   */
  private onSelectionChange = () => {
    clearTimeout(this.selectionTimer);
    if (this.options().trigger === 'dblclick') return;
    this.selectionTimer = setTimeout(() => {
      const selection = getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
      const start = selectionStart(selection.getRangeAt(0));
      if (!start || selection.toString().length > 80) return;
      const hit = this.index.hitAt(start.node, start.offset);
      if (hit && !sameKeys(this.overlay.shownKeys, hit.match.keys)) this.open(hit, false);
      else if (!hit) this.missed(start);
    }, SELECTION_SETTLE_MS);
  };

  private open(hit: MatchHit, fromKeyboard: boolean): void {
    this.overlay.show({ keys: hit.match.keys, written: hit.range.toString(), anchor: hit.range, fromKeyboard });
  }
}

function sameKeys(a: readonly string[] | null, b: readonly string[]): boolean {
  return a !== null && a.length === b.length && a.every((k, i) => k === b[i]);
}
