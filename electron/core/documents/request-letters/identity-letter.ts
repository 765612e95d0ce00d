import type { DocumentKind, LetterInputs } from '../../../shared/document-contract';
import type { RequestDetail } from '../../../shared/requests';
import { civilDateInZone } from '../../deadlines';
import { AppError, fieldIssue } from '../../errors';
import { msg, type Message } from '../../i18n';
import { FIELD_CATALOGUE, type FieldValues } from '../letters/field-catalogue';

/** A caution: its code and its words. */
type Caution = { code: 'identity-clock-running'; message: Message };

/** The letter input that lifts the refusal: what has since given the DPO new doubts about an identity the register records as settled. */
const NEW_DOUBTS = 'identity.newDoubts';

/** The day the register records the identity as verified (in the organisation's zone), or null. */
const verifiedOn = (detail: RequestDetail): string | null => (detail.identity.verifiedAt ? civilDateInZone(detail.identity.verifiedAt, detail.timeZone) : null);

/** Verified or recorded as not needed by the letter's date: the register has nothing left to ask (review 7, G5). */
function settledBy(detail: RequestDetail, letterDate: string): boolean {
  const on = verifiedOn(detail);
  return (detail.identity.outcome === 'verified' || detail.identity.outcome === 'not-required') && (on === null || on <= letterDate);
}

/**
 * Under the UK GDPR, whether the register stops the clock for identity on the letter's date: an
 * identity stop begun by then and not ended. Art. 12A(2)-(3) UK GDPR holds the month back only
 * while the controller "reasonably requires" the information, and the register records that
 * as the awaiting-identity step; a letter must not say "the time limit does not run" when the
 * register, and the acknowledgement written from it, say it runs (review 7, G5).
 */
function ukClockStopped(detail: RequestDetail, letterDate: string): boolean {
  return detail.regime === 'uk-gdpr' && detail.clockStops.some((s) => s.reason === 'identity' && s.to === null && s.from <= letterDate);
}

/**
 * What the identity verification letter reads from the register besides `identity.settled` (clock-start-fields, the same rule):
 * the UK clock stopped for identity; and a parent or guardian's request, made in the parent's own name for the child, where what
 * is checked is the parental responsibility and that the child is the person the records concern (review 8, H5).
 */
export function identityLetterFields(detail: RequestDetail, letterDate: string): FieldValues {
  return { 'identity.clockStopped': ukClockStopped(detail, letterDate), 'identity.byParent': detail.requesterRelation === 'parent-guardian' };
}

/**
 * Refuses the identity verification letter on a request whose identity the register records
 * as verified (naming the day and the method) or as needing no check, unless the DPO states the
 * new doubts that make the check needed again (Art. 12(6) GDPR and UK GDPR: "reasonable
 * doubts"; CCPA regs § 7060): the letter then says why, and, the register keeping the time
 * running, never that the time limit stops. The lifecycle has no way back to awaiting identity
 * once verified, so the doubts are stated in the letter and kept with it when it is finalised.
 * VALIDATION naming the field.
 */
export function checkIdentityLetter(detail: RequestDetail, kind: DocumentKind, letterDate: string, given: LetterInputs | undefined): void {
  if (kind !== 'identity-verification' || !settledBy(detail, letterDate)) return;
  const doubts = given?.[NEW_DOUBTS];
  if (typeof doubts === 'string' && doubts.trim() !== '') return;
  const on = verifiedOn(detail);
  const field = FIELD_CATALOGUE[NEW_DOUBTS]?.label ?? { en: NEW_DOUBTS, it: NEW_DOUBTS };
  const facts = { kind, reference: detail.reference, field };
  const method = detail.identity.method;
  const problem: Message =
    detail.identity.outcome === 'verified' && on !== null
      ? msg('msg.error.letter.identityVerified', { ...facts, verifiedOn: on, method: method ? [msg(`msg.cli.request.identityMethod.${method}`)] : '—' })
      : msg('msg.error.letter.identityNotRequired', facts);
  throw new AppError('VALIDATION', problem, [fieldIssue(NEW_DOUBTS, problem)]);
}

/**
 * The caution on a UK GDPR identity verification whose identity is still open but whose clock
 * the register does not stop (the request for identity not yet recorded, or its stop ended):
 * the letter then says the time runs, and the DPO is told how to make the register, and the
 * letter with it, hold the clock (review 7, G5). Empty otherwise.
 */
export function identityClockCautions(detail: RequestDetail, kind: DocumentKind, letterDate: string): Caution[] {
  if (kind !== 'identity-verification' || detail.regime !== 'uk-gdpr' || settledBy(detail, letterDate) || ukClockStopped(detail, letterDate)) return [];
  return [{ code: 'identity-clock-running', message: msg('msg.letterWarning.identityClockRunning', { reference: detail.reference }) }];
}
