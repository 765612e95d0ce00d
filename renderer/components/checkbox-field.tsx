import { useId, type ReactNode } from 'react';

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  /** Said with the checkbox (aria-describedby): what ticking it means. */
  hint?: ReactNode;
  disabled?: boolean;
  className?: string;
}

/** A checkbox with its label and an explanation announced with it. */
export function CheckboxField({ label, checked, onCheckedChange, hint, disabled, className }: CheckboxFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={['checkbox-field', className].filter(Boolean).join(' ')}>
      <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onCheckedChange(event.target.checked)} aria-describedby={hint ? hintId : undefined} />
      <div className="checkbox-text">
        <label htmlFor={id} className="checkbox-label">
          {label}
        </label>
        {hint ? (
          <div className="field-hint" id={hintId}>
            {hint}
          </div>
        ) : null}
      </div>
    </div>
  );
}
