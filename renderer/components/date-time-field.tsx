import { TypedDateInput, type TypedDateFieldProps } from './typed-date-input';

/**
 * A day and a 24-hour time typed as `dd/mm/yyyy HH:mm` (value `YYYY-MM-DDTHH:mm`). The time is
 * a wall-clock time: the caller says in which zone (the organisation's) in the hint.
 */
export function DateTimeField(props: TypedDateFieldProps) {
  return <TypedDateInput kind="dateTime" {...props} />;
}
