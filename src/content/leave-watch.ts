import type { Anchor } from './overlay';

/** How long after the pointer left both the word and the player a hover-opened sign closes. */
export const LEAVE_CLOSE_MS = 1000;
/** Slack around the word's box: a pointer resting on its underline or between two letters is still on it. */
const WORD_SLACK = 4;

/**
 * Closes a sign opened by hovering once the pointer has been away from both the word and the
 * player for LEAVE_CLOSE_MS: readers found a player that stayed 2.5 s later covering lines they
 * went on to read. It stays while the pointer is inside the player, while a button is held (a
 * drag, a text selection) and while focus is in the player (a control in use). The page hears
 * the pointer's moves over its own content only; inside the frame, enter and leave tell.
 */
export class LeaveWatch {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private insideFrame = false;
  private buttonsHeld = false;
  private anchor: Anchor | null = null;

  constructor(
    private readonly frame: HTMLIFrameElement,
    /** True while focus is in the player: nothing closes under a reader's keyboard. */
    private readonly playerFocused: () => boolean,
    private readonly close: () => void,
  ) {}

  /** Starts watching for a sign opened by hovering over `anchor`. */
  start(anchor: Anchor): void {
    this.stop();
    this.anchor = anchor;
    addEventListener('mousemove', this.onMove, { capture: true, passive: true });
    document.addEventListener('mouseout', this.onOut, { capture: true, passive: true });
    this.frame.addEventListener('pointerenter', this.onEnter);
    this.frame.addEventListener('pointerleave', this.onLeave);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.anchor = null;
    this.insideFrame = false;
    removeEventListener('mousemove', this.onMove, { capture: true });
    document.removeEventListener('mouseout', this.onOut, { capture: true });
    this.frame.removeEventListener('pointerenter', this.onEnter);
    this.frame.removeEventListener('pointerleave', this.onLeave);
  }

  private onMove = (event: MouseEvent) => {
    if (!event.isTrusted || !this.anchor) return;
    this.buttonsHeld = event.buttons !== 0;
    if (this.insideFrame || onAnchor(this.anchor, event.clientX, event.clientY)) this.cancel();
    else this.arm();
  };

  /**
   * The pointer left this document altogether: out of the window, or, in a frame of the page
   * (all_frames), onto the page around the frame, whose moves this document never hears.
   */
  private onOut = (event: MouseEvent) => {
    if (!event.isTrusted || !this.anchor || event.relatedTarget !== null || this.insideFrame) return;
    this.buttonsHeld = event.buttons !== 0;
    this.arm();
  };

  private onEnter = () => {
    this.insideFrame = true;
    this.cancel();
  };

  private onLeave = () => {
    this.insideFrame = false;
    this.arm();
  };

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.anchor) return;
      // Still in use: look again a little later rather than never.
      if (this.insideFrame || this.buttonsHeld || this.playerFocused()) return this.arm();
      this.close();
    }, LEAVE_CLOSE_MS);
  }
}

function onAnchor(anchor: Anchor, x: number, y: number): boolean {
  for (const r of anchor.getClientRects()) {
    if (x >= r.left - WORD_SLACK && x <= r.right + WORD_SLACK && y >= r.top - WORD_SLACK && y <= r.bottom + WORD_SLACK) return true;
  }
  return false;
}
