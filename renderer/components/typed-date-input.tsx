import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dateText, dateTimeText, readDateText, readDateTimeText, readTimeText, type DateTextReading } from '../lib/date-text';
import { FormField } from './form-field';
import { useTypedDate } from './use-typed-date';

/** The props every typed date, date-time or time field takes. */
export interface TypedDateFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type' | 'min' | 'max'> {
  label: string;
  /** The ISO value (`YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` or `HH:mm`), '' when not set, or the text as typed when it does not read as one. */
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
}

/** What tells the three kinds apart: how the text is read and shown, and the words for its format and problems. */
interface TypedKind {
  read: (text: string) => DateTextReading;
  show: (value: string) => string;
  className: string;
  format: 'dateFormat' | 'dateTimeFormat' | 'timeFormat';
  impossible: 'impossibleDate' | 'impossibleDateTime' | 'impossibleTime';
  notOne: 'notADate' | 'notADateTime' | 'notATime';
}

const KINDS = {
  date: { read: readDateText, show: dateText, className: 'date-input', format: 'dateFormat', impossible: 'impossibleDate', notOne: 'notADate' },
  dateTime: { read: readDateTimeText, show: dateTimeText, className: 'date-time-input', format: 'dateTimeFormat', impossible: 'impossibleDateTime', notOne: 'notADateTime' },
  time: { read: readTimeText, show: (time: string) => time, className: 'time-input', format: 'timeFormat', impossible: 'impossibleTime', notOne: 'notATime' },
} satisfies Record<string, TypedKind>;

/**
 * A date, a date and time or a time typed in the app's format (`dd/mm/yyyy`, 24-hour clock)
 * in both languages, whatever the browser's locale; an impossible value or a wrong pattern is
 * named in the user's language when the DPO leaves the field, before the form's own error.
 * `DateField`, `DateTimeField` and `TimeField` are this input with their kind.
 */
export function TypedDateInput({ kind, label, value, onValueChange, hint, error, className, id, onBlur, ...rest }: TypedDateFieldProps & { kind: keyof typeof KINDS }) {
  const { t } = useTranslation();
  const { read, show, className: inputClass, format, impossible, notOne }: TypedKind = KINDS[kind];
  const typed = useTypedDate(value, onValueChange, read, show);
  const formatHint = t(`common.dateField.${format}`);
  const shown = typed.problemShown(Boolean(error));
  const problem = shown === 'impossible' ? t(`common.dateField.${impossible}`, { text: typed.text.trim() }) : shown === 'format' ? t(`common.dateField.${notOne}`) : null;
  return (
    <FormField label={label} hint={hint ? <>{formatHint} · {hint}</> : formatHint} error={problem ?? error} className={className} id={id}>
      {(control) => (
        <input
          className={`input ${inputClass}`}
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
