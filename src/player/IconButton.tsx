import type { Ref } from 'preact';
import { Icon, type IconName } from './icons';

interface IconButtonProps {
  icon: IconName;
  /** Accessible name, also shown as a tooltip (with the shortcut) for pointer users. */
  label: string;
  shortcut?: string;
  onClick: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
  disabled?: boolean;
  class?: string;
}

export function IconButton({ icon, label, shortcut, onClick, buttonRef, disabled, class: extraClass }: IconButtonProps) {
  return (
    <button
      type="button"
      ref={buttonRef}
      class={extraClass ? `icon-button ${extraClass}` : 'icon-button'}
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      onClick={onClick}
      disabled={disabled}
    >
      <Icon name={icon} />
    </button>
  );
}
