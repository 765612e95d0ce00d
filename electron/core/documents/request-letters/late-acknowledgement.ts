import type { DocumentKind, LetterInputs, LetterLanguage } from '../../../shared/document-contract';
import type { RequestDetail } from '../../../shared/requests';
import { isCivilDate } from '../../../shared/pure/civil-date';
import { AppError, fieldIssue } from '../../errors';
import { msg } from '../../i18n';
import { hasImmediateType } from '../../requests/immediate-types';
import type { FieldValues } from '../letters/field-catalogue';
import { formatCivilDate } from '../letters/format-date';

/**
 * An acknowledgement under the GDPR or UK GDPR dated after the month to answer ran out must
 * not promise that past day (review D38). It then says the month ran out on that day (Art.
 * 12(3); UK: with Art. 12A), apologises, and gives the day the DPO now answers by
 * (`ack.answerBy`), which may not fall before the letter's own date (VALIDATION naming it).
 * `ack.late` is the flag the template tests; `ack.lapsedOn` the day printed.
 */
export function lateAcknowledgement(detail: RequestDetail, kind: DocumentKind, letterDate: string, given: LetterInputs | undefined, language: LetterLanguage): FieldValues {
  const due = detail.deadlines.extendedDue ?? detail.deadlines.due;
  const euOrUk = detail.regime === 'gdpr' || detail.regime === 'uk-gdpr';
  const late = kind === 'acknowledgement' && euOrUk && !hasImmediateType(detail.regime, detail.types) && due !== null && letterDate > due;
  if (!late) return { 'ack.late': false, 'ack.lapsedOn': null };
  const answerBy = given?.['ack.answerBy'];
  if (typeof answerBy === 'string' && isCivilDate(answerBy.trim()) && answerBy.trim() < letterDate) {
    const problem = msg('msg.error.letter.answerByPast', { date: answerBy.trim(), letterDate });
    throw new AppError('VALIDATION', problem, [fieldIssue('ack.answerBy', problem)]);
  }
  return { 'ack.late': true, 'ack.lapsedOn': formatCivilDate(due, language) };
}
