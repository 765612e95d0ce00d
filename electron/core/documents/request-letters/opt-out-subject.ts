import type { LetterLanguage } from '../../../shared/document-contract';
import type { RequestDetail } from '../../../shared/requests';
import type { FieldValues } from '../letters/field-catalogue';
import { labelForRepresentative } from './subject-voice';

/** A confirmation's title and subject words, per language. */
type Words = Record<LetterLanguage, { title: string; subject: string }>;

const OPT_OUT: Words = {
  en: { title: 'Confirmation of opt-out', subject: 'confirmation of your opt-out' },
  it: { title: 'Conferma di opposizione', subject: 'conferma della Sua opposizione' },
};
const LIMIT: Words = {
  en: { title: 'Confirmation of the limit on the use of sensitive personal information', subject: 'confirmation that the use of your sensitive personal information is limited' },
  it: { title: 'Conferma della limitazione dell’uso dei dati personali sensibili', subject: 'conferma della limitazione dell’uso dei Suoi dati personali sensibili' },
};
const BOTH: Words = {
  en: { title: 'Confirmation of opt-out and of the limit on the use of sensitive personal information', subject: 'confirmation of your opt-out and that the use of your sensitive personal information is limited' },
  it: { title: 'Conferma di opposizione e della limitazione dell’uso dei dati personali sensibili', subject: 'conferma della Sua opposizione e della limitazione dell’uso dei Suoi dati personali sensibili' },
};

/**
 * What the opt-out confirmation's title and subject say it confirms: an opt-out (Art. 21(3)
 * GDPR; CCPA § 1798.120), a limit on the use of sensitive personal information (CCPA
 * § 1798.121, regs § 7027(m)), or both, as the request asks; never "your opt-out" over a body
 * confirming a limit (review 7, G16). To an agent or representative the opt-out is "the
 * opt-out" and the data are the person's, by name (review 7, G18).
 */
export function optOutSubject(detail: RequestDetail, language: LetterLanguage): FieldValues {
  const limit = detail.regime === 'ccpa' && detail.types.includes('limit');
  const optOut = !limit || detail.types.includes('opt-out');
  const words = (limit && optOut ? BOTH : limit ? LIMIT : OPT_OUT)[language];
  const subject =
    detail.requesterRelation === 'self'
      ? words.subject
      : labelForRepresentative(words.subject.replace('your opt-out', 'the opt-out').replace('della Sua opposizione', 'dell’opposizione'), language, detail.subjectName);
  return { 'confirms.title': words.title, 'confirms.subject': subject };
}
