import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema';
import { recordCaseEvent, type CaseEvent } from '../audit/record-case-event';

export type RequestEvent = Omit<CaseEvent, 'caseId'> & { requestId: string };

/** Records a step of a request in the audit chain (no personal data) and in its history (see recordCaseEvent); returns the audit sequence number. */
export function recordRequestEvent(trx: Transaction<Database>, { requestId, ...event }: RequestEvent): Promise<number> {
  return recordCaseEvent(trx, 'request', { ...event, caseId: requestId });
}
