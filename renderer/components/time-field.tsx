import { TypedDateInput, type TypedDateFieldProps } from './typed-date-input';

/** A time of day typed on the 24-hour clock as `hh:mm` (no AM/PM in either language). */
export function TimeField(props: TypedDateFieldProps) {
  return <TypedDateInput kind="time" {...props} />;
}
