import type { ComponentChildren } from 'preact';

/**
 * The form controls of the popup and the options page. Native inputs only (a checkbox with the
 * switch role, radio buttons in a fieldset, a select, a range): the browser gives them keyboard
 * handling and accessible names through their labels, and the CSS only restyles them.
 */

interface SwitchProps {
  id: string;
  label: ComponentChildren;
  checked: boolean;
  disabled?: boolean;
  /** Id of an element that describes the switch (its effect, or why it is disabled). */
  describedBy?: string;
  onChange: (checked: boolean) => void;
}

export function Switch({ id, label, checked, disabled, describedBy, onChange }: SwitchProps) {
  return (
    <div class="switch-row">
      <label for={id} class="switch-label">
        {label}
      </label>
      <input id={id} type="checkbox" role="switch" class="switch" checked={checked} disabled={disabled} aria-describedby={describedBy} onChange={(event) => onChange(event.currentTarget.checked)} />
    </div>
  );
}

export interface Choice<T extends string | number> {
  value: T;
  label: string;
}

interface ChoicesProps<T extends string | number> {
  /** Prefix of the radio ids and their group name. */
  name: string;
  legend: string;
  choices: ReadonlyArray<Choice<T>>;
  value: T;
  onChange: (value: T) => void;
}

/** A row of radio buttons that look like a segmented control; arrows move between them natively. */
export function Choices<T extends string | number>({ name, legend, choices, value, onChange }: ChoicesProps<T>) {
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      <div class="segments">
        {choices.map((choice) => {
          const id = `${name}-${String(choice.value).replace(/\W/g, '_')}`;
          return (
            <label key={id} for={id} class="segment">
              <input id={id} type="radio" name={name} value={String(choice.value)} checked={choice.value === value} onChange={() => onChange(choice.value)} />
              <span>{choice.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

interface SelectProps {
  id: string;
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  describedBy?: string;
  /** Label and select on one line. */
  inline?: boolean;
  onChange: (value: string) => void;
}

export function Select({ id, label, value, options, describedBy, inline, onChange }: SelectProps) {
  return (
    <div class={inline ? 'field inline' : 'field'}>
      <label for={id}>{label}</label>
      <select id={id} value={value} aria-describedby={describedBy} onChange={(event) => onChange(event.currentTarget.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
