import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readTimeText } from '../lib/date-text';
import { FormField } from './form-field';
import { useTypedDate } from './use-typed-date';

interface TimeFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type' | 'min' | 'max'> {
  label: string;
  /** `HH:mm`, '' when not set (or the text as typed when it is not a time). */
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
}

/**
 * A time of day typed on the 24-hour clock (`hh:mm`) in both languages, whatever the browser's
 * locale (no AM/PM); an impossible hour or a wrong pattern is named in the user's language
 * when the DPO leaves the field, before the form's own error.
 */
export function TimeField({ label, value, onValueChange, hint, error, className, id, onBlur, ...rest }: TimeFieldProps) {
  const { t } = useTranslation();
  const typed = useTypedDate(value, onValueChange, readTimeText, (time) => time);
  const formatHint = t('common.dateField.timeFormat');
  const shown = typed.problemShown(Boolean(error));
  const problem = shown === 'impossible' ? t('common.dateField.impossibleTime', { text: typed.text.trim() }) : shown === 'format' ? t('common.dateField.notATime') : null;
  return (
    <FormField label={label} hint={hint ? <>{formatHint} · {hint}</> : formatHint} error={problem ?? error} className={className} id={id}>
      {(control) => (
        <input
          className="input time-input"
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
