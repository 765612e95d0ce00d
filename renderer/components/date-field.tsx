import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dateText, readDateText } from '../lib/date-text';
import { FormField } from './form-field';
import { useTypedDate } from './use-typed-date';

interface DateFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type' | 'min' | 'max'> {
  label: string;
  /** `YYYY-MM-DD`, '' when not set (or the text as typed when it is not a date). */
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
}

/**
 * A calendar day typed as `dd/mm/yyyy` in both languages, whatever the browser's locale; an
 * impossible day (31/02) or a wrong pattern is named in the user's language when the DPO
 * leaves the field, before the form's own error.
 */
export function DateField({ label, value, onValueChange, hint, error, className, id, onBlur, ...rest }: DateFieldProps) {
  const { t } = useTranslation();
  const typed = useTypedDate(value, onValueChange, readDateText, dateText);
  const formatHint = t('common.dateField.dateFormat');
  const shown = typed.problemShown(Boolean(error));
  const problem = shown === 'impossible' ? t('common.dateField.impossibleDate', { text: typed.text.trim() }) : shown === 'format' ? t('common.dateField.notADate') : null;
  return (
    <FormField label={label} hint={hint ? <>{formatHint} · {hint}</> : formatHint} error={problem ?? error} className={className} id={id}>
      {(control) => (
        <input
          className="input date-input"
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
