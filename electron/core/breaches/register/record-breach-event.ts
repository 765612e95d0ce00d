import type { Transaction } from 'kysely';
import type { Database } from '../../../../db/schema';
import { recordCaseEvent, type CaseEvent } from '../../audit/record-case-event';

export type BreachEvent = Omit<CaseEvent, 'caseId'> & { breachId: string };

/** Records a step of a breach in the audit chain (no personal data) and in its history (see recordCaseEvent); returns the audit sequence number. */
export function recordBreachEvent(trx: Transaction<Database>, { breachId, ...event }: BreachEvent): Promise<number> {
  return recordCaseEvent(trx, 'breach', { ...event, caseId: breachId });
}
