import type { Client, DayBasis } from '../../../electron/shared/clients';
import type { Input } from '../../lib/api';
import type { SubProcessorApproval } from '../../../electron/shared/registers';

/** The client form's values as typed: numbers as text, so an empty field means "not fixed". */
export interface ClientDraft {
  name: string;
  privacyContact: string;
  country: string;
  agreementSignedOn: string;
  agreementFile: string;
  breachNoticeHours: string;
  requestDays: string;
  requestDaysBasis: DayBasis;
  subProcessorApproval: SubProcessorApproval | '';
  notes: string;
  activityIds: string[];
}

export const emptyClientDraft: ClientDraft = {
  name: '',
  privacyContact: '',
  country: 'IT',
  agreementSignedOn: '',
  agreementFile: '',
  breachNoticeHours: '',
  requestDays: '',
  requestDaysBasis: 'calendar',
  subProcessorApproval: '',
  notes: '',
  activityIds: [],
};

/** The form's values for a saved client. */
export function clientDraftOf(client: Client): ClientDraft {
  return {
    name: client.name,
    privacyContact: client.privacyContact,
    country: client.country,
    agreementSignedOn: client.agreementSignedOn ?? '',
    agreementFile: client.agreementFile ?? '',
    breachNoticeHours: client.breachNoticeHours === null ? '' : String(client.breachNoticeHours),
    requestDays: client.requestDays === null ? '' : String(client.requestDays),
    requestDaysBasis: client.requestDaysBasis,
    subProcessorApproval: client.subProcessorApproval ?? '',
    notes: client.notes,
    activityIds: client.activityIds,
  };
}

/** A whole-number field: null when empty, the number when whole, NaN (refused before sending) otherwise. */
export function wholeNumberOf(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The number fields that do not hold a whole number, checked here so NaN is never sent. */
export function invalidNumbers(draft: ClientDraft): ('breachNoticeHours' | 'requestDays')[] {
  return (['breachNoticeHours', 'requestDays'] as const).filter((field) => Number.isNaN(wholeNumberOf(draft[field])));
}

/** The `clients.save` input for the draft: empty fields become "not set". */
export function clientInput(draft: ClientDraft): Input<'clients.save'>['client'] {
  return {
    name: draft.name,
    privacyContact: draft.privacyContact,
    country: draft.country,
    agreementSignedOn: draft.agreementSignedOn || null,
    agreementFile: draft.agreementFile || null,
    breachNoticeHours: wholeNumberOf(draft.breachNoticeHours),
    requestDays: wholeNumberOf(draft.requestDays),
    requestDaysBasis: draft.requestDaysBasis,
    subProcessorApproval: draft.subProcessorApproval || null,
    notes: draft.notes,
    activityIds: draft.activityIds,
  };
}
