import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FormField } from './form-field';

interface ChoiceFieldProps<V extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange' | 'value'> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onValueChange: (value: V) => void;
  hint?: ReactNode;
  error?: string | null;
}

/**
 * A labelled native select where one of the options must be chosen (no "not set" entry, unlike
 * SelectField), with its hint and error announced with it. Typed by the option values.
 */
export function ChoiceField<V extends string>({ label, value, options, onValueChange, hint, error, className, ...rest }: ChoiceFieldProps<V>) {
  return (
    <FormField label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select
          className="input select"
          value={value}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onValueChange(chosen.value);
          }}
          {...control}
          {...rest}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
