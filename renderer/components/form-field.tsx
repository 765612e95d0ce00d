import { useId, type ReactNode } from 'react';

/** What a field's control needs to be tied to its label, hint and error. */
export interface FieldControl {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FormFieldProps {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  className?: string;
  /** The control's id when the caller needs a known one; generated otherwise. */
  id?: string;
  /** Renders the control with the id and ARIA attributes that bind it to the label, hint and error. */
  children: (control: FieldControl) => ReactNode;
}

/**
 * The one wrapper every form field uses: a label, the control, a hint and an error, with the
 * hint and the error announced with the control (aria-describedby) and the control marked
 * invalid while there is an error.
 */
export function FormField({ label, hint, error, className, id: givenId, children }: FormFieldProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint ? (
        <div className="field-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
