import type { RequestSummary } from '../../../../electron/shared/requests';
import { addDays } from '../../../../electron/shared/pure/civil-date';

/**
 * Today in the organisation's zone, as the back end counted it for this request's clocks
 * (a clock's date minus its days left), or null when no open clock says.
 */
export function todayOf(request: Pick<RequestSummary, 'legal' | 'organisation'>): string | null {
  for (const clock of [request.legal, request.organisation]) {
    if (clock.date !== null && clock.daysLeft !== null) return addDays(clock.date, -clock.daysLeft);
  }
  return null;
}
