import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTimeText, readDateTimeText } from '../lib/date-text';
import { FormField } from './form-field';
import { useTypedDate } from './use-typed-date';

interface DateTimeFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type' | 'min' | 'max'> {
  label: string;
  /** `YYYY-MM-DDTHH:mm` (a wall-clock time), '' when not set (or the text as typed when it is not one). */
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
}

/**
 * A day and a 24-hour time typed as `dd/mm/yyyy HH:mm` in both languages, whatever the
 * browser's locale (no AM/PM); an impossible day or hour, or a wrong pattern, is named in the
 * user's language when the DPO leaves the field, before the form's own error. The time is a
 * wall-clock time: the caller says in which zone (the organisation's) in the hint.
 */
export function DateTimeField({ label, value, onValueChange, hint, error, className, id, onBlur, ...rest }: DateTimeFieldProps) {
  const { t } = useTranslation();
  const typed = useTypedDate(value, onValueChange, readDateTimeText, dateTimeText);
  const formatHint = t('common.dateField.dateTimeFormat');
  const shown = typed.problemShown(Boolean(error));
  const problem = shown === 'impossible' ? t('common.dateField.impossibleDateTime', { text: typed.text.trim() }) : shown === 'format' ? t('common.dateField.notADateTime') : null;
  return (
    <FormField label={label} hint={hint ? <>{formatHint} · {hint}</> : formatHint} error={problem ?? error} className={className} id={id}>
      {(control) => (
        <input
          className="input date-time-input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          placeholder={formatHint}
          value={typed.text}
          onChange={(event) => typed.onChange(event.target.value)}
          onBlur={(event) => {
            typed.onBlur();
            onBlur?.(event);
          }}
          {...control}
          {...rest}
        />
      )}
    </FormField>
  );
}
