import type { RequestDetail } from '../../../shared/requests';
import type { Regime } from '../../../shared/regimes';
import type { DocumentKind } from '../../../shared/document-contract';
import type { DateRules } from '../letters/letter-dating';
import { civilDateInZone } from '../../deadlines';
import { AppError, fieldIssue } from '../../errors';
import { msg } from '../../i18n';

const RECEIVED = { en: 'the date the request was received', it: 'la data di ricevimento della richiesta' };
const ORIGINAL = { en: 'the deadline it extends, by which the extension must be notified', it: 'il termine che proroga, entro cui la proroga va comunicata' };
const ACKNOWLEDGE = { en: 'the deadline for confirming receipt', it: 'il termine per confermare la ricezione' };
const DUE = { en: 'the legal deadline for answering', it: 'il termine di legge per rispondere' };
const FORWARDED = { en: 'the day the request is recorded as forwarded to the client', it: 'il giorno in cui la richiesta risulta inoltrata al cliente' };
const FORWARD = { en: 'the date the processing agreement sets for forwarding the request', it: 'la data entro cui l’accordo sul trattamento prevede l’inoltro della richiesta' };

/**
 * A request letter's date is never before the request was received. It concerns a
 * deadline: the extension notice the original one (Art. 12(3): notified within the first
 * month; CCPA §7021(b): within the first 45 days), a CCPA acknowledgement the 10 business
 * days of §7021(a), the letters of a request held for a client the date its processing agreement
 * sets for forwarding, every other letter the deadline for answering (extended where it was).
 * The forwarding notice is never dated before the forwarding the request records: it would
 * announce as new a forwarding the register says came later. Past its deadline a letter is only
 * warned of; a GDPR or UK GDPR extension notice is refused (`checkExtensionNoticeDate`).
 */
export function requestDateRules(detail: RequestDetail, kind: DocumentKind): DateRules {
  const notBefore = [{ date: detail.receivedDate, what: RECEIVED }];
  const { due, extendedDue, acknowledgeBy } = detail.deadlines;
  if (kind === 'processor-holding-reply' || kind === 'client-forwarding-notice') {
    const forwardBy = detail.processorSide?.forwardBy ?? null;
    const forwardedOn = kind === 'client-forwarding-notice' ? (detail.processorSide?.forwardedOn ?? null) : null;
    const facts = forwardedOn ? [...notBefore, { date: forwardedOn, what: FORWARDED }] : notBefore;
    return { notBefore: facts, deadline: forwardBy ? { date: forwardBy, what: FORWARD } : null };
  }
  // PIPEDA too: the notice of extension goes within the first 30 days (s. 8(4)); the Swiss notice of a later date within the 30 days (Ordinance Art. 18(2)).
  if (kind === 'extension-notice' || kind === 'pipeda-extension' || kind === 'fadp-later-date') return { notBefore, deadline: due ? { date: due, what: ORIGINAL } : null };
  if (kind === 'acknowledgement' && acknowledgeBy) return { notBefore, deadline: { date: acknowledgeBy, what: ACKNOWLEDGE } };
  const answerBy = extendedDue ?? due;
  return { notBefore, deadline: answerBy ? { date: answerBy, what: DUE } : null };
}

/**
 * True when a letter bears a date after the deadline for answering (extended where it was): it
 * then says the period ran out and never promises that past day (review 4, D38 and its class).
 */
export function datedAfterAnswerDue(detail: RequestDetail, letterDate: string): boolean {
  const due = detail.deadlines.extendedDue ?? detail.deadlines.due;
  return due !== null && letterDate > due;
}

/** The regimes whose extension has effect only if notified within the first month (Art. 12(3) GDPR and UK GDPR). */
const NOTIFIED_IN_FIRST_MONTH: readonly Regime[] = ['gdpr', 'uk-gdpr'];

/**
 * The day an extension notice is dated on unless the DPO says otherwise: the day the extension
 * was recorded, as the forwarding notice is dated on the forwarding (review 6, F13); null (today)
 * when the request records no extension or records it on a later day than today.
 */
export function extensionNoticeDefaultDate(detail: RequestDetail, today: string): string | null {
  if (detail.extendedAt === null) return null;
  const recorded = civilDateInZone(detail.extendedAt, detail.timeZone);
  return recorded <= today ? recorded : null;
}

/**
 * An extension notice is refused (VALIDATION on `date`, naming the days) when dated after the
 * extended deadline: it would announce a day already past (review 4, the D38 class); and, under
 * the GDPR and UK GDPR, when dated after the original deadline: told after the first month, the
 * person was not informed "within one month of receipt", so the extension has no effect and the
 * letter would announce one the law no longer allows (Art. 12(3); review 6, F13).
 */
export function checkExtensionNoticeDate(detail: RequestDetail, kind: DocumentKind, letterDate: string, law: string): void {
  if (kind !== 'extension-notice') return;
  const { due, extendedDue } = detail.deadlines;
  const problem =
    extendedDue !== null && letterDate > extendedDue
      ? msg('msg.error.letter.extensionPast', { letterDate, extendedDue })
      : NOTIFIED_IN_FIRST_MONTH.includes(detail.regime) && due !== null && letterDate > due
        ? msg('msg.error.letter.extensionNoLongerNotified', { letterDate, due, law })
        : null;
  if (problem) throw new AppError('VALIDATION', problem, [fieldIssue('date', problem)]);
}
