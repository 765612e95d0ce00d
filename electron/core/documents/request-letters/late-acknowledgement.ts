import type { DocumentKind, LetterInputs, LetterLanguage } from '../../../shared/document-contract';
import type { RequestDetail } from '../../../shared/requests';
import { isCivilDate } from '../../../shared/pure/civil-date';
import { AppError, fieldIssue } from '../../errors';
import { msg } from '../../i18n';
import { hasImmediateType } from '../../requests/immediate-types';
import type { FieldValues } from '../letters/field-catalogue';
import { formatCivilDate } from '../letters/format-date';
import { datedAfterAnswerDue } from './request-date-rules';

/**
 * An acknowledgement dated after the period to answer ran out must not promise that past day
 * (review D38, for the GDPR and UK GDPR; the same for the CCPA). It then says the period ran
 * out on that day (Art. 12(3); UK: with Art. 12A; CCPA: the 45 days of §7021(b), 90 when
 * extended, or the 15 business days of §§7026(f), 7027(g)), apologises, and gives the day the
 * DPO now answers by (`ack.answerBy`), which may not fall before the letter's own date
 * (VALIDATION naming it). `ack.late` is the flag the template tests; `ack.lapsedOn` the day
 * printed. A GDPR request the law wants acted on at once has no period to announce.
 */
export function lateAcknowledgement(detail: RequestDetail, kind: DocumentKind, letterDate: string, given: LetterInputs | undefined, language: LetterLanguage): FieldValues {
  const due = detail.deadlines.extendedDue ?? detail.deadlines.due;
  const late = kind === 'acknowledgement' && !hasImmediateType(detail.regime, detail.types) && datedAfterAnswerDue(detail, letterDate);
  if (!late || due === null) return { 'ack.late': false, 'ack.lapsedOn': null };
  const answerBy = given?.['ack.answerBy'];
  if (typeof answerBy === 'string' && isCivilDate(answerBy.trim()) && answerBy.trim() < letterDate) {
    const problem = msg('msg.error.letter.answerByPast', { date: answerBy.trim(), letterDate });
    throw new AppError('VALIDATION', problem, [fieldIssue('ack.answerBy', problem)]);
  }
  return { 'ack.late': true, 'ack.lapsedOn': formatCivilDate(due, language) };
}
