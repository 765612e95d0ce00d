import type { BreachRow } from '../../../../db/schema';
import type { BreachSummary } from '../../../shared/breaches';
import { breachClock } from './breach-clock';
import type { RecordedNotice } from './notification-rules';

/** The columns the register list needs, so list queries read no more than that. */
export const SUMMARY_COLUMNS = [
  'id',
  'reference',
  'title',
  'status',
  'cause',
  'severity_level',
  'severity_score',
  'risk',
  'facts',
  'aware_at',
  'occurred_to',
  'authority_deadline',
  'dpo_notify_authority',
  'dpo_notify_subjects',
] as const;
export type SummaryRow = Pick<BreachRow, (typeof SUMMARY_COLUMNS)[number]>;

/** The earliest notice sent to the authority (by instant, whatever the offsets), if any. */
export function firstAuthorityNotice(notices: readonly RecordedNotice[]): string | null {
  let first: string | null = null;
  for (const notice of notices) {
    if (notice.recipient !== 'authority') continue;
    if (first === null || Date.parse(notice.sentAt) < Date.parse(first)) first = notice.sentAt;
  }
  return first;
}

/** The DPO's decision as stored (two nullable flags), or null before one is recorded. */
export function decisionFlags(row: Pick<BreachRow, 'dpo_notify_authority' | 'dpo_notify_subjects'>): BreachSummary['decision'] {
  if (row.dpo_notify_authority === null || row.dpo_notify_subjects === null) return null;
  return { notifyAuthority: row.dpo_notify_authority === 1, notifySubjects: row.dpo_notify_subjects === 1 };
}

/**
 * A breach as a row of the register: severity, the 72-hour clock read at `now` (hours left,
 * its state and colour), and whether the authority and the people have been told.
 */
export function toSummary(row: SummaryRow, notices: readonly RecordedNotice[], now: Date): BreachSummary {
  const decision = decisionFlags(row);
  const authorityNotifiedAt = firstAuthorityNotice(notices);
  const clock = breachClock(
    { authorityDeadline: row.authority_deadline, firstAuthorityNotice: authorityNotifiedAt, decidedNotifyAuthority: decision?.notifyAuthority ?? null },
    now,
  );
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    status: row.status,
    cause: row.cause,
    severity:
      row.severity_level !== null && row.severity_score !== null
        ? { score: row.severity_score, level: row.severity_level }
        : null,
    risk: row.risk,
    factsComplete: row.facts !== null,
    awareAt: row.aware_at,
    occurredTo: row.occurred_to,
    authorityDeadline: row.authority_deadline,
    ...clock,
    notified: authorityNotifiedAt !== null,
    authorityNotifiedAt,
    subjectsNotified: notices.some((n) => n.recipient === 'subjects'),
    decision,
  };
}
