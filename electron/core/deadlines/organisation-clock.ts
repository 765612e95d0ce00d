import { z } from 'zod';
import { addDays, type CivilDate } from '../../shared/pure/civil-date';
import { msg, renderLine, type ExplanationLine, type Message } from '../i18n';

/**
 * The organisation's own promises (Settings), e.g. "answers within 30 days, 60 for complex
 * requests, acknowledged within 2 days". Any may be null: no promise made. These are
 * commitments, not law, so they are plain calendar days from receipt (the day of receipt
 * not counted) and never move off weekends or holidays.
 */
export const OrganisationCommitmentsSchema = z.object({
  responseDays: z.number().int().positive().max(3650).nullable(),
  complexResponseDays: z.number().int().positive().max(3650).nullable(),
  acknowledgeDays: z.number().int().positive().max(3650).nullable(),
});
/** The promises in days; null where none was made. */
export type OrganisationCommitments = z.infer<typeof OrganisationCommitmentsSchema>;

/** The organisation's clock for one request. */
export interface OrganisationClock {
  /** receipt + responseDays, or + complexResponseDays when extended and promised. */
  due: CivilDate | null;
  /** Which promise produced `due`; `on-receipt` when the law wants the request acted on as it arrives and no promise in days applies. */
  dueBasis: 'response' | 'complex-response' | 'on-receipt' | null;
  acknowledgeBy: CivilDate | null;
  /** The explanation as catalogue messages. */
  line: ExplanationLine;
  /** English, e.g. `Organisation's commitments: respond 30 calendar days after Tue 31 Mar 2026 → Thu 30 Apr 2026`. */
  explanation: string;
}

/**
 * The organisation's clock. When the request is extended (complex) and a complex-response
 * promise exists, that promise applies; when none exists the ordinary promise still stands
 * (an organisation that promised 30 days and never promised more for complex cases has not
 * given itself longer). When the law wants the request acted on as it arrives (`dueOnReceipt`:
 * an objection to direct marketing, GDPR Art. 21(3), or a withdrawal of consent, Art. 7(3)),
 * a promise in days does not apply: the commitment's date is the law's, the day of receipt.
 */
export function computeOrganisationClock(received: CivilDate, commitments: OrganisationCommitments, extended: boolean, dueOnReceipt = false): OrganisationClock {
  const useComplex = extended && commitments.complexResponseDays !== null;
  const days = useComplex ? commitments.complexResponseDays : commitments.responseDays;
  const onReceipt = dueOnReceipt && days !== null;
  const due = days === null ? null : onReceipt ? received : addDays(received, days);
  const acknowledgeBy = commitments.acknowledgeDays === null ? null : addDays(received, commitments.acknowledgeDays);
  const parts: Message[] = [];
  if (due !== null && onReceipt) {
    parts.push(msg('msg.deadline.organisation.onReceipt', { days: days ?? 0, to: due }));
  } else if (due !== null) {
    parts.push(msg('msg.deadline.organisation.respond', { days: days ?? 0, from: received, to: due, complex: useComplex ? [msg('msg.deadline.organisation.complex')] : [] }));
  }
  if (acknowledgeBy !== null) parts.push(msg('msg.deadline.organisation.acknowledge', { days: commitments.acknowledgeDays ?? 0, from: received, to: acknowledgeBy }));
  const line: ExplanationLine =
    parts.length > 0
      ? { head: msg('msg.deadline.organisation.head'), steps: parts, citations: [] }
      : { head: msg('msg.deadline.organisation.none'), steps: [], citations: [] };
  return {
    due,
    dueBasis: days === null ? null : onReceipt ? 'on-receipt' : useComplex ? 'complex-response' : 'response',
    acknowledgeBy,
    line,
    explanation: renderLine('en', line),
  };
}

/** Which clock sets the effective date: the law's, the organisation's, both (same day), or none. */
export type DrivenBy = 'legal' | 'organisation' | 'both' | null;

/** Two clocks for one date and the one that matters. */
export interface ClockComparison {
  legal: CivilDate | null;
  organisation: CivilDate | null;
  /** The earlier of the two (the one that drives sorting and warnings), or the only one. */
  effective: CivilDate | null;
  drivenBy: DrivenBy;
}

/** Compares a legal date with an organisation date; the earlier one wins. */
export function compareClocks(legal: CivilDate | null, organisation: CivilDate | null): ClockComparison {
  if (legal === null && organisation === null) return { legal, organisation, effective: null, drivenBy: null };
  if (legal === null) return { legal, organisation, effective: organisation, drivenBy: 'organisation' };
  if (organisation === null) return { legal, organisation, effective: legal, drivenBy: 'legal' };
  if (legal === organisation) return { legal, organisation, effective: legal, drivenBy: 'both' };
  return legal < organisation
    ? { legal, organisation, effective: legal, drivenBy: 'legal' }
    : { legal, organisation, effective: organisation, drivenBy: 'organisation' };
}
