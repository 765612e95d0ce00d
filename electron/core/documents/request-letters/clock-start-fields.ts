import type { LetterLanguage } from '../../../shared/document-contract';
import type { RequestDetail } from '../../../shared/requests';
import { civilDateInZone } from '../../deadlines';
import type { FieldValues } from '../letters/field-catalogue';
import { formatCivilDate } from '../letters/format-date';

type Stop = RequestDetail['clockStops'][number];

/**
 * What an acknowledgement says about identity and the start of the period, from the register
 * (review 5, E2). Once identity is verified or recorded as not required by the letter's date,
 * no "if we need to ask you…" sentence: the check is done (`identity.settled`). Under the UK
 * GDPR a clock stop that ended by the letter's date is stated as fact with its two days: an
 * identity or fee stop makes the month run from the day the information or fee arrived (the
 * "relevant time" of Art. 12A(2)-(3) UK GDPR, the latest of receipt, identity and fee), a
 * clarification stop of an access request does not count (Art. 12A(4)-(5)). The engine reads
 * the stops the same way (`deadlines/clock-stops.ts`). Only the stop that set the date is told.
 */
export function clockStartFields(detail: RequestDetail, letterDate: string, language: LetterLanguage): FieldValues {
  const verifiedOn = detail.identity.verifiedAt ? civilDateInZone(detail.identity.verifiedAt, detail.timeZone) : null;
  const settled = (detail.identity.outcome === 'verified' || detail.identity.outcome === 'not-required') && (verifiedOn === null || verifiedOn <= letterDate);
  const none: FieldValues = { 'identity.settled': settled, 'ack.restartIdentity': false, 'ack.restartFee': false, 'ack.pausedClarification': false, 'ack.pauseAskedOn': null, 'ack.pauseEndedOn': null };
  if (detail.regime !== 'uk-gdpr') return none;
  const ended = detail.clockStops.filter((s): s is Stop & { to: string } => s.to !== null && s.to <= letterDate);
  if (detail.clockStops.some((s) => s.to === null)) return none;
  // The relevant time: the latest identity or fee stop ending after receipt.
  const restart = ended.filter((s) => s.reason !== 'clarification' && s.to > detail.receivedDate).sort((a, b) => (a.to < b.to ? -1 : 1)).at(-1);
  const clarification = ended.filter((s) => s.reason === 'clarification').sort((a, b) => (a.to < b.to ? -1 : 1)).at(-1);
  const told = restart ?? clarification;
  if (!told) return none;
  return {
    ...none,
    'ack.restartIdentity': restart !== undefined && restart.reason === 'identity',
    'ack.restartFee': restart !== undefined && restart.reason === 'fee',
    'ack.pausedClarification': restart === undefined,
    'ack.pauseAskedOn': formatCivilDate(told.from, language),
    'ack.pauseEndedOn': formatCivilDate(told.to, language),
  };
}
