import type { RequestRow } from '../../../db/schema';
import type { ClockView, RequestSummary } from '../../shared/requests';
import { daysBetween } from '../deadlines';
import { isOpen } from './request-lifecycle';
import { parseJsonText } from '../../../db/json-text';

/** The columns the inbox needs, so list queries read no more than that. */
export const SUMMARY_COLUMNS = [
  'id',
  'reference',
  'regime',
  'types',
  'status',
  'subject_name',
  'subject_email',
  'received_date',
  'legal_binding_due',
  'org_due',
  'effective_due',
  'driven_by',
  'legal_days_late',
  'org_days_late',
] as const;
export type SummaryRow = Pick<RequestRow, (typeof SUMMARY_COLUMNS)[number]>;

function clock(date: string | null, today: string, open: boolean): ClockView {
  return { date, daysLeft: date !== null && open ? daysBetween(today, date) : null };
}

/**
 * A request as a row of the inbox: both clocks with days left from `today` (the
 * organisation's date), overdue against the law (red) or only against the organisation's
 * commitment (amber). Closed requests show their dates but count no days. `processorFor` is
 * filled by the caller that reads the clients (see `clientsOfRequests`).
 */
export function toSummary(row: SummaryRow, today: string): RequestSummary {
  const status = row.status;
  const open = isOpen(status);
  const legalDate = row.legal_binding_due;
  const legal = clock(legalDate, today, open);
  const organisation = clock(row.org_due, today, open);
  const drivenBy = row.driven_by;
  const overdue = open && legalDate !== null && legalDate < today;
  return {
    id: row.id,
    reference: row.reference,
    regime: row.regime,
    types: parseJsonText(row.types),
    status,
    subjectName: row.subject_name,
    subjectEmail: row.subject_email,
    receivedDate: row.received_date,
    legal,
    organisation,
    effective: { ...clock(row.effective_due, today, open), drivenBy },
    processorFor: null,
    overdue,
    slaBreached: open && !overdue && row.org_due !== null && row.org_due < today,
    lateness: open || status === 'void' ? null : { legalDays: row.legal_days_late, commitmentDays: row.org_days_late },
  };
}
