import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FormField } from './form-field';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange' | 'value'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  options: readonly SelectOption[];
  /** The label of the empty choice ('' value), meaning "not set". */
  emptyLabel: string;
  hint?: ReactNode;
  error?: string | null;
}

/** A labelled native select with an explicit "not set" choice and an announced error. */
export function SelectField({ label, value, onValueChange, options, emptyLabel, hint, error, ...rest }: SelectFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => (
        <select className="input select" value={value} onChange={(event) => onValueChange(event.target.value)} {...control} {...rest}>
          <option value="">{emptyLabel}</option>
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
