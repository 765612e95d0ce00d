import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema';
import { appendAuditEvent } from './append-audit-event';
import type { JsonValue } from './canonical-json';
import { sha256Text } from './text-hash';

/** The kinds of case that keep a history of their own beside the audit chain. */
export type CaseKind = 'request' | 'breach';

export interface CaseEvent {
  caseId: string;
  action: string;
  actor: string;
  at: Date;
  fromStatus?: string | null;
  toStatus?: string | null;
  /** The DPO's words: may hold personal data, so the audit chain keeps only its hash. */
  reason?: string | null;
  /** Non-personal facts for the audit event: ids, statuses, dates, counts, codes, hashes. */
  facts?: Record<string, JsonValue>;
}

/**
 * Records one step of a case twice, in the caller's transaction: in the append-only,
 * hash-chained audit trail without personal data or free text (so erasing a case later
 * leaves the chain intact and free of names), and in the case's own history with the
 * reason in full. Returns the audit event's sequence number, so details kept beside the
 * history (old and new values of a correction) can point at it.
 */
export async function recordCaseEvent(trx: Transaction<Database>, kind: CaseKind, event: CaseEvent): Promise<number> {
  const reasonSha256 = event.reason ? sha256Text(event.reason) : null;
  const { seq } = await appendAuditEvent(
    trx,
    {
      actor: event.actor,
      action: event.action,
      entityType: kind,
      entityId: event.caseId,
      data: {
        ...(event.fromStatus !== undefined ? { from: event.fromStatus } : {}),
        ...(event.toStatus !== undefined ? { to: event.toStatus } : {}),
        ...(reasonSha256 ? { reasonSha256 } : {}),
        ...event.facts,
      },
    },
    event.at,
  );
  const row = {
    audit_seq: seq,
    at: event.at.toISOString(),
    actor: event.actor,
    action: event.action,
    from_status: event.fromStatus ?? null,
    to_status: event.toStatus ?? null,
    reason: event.reason ?? null,
  };
  if (kind === 'request') await trx.insertInto('request_history').values({ ...row, request_id: event.caseId }).execute();
  else await trx.insertInto('breach_history').values({ ...row, breach_id: event.caseId }).execute();
  return seq;
}
