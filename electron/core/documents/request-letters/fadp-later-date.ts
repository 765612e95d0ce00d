import type { DocumentKind, LetterInputs, LetterWarning } from '../../../shared/document-contract';
import { isCivilDate } from '../../../shared/pure/civil-date';
import type { RequestDetail } from '../../../shared/requests';
import { AppError, fieldIssue } from '../../errors';
import { msg, type Message } from '../../i18n';

/** The Swiss notice of a later date (Data Protection Ordinance, SR 235.11, Art. 18(2)). */
const FADP_LATER_DATE: DocumentKind = 'fadp-later-date';

/**
 * Why the notice of a later date cannot be written on this request yet, or null: it tells the
 * person the reasons of an extension the register records, so the extension comes first (as
 * the GDPR extension notice and the PIPEDA extension follow the recorded extension).
 */
export function laterDateNotYet(detail: RequestDetail, kind: DocumentKind): Message | null {
  if (kind !== FADP_LATER_DATE || detail.regime !== 'ch-fadp' || detail.extendedAt !== null) return null;
  return msg('msg.error.letter.laterDateNotExtended', { reference: detail.reference });
}

/**
 * The notice of a later date is refused (VALIDATION) when dated after the 30 days: Art. 18(2)
 * wants the person told within them, and a notice dated later would announce an extension the
 * Ordinance no longer allows; and when the date it names is not after the 30 days (no later
 * date at all). The date the notice names is the one the register binds once it is sent.
 */
export function checkLaterDate(detail: RequestDetail, kind: DocumentKind, letterDate: string, given: LetterInputs | undefined): void {
  if (kind !== FADP_LATER_DATE) return;
  const due = detail.deadlines.due;
  if (due === null) return;
  if (letterDate > due) {
    const problem = msg('msg.error.letter.laterDateAfterPeriod', { letterDate, due });
    throw new AppError('VALIDATION', problem, [fieldIssue('date', problem)]);
  }
  const named = given?.['fadp.laterDate'];
  const laterDate = typeof named === 'string' ? named.trim() : '';
  if (isCivilDate(laterDate) && laterDate <= due) {
    const problem = msg('msg.error.letter.laterDateNotLater', { laterDate, due });
    throw new AppError('VALIDATION', problem, [fieldIssue('inputs.fadp.laterDate', problem)]);
  }
}

/**
 * A notice dated within the 30 days but written (`today`) after them: it extends only if it
 * reached the person by then, and must not go now under an earlier date (as the GDPR extension
 * notice, review 6, F13).
 */
export function laterDateCautions(detail: RequestDetail, kind: DocumentKind, date: string, today: string): { code: LetterWarning['code']; message: Message }[] {
  const due = detail.deadlines.due;
  if (kind !== FADP_LATER_DATE || due === null || date > due || today <= due) return [];
  return [{ code: 'fadp-later-date-over', message: msg('msg.letterWarning.fadpLaterDateOver', { date, due }) }];
}

/** What the notice's finalisation records for the register: the date it names (read back when it is recorded sent). */
export function laterDateFacts(kind: DocumentKind, given: LetterInputs | undefined): Record<string, string> {
  const named = given?.['fadp.laterDate'];
  const laterDate = typeof named === 'string' ? named.trim() : '';
  return kind === FADP_LATER_DATE && isCivilDate(laterDate) ? { laterDate } : {};
}
