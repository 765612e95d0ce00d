import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FormField } from './form-field';

interface TextareaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
}

/** A labelled multi-line input (addresses) with its hint and error announced with it. */
export function TextareaField({ label, value, onValueChange, hint, error, className, ...rest }: TextareaFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error} className={className}>
      {(control) => <textarea className="input textarea" value={value} onChange={(event) => onValueChange(event.target.value)} {...control} {...rest} />}
    </FormField>
  );
}
