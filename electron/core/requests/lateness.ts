import type { RequestRow } from '../../../db/schema';
import { civilDateInZone, daysBetween } from '../deadlines';

/**
 * How late a request was closed, as the columns that keep it: whole days from each deadline
 * to the civil date of closing in the organisation's zone, 0 when on time, null when that
 * clock had no date. Kept once closed so lateness stays visible, filterable and reportable.
 */
export function latenessColumns(
  closedAt: string,
  row: Pick<RequestRow, 'time_zone'> & { legal_binding_due: string | null | undefined; org_due: string | null | undefined },
): Pick<RequestRow, 'legal_days_late' | 'org_days_late'> {
  const day = civilDateInZone(closedAt, row.time_zone);
  const late = (due: string | null | undefined) => (due == null ? null : Math.max(0, daysBetween(due, day)));
  return { legal_days_late: late(row.legal_binding_due), org_days_late: late(row.org_due) };
}
