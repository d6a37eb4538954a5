/**
 * The studio's keys, as on Lingua Libre's RecordWizard: Space records or stops, ←/→ move in the
 * word list, Backspace retakes, Enter saves and moves on. They act when focus is on the page or
 * on the recording area, never while the contributor types in a field or works a control (a
 * slider's arrows, a button's Space), whose keys stay theirs.
 */
export type StudioKey = 'record' | 'previous' | 'next' | 'retake' | 'save';

const KEYS: Readonly<Record<string, StudioKey>> = { ' ': 'record', ArrowLeft: 'previous', ArrowRight: 'next', Backspace: 'retake', Enter: 'save' };

export function studioKeyOf(event: KeyboardEvent): StudioKey | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.isComposing) return null;
  const action = KEYS[event.key];
  if (!action) return null;
  const target = event.target as Element | null;
  if (target && target !== document.body && target !== document.documentElement && !target.closest('[data-shortcuts]')) return null;
  if (target?.closest('input, textarea, select, button, a, [contenteditable]')) return null;
  return action;
}
