import { useId } from 'react';

interface RadioChoiceProps<V extends string> {
  legend: string;
  value: V;
  options: readonly { value: V; label: string; hint?: string }[];
  onValueChange: (value: V) => void;
  /** Lay the options out in a row (short labels) instead of a column. */
  inline?: boolean;
}

/** A labelled group of radio buttons, each option with an optional one-line hint. */
export function RadioChoice<V extends string>({ legend, value, options, onValueChange, inline = false }: RadioChoiceProps<V>) {
  const name = useId();
  return (
    <fieldset className="radio-choice">
      <legend className="field-label">{legend}</legend>
      <div className={inline ? 'radio-list radio-list-inline' : 'radio-list'}>
        {options.map((option) => (
          <label key={option.value} className="radio-option">
            <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onValueChange(option.value)} />
            <span className="radio-option-text">
              <span className="radio-option-label">{option.label}</span>
              {option.hint ? <span className="radio-option-hint">{option.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
