import { civilDateInZone, daysBetween } from '../deadlines';
import type { BreachRegisterRow, RequestRegisterRow } from './build-audit-report';
import { parseJsonText } from '../../../db/json-text';

type Cell = string | number | boolean | null;

export const REQUEST_REGISTER_COLUMNS = [
  'reference', 'regime', 'types', 'channel', 'received', 'status', 'outcome', 'refusal_ground', 'identity',
  'legal_due', 'extended_due', 'organisation_due', 'answered_on', 'days_to_respond', 'within_legal_deadline', 'within_commitment',
] as const;

/**
 * One line of the requests register. Names are left out unless asked for: the register
 * proves how requests were handled, which needs references, dates and outcomes, not people.
 */
export function requestRegisterCells(row: RequestRegisterRow, withNames: boolean): Cell[] {
  const answered = row.status === 'responded' && row.closed_at ? civilDateInZone(row.closed_at, row.time_zone) : null;
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
    row.legal_due,
    row.legal_extended_due,
    row.org_due,
    answered,
    answered ? daysBetween(row.received_date, answered) : null,
    answered ? row.legal_binding_due === null || answered <= row.legal_binding_due : null,
    answered && row.org_due !== null ? answered <= row.org_due : null,
  ];
  return withNames ? [...cells, row.subject_name] : cells;
}

export const BREACH_REGISTER_COLUMNS = [
  'reference', 'title', 'aware_at', 'cause', 'severity', 'risk', 'status', 'decision_notify_authority', 'decision_notify_subjects',
  'first_authority_notice', 'hours_to_authority_notice', 'within_72_hours', 'subjects_notified', 'people_affected', 'closed_at',
] as const;

/** One line of the breach register (Art. 33(5)). */
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
  ];
}
