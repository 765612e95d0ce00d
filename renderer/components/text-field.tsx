import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FormField } from './form-field';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
  /** Rendered after the input inside the same row, e.g. a show/hide toggle. */
  adornment?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function TextField({ label, value, onValueChange, hint, error, adornment, className, ref, id, ...rest }: TextFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error} className={className} id={id}>
      {(control) => (
        <div className="field-control">
          <input ref={ref} className="input" value={value} onChange={(event) => onValueChange(event.target.value)} {...control} {...rest} />
          {adornment}
        </div>
      )}
    </FormField>
  );
}
