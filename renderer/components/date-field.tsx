import { TypedDateInput, type TypedDateFieldProps } from './typed-date-input';

/** A calendar day typed as `dd/mm/yyyy` (value `YYYY-MM-DD`); an impossible day such as 31/02 is named when the field is left. */
export function DateField(props: TypedDateFieldProps) {
  return <TypedDateInput kind="date" {...props} />;
}
