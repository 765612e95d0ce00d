import { civilDateInZone, daysBetween } from '../deadlines';
import type { BreachRegisterRow, RequestRegisterRow } from './build-audit-report';
import { parseJsonText } from '../../../db/json-text';
import { extensionInEffect } from '../requests/request-deadlines';

type Cell = string | number | boolean | null;

export const REQUEST_REGISTER_COLUMNS = [
  'reference', 'regime', 'types', 'channel', 'received', 'status', 'outcome', 'refusal_ground', 'identity',
  'legal_due', 'extended_due', 'extension_in_effect', 'organisation_due', 'answered_on', 'days_to_respond', 'within_legal_deadline', 'within_commitment',
  'controller_client', 'forward_by', 'forwarded_on', 'forwarded_in_time',
] as const;

/**
 * One line of the requests register. Names are left out unless asked for: the register
 * proves how requests were handled, which needs references, dates and outcomes, not people.
 * A request handled as processor names the client (the controller), the agreement's date to
 * forward it by and the date it was forwarded (Art. 28(3)(e) GDPR) in place of the law's and the
 * commitment's dates, which bind the controller, not the organisation (lawyer review 5, E1). An
 * extension is judged on the binding date: one whose notice was not recorded sent within the first
 * period leaves the original deadline binding, and says so (Art. 12(3); review 6, F13).
 */
export function requestRegisterCells(row: RequestRegisterRow, withNames: boolean): Cell[] {
  const answered = row.status === 'responded' && row.closed_at ? civilDateInZone(row.closed_at, row.time_zone) : null;
  const ours = row.client_id === null;
  const cells: Cell[] = [
    row.reference,
    row.regime,
    parseJsonText(row.types).join('+'),
    row.channel,
    row.received_date,
    row.status,
    row.outcome,
    row.refusal_ground,
    row.identity_outcome,
    ours ? row.legal_due : null,
    ours ? row.legal_extended_due : null,
    // Whether the recorded extension took effect: its notice recorded sent within the first period (review 6, F13).
    ours ? extensionInEffect(row) : null,
    ours ? row.org_due : null,
    answered,
    answered ? daysBetween(row.received_date, answered) : null,
    answered && ours ? row.legal_binding_due === null || answered <= row.legal_binding_due : null,
    answered && ours && row.org_due !== null ? answered <= row.org_due : null,
    row.client_name,
    row.forward_by,
    row.forwarded_on,
    row.forward_by !== null && row.forwarded_on !== null ? row.forwarded_on <= row.forward_by : null,
  ];
  return withNames ? [...cells, row.subject_name] : cells;
}

export const BREACH_REGISTER_COLUMNS = [
  'reference', 'title', 'aware_at', 'cause', 'severity', 'risk', 'status', 'decision_notify_authority', 'decision_notify_subjects',
  'first_authority_notice', 'hours_to_authority_notice', 'within_72_hours', 'subjects_notified', 'people_affected', 'closed_at',
  'decision_reason', 'delay_reasons', 'remedial_actions', 'complete_notification_due', 'complete_notification_days_overdue', 'severity_outweighed_by_decision',
] as const;

/** Severities at which the ENISA scale says the people may suffer significant consequences. */
const SIGNIFICANT = new Set(['high', 'very-high']);

/**
 * Whether the row's severity was outweighed by the DPO's decision not to notify the authority: a high or very high
 * ENISA score beside a decision that the breach is unlikely to result in a risk (Art. 33(1)). Read alone, the two
 * contradict each other; the register shows that the decision, with its reason, prevailed over the score.
 */
export function severityOutweighed(row: Pick<BreachRegisterRow, 'severity_level' | 'dpo_notify_authority'>): boolean {
  return row.dpo_notify_authority === 0 && row.severity_level !== null && SIGNIFICANT.has(row.severity_level);
}

/**
 * One line of the breach register (Art. 33(5)): the facts, the decision with its reason, the reasons given for a late
 * first notification (Art. 33(1)), how many remedial steps are recorded, the complete notification still owed
 * (Art. 33(4)) with the days it is overdue, and whether the severity was outweighed by the decision not to notify.
 */
export function breachRegisterCells(row: BreachRegisterRow): Cell[] {
  const notice = row.first_authority_notice;
  const hours = notice ? Math.round(((Date.parse(notice) - Date.parse(row.aware_at)) / 3_600_000) * 10) / 10 : null;
  const facts = JSON.parse(row.facts ?? row.facts_draft) as { subjects?: number };
  return [
    row.reference,
    row.title,
    row.aware_at,
    row.cause,
    row.severity_level,
    row.risk,
    row.status,
    row.dpo_notify_authority === null ? null : row.dpo_notify_authority === 1,
    row.dpo_notify_subjects === null ? null : row.dpo_notify_subjects === 1,
    notice,
    hours,
    notice ? Date.parse(notice) <= Date.parse(row.authority_deadline) : null,
    row.subject_notices > 0,
    facts.subjects ?? null,
    row.closed_at,
    row.dpo_decision_rationale,
    row.first_notice_delay_reasons,
    row.remedial_actions,
    row.complete_notification_owed?.due ?? null,
    row.complete_notification_owed ? Math.max(0, row.complete_notification_owed.daysOverdue) : null,
    severityOutweighed(row),
  ];
}
