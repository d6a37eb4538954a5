import { useEffect, useRef } from 'preact/hooks';

export interface ShortcutHandlers {
  togglePlay: () => void;
  previous: () => void;
  next: () => void;
  faster: () => void;
  slower: () => void;
  close: () => void;
}

/**
 * Keyboard shortcuts of the player document. Space is left to a focused button or link, which
 * activates it natively: handling it here too would both press the button and toggle playback.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
      const target = event.target as Element | null;
      const onActivatable = target instanceof Element && target.closest('button, a[href]') !== null;
      const h = handlersRef.current;
      let action: (() => void) | undefined;
      switch (event.key) {
        case ' ':
        case 'Spacebar':
          if (!onActivatable) action = h.togglePlay;
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
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
