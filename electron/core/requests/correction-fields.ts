import type { RequestRow } from '../../../db/schema';
import type { CorrectableField } from '../../shared/requests';

type Value = string | string[] | boolean | null | undefined;

/** The column each correctable fact is stored in. */
export const FIELD_COLUMNS: Record<CorrectableField, keyof RequestRow> = {
  receivedAt: 'received_at',
  types: 'types',
  channel: 'channel',
  subjectName: 'subject_name',
  subjectEmail: 'subject_email',
  subjectPhone: 'subject_phone',
  subjectAddress: 'subject_address',
  requesterRelation: 'requester_relation',
  requesterName: 'requester_name',
  requesterEmail: 'requester_email',
  under16: 'under_16',
  complex: 'complex',
  description: 'description',
  systems: 'systems',
};

/** A fact as its column stores it: arrays as JSON, flags as 0/1, absent as null. */
export function toColumnValue(field: CorrectableField, value: Value): string | number | null {
  if (value === undefined || value === null) return null;
  if (field === 'types' || field === 'systems') return JSON.stringify(value);
  if (field === 'under16' || field === 'complex') return value === true ? 1 : 0;
  return value as string;
}

/** A stored value as the case history keeps it: text, or null. */
export function historyText(field: CorrectableField, stored: string | number | null): string | null {
  if (stored === null) return null;
  if (field === 'under16' || field === 'complex') return stored === 1 ? 'yes' : 'no';
  if (field === 'types' || field === 'systems') return (JSON.parse(String(stored)) as string[]).join(', ');
  return String(stored);
}
