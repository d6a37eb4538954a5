import { useEffect, useRef } from 'preact/hooks';

export interface ShortcutHandlers {
  togglePlay: () => void;
  /** Absent where the view has no such action (phrase mode goes word by word within its phrase). */
  enlarge?: () => void;
  /** The page's next / previous marked word. */
  nextWord?: () => void;
  previousWord?: () => void;
  previous: () => void;
  next: () => void;
  faster: () => void;
  slower: () => void;
  close: () => void;
}

/**
 * Keyboard shortcuts of the player document. Space is left to a focused button or link, which
 * activates it natively: handling it here too would both press the button and toggle playback.
 * Except on Close: Space is the play/pause key, and must never close the sign. Tab and Shift+Tab
 * go round the player's controls: leaving the frame lands on the page behind, which closed the
 * sign (a click elsewhere) or put focus on the page's first link.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
      const target = event.target as Element | null;
      const onClose = target instanceof Element && target.closest('.close-button') !== null;
      const onActivatable = !onClose && target instanceof Element && target.closest('button, a[href], summary') !== null;
      const h = handlersRef.current;
      let action: (() => void) | undefined;
      switch (event.key) {
        case 'Tab':
          if (cycleFocus(event.shiftKey)) event.preventDefault();
          return;
        case ' ':
        case 'Spacebar':
          if (!onActivatable) action = h.togglePlay;
          break;
        case 'f':
        case 'F':
          action = h.enlarge;
          break;
        case 'n':
        case 'N':
          action = h.nextWord;
          break;
        case 'p':
        case 'P':
          action = h.previousWord;
          break;
        case 'ArrowLeft':
          action = h.previous;
          break;
        case 'ArrowRight':
          action = h.next;
          break;
        // "=" is "+" without Shift on QWERTY keyboards; "−" (U+2212) and "_" for the same reason.
        case '+':
        case '=':
        case 'Add':
          action = h.faster;
          break;
        case '-':
        case '−':
        case '_':
        case 'Subtract':
          action = h.slower;
          break;
        case 'Escape':
        case 'Esc':
          action = h.close;
          break;
      }
      if (!action) return;
      event.preventDefault(); // Space would scroll, arrows would move the page behind
      action();
    };
    // A button is activated by Space on keyup: cancelled there, Close cannot be pressed with Space.
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === ' ' && event.target instanceof Element && event.target.closest('.close-button')) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('keyup', onKeyUp);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keyup', onKeyUp);
    };
  }, []);
}

const FOCUSABLE = 'button:not([disabled]), a[href], summary, [tabindex]:not([tabindex="-1"])';

/** Moves focus to the next (or previous) control, round from the last to the first; false if there is none. */
function cycleFocus(backwards: boolean): boolean {
  const controls = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  if (controls.length === 0) return false;
  const at = controls.indexOf(document.activeElement as HTMLElement);
  const next = at < 0 ? (backwards ? controls.length - 1 : 0) : (at + (backwards ? -1 : 1) + controls.length) % controls.length;
  controls[next]!.focus();
  return true;
}
