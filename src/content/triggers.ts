import type { Trigger } from '../common/settings';
import { selectionStart, textPointAt, type TextPoint } from './hit-test';
import type { MatchHit, RunIndex } from './run-index';
import type { Overlay } from './overlay';

const SELECTION_SETTLE_MS = 300;
/** Longer selections are text being copied, not words asked about (60 words fit well within). */
const MAX_SELECTION_CHARS = 1000;
/**
 * A selection change counts as the reader's only this soon after one of their own pointer-button
 * or selecting-key actions (or while a button is held, dragging). A keyboard selection follows
 * its keydown by a few milliseconds; a script's selection follows no such input at all.
 */
const SELECTION_AFTER_INPUT_MS = 500;

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
 *
 * Only the reader opens signs: events the page's own script dispatches (`isTrusted` false) are
 * ignored, and a selection counts only right after a trusted key or pointer action, so a page
 * cannot open Signet's player, or learn from its timing which words have a sign. The video is
 * asked for only once the reader's intent is clear (the hover delay passed, a double-click, a
 * selection): a pointer crossing marked words tells no video host which words were under it.
 */
export class Triggers {
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private hoverTarget: MatchHit | null = null;
  private lastPointer: { x: number; y: number } | null = null;
  private framePending = false;
  private selectionTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the reader last pressed a key or a pointer button (trusted events only), and whether one is held. */
  private lastInputAt = -Infinity;
  private buttonHeld = false;

  constructor(
    private readonly index: RunIndex,
    private readonly overlay: Overlay,
    private readonly options: () => TriggerOptions,
    private readonly prefetch: (keys: readonly string[]) => void,
    /**
     * A selection that is not exactly one marked word (a word without a sign: the "no sign yet"
     * bubble; several words: a phrase), asked about as the command would.
     */
    private readonly askAboutSelection: () => void = () => {},
    /** A word the reader asked for that has no sign (wanted words, counted by the background). */
    private readonly missed: (point: TextPoint) => void = () => undefined,
    /** The open shadow roots read (scan-roots.ts): the hit test looks into them. */
    private readonly shadowRoots: () => readonly ShadowRoot[] = () => [],
  ) {}

  attach(): () => void {
    const options = { capture: true, passive: true } as const;
    addEventListener('mousemove', this.onMouseMove, options);
    addEventListener('dblclick', this.onDoubleClick, options);
    addEventListener('mouseout', this.onMouseOut, options);
    for (const type of INPUT_EVENTS) addEventListener(type, this.onInput, options);
    document.addEventListener('selectionchange', this.onSelectionChange);
    return () => {
      removeEventListener('mousemove', this.onMouseMove, options);
      removeEventListener('dblclick', this.onDoubleClick, options);
      removeEventListener('mouseout', this.onMouseOut, options);
      for (const type of INPUT_EVENTS) removeEventListener(type, this.onInput, options);
      document.removeEventListener('selectionchange', this.onSelectionChange);
      clearTimeout(this.hoverTimer);
      clearTimeout(this.selectionTimer);
    };
  }

  private onInput = (event: Event) => {
    if (!event.isTrusted || (event instanceof KeyboardEvent && !selectsText(event))) return;
    this.lastInputAt = performance.now();
    if (event.type === 'pointerdown') this.buttonHeld = true;
    else if (event.type === 'pointerup' || event.type === 'pointercancel') this.buttonHeld = false;
  };

  private onMouseMove = (event: MouseEvent) => {
    if (!event.isTrusted) return;
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

  /**
   * The pointer left this document (out of a frame onto the page around it): no mousemove says
   * so, and coming back onto the word it left must start a new intent, not count as "still on
   * the same word" (fr-frames.html: a word hovered again after visiting the page never opened).
   */
  private onMouseOut = (event: MouseEvent) => {
    if (!event.isTrusted || event.relatedTarget !== null) return;
    clearTimeout(this.hoverTimer);
    this.hoverTarget = null;
    this.lastPointer = null;
  };

  private hover(x: number, y: number): void {
    const point = textPointAt(x, y, this.shadowRoots());
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
    // Intent begins: load the player now (an extension page, nothing leaves the machine) so the
    // sign starts when the delay ends. The video is asked for only then, in open().
    this.overlay.prepare();
    this.hoverTimer = setTimeout(() => {
      // The page took the word out during the delay (a single-page app changing view under a
      // resting pointer): its live Range collapsed onto where it was, and there is nothing to sign.
      if (this.options().trigger === 'hover' && !hit.range.collapsed) this.open(hit, false, true);
    }, this.options().hoverDelayMs);
  }

  private onDoubleClick = (event: MouseEvent) => {
    if (!event.isTrusted) return;
    const point = textPointAt(event.clientX, event.clientY, this.shadowRoots());
    const hit = point ? this.index.hitAt(point.node, point.offset) : null;
    if (hit) this.open(hit, false);
    else {
      // A word without a sign: counted as wanted (on this computer only, src/background/my-signs.ts).
      if (point) this.missed(point);
      // In the other modes the double-click's selection reaches onSelectionChange.
      if (this.options().trigger === 'dblclick' && getSelection()?.isCollapsed === false) this.askAboutSelection();
    }
  };

  /**
   * Selecting a word (or an expression) that has a sign shows it, whether the selection was
   * made with the mouse or the keyboard; any other selection (a word without a sign, a phrase)
   * is asked about. selectionchange fires on every caret move, so wait until the selection has
   * settled.
   */
  private onSelectionChange = (event: Event) => {
    if (!event.isTrusted) return; // Dispatched by the page's script: no selection changed.
    clearTimeout(this.selectionTimer);
    // The reader's own selection, or the page's script at work: only the first may open a sign.
    const byReader = this.buttonHeld || performance.now() - this.lastInputAt <= SELECTION_AFTER_INPUT_MS;
    if (this.options().trigger === 'dblclick' || !byReader) return;
    this.selectionTimer = setTimeout(() => {
      const selection = getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      const start = selectionStart(range);
      const text = selection.toString().trim();
      if (text === '' || text.length > MAX_SELECTION_CHARS) return;
      // A selection may start on an element (a triple-click selects a whole paragraph).
      const hit = start && this.index.hitAt(start.node, start.offset);
      // The selection is that mark (or inside it): its sign. Anything more is a phrase.
      if (hit && hit.range.compareBoundaryPoints(Range.END_TO_END, range) >= 0) {
        if (!sameKeys(this.overlay.shownKeys, hit.match.keys)) this.open(hit, false);
      } else if (this.overlay.shownWord !== text) {
        if (!hit && start && isOneWord(text)) this.missed(start);
        this.askAboutSelection();
      }
    }, SELECTION_SETTLE_MS);
  };

  private open(hit: MatchHit, fromKeyboard: boolean, byHover = false): void {
    this.prefetch(hit.match.keys); // The reader asked: fetch the video into the cache while the player connects.
    this.overlay.show({ keys: hit.match.keys, written: hit.range.toString(), anchor: hit.range, fromKeyboard, closeOnLeave: byHover });
  }
}

/** The reader's own actions after which a selection change is theirs. */
const INPUT_EVENTS = ['pointerdown', 'pointerup', 'pointercancel', 'keydown', 'keyup'] as const;

/** Keys that extend a selection: Shift with a movement key, select all. */
function selectsText(event: KeyboardEvent): boolean {
  return event.shiftKey || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a');
}

/** One word, as a double-click selects it: a reader asking about that word, not reading a passage. */
function isOneWord(text: string): boolean {
  return /^[\p{L}\p{M}\p{N}'’-]{1,40}$/u.test(text.trim());
}

function sameKeys(a: readonly string[] | null, b: readonly string[]): boolean {
  return a !== null && a.length === b.length && a.every((k, i) => k === b[i]);
}
