import type { LetterLanguage, LetterWarning } from '../../../shared/document-contract';
import { msg } from '../../i18n';
import { AppError, fieldIssue } from '../../errors';
import { FIELD_CATALOGUE } from './field-catalogue';

const LANGUAGE_NAMES = {
  en: { en: 'English', it: 'inglese' },
  it: { en: 'Italian', it: 'italiano' },
} as const;

/**
 * The fields whose free text reads as the other language, which finalising needs the DPO to
 * confirm (B6: a letter must not go out half in another language unnoticed). With the
 * confirmation, their keys (recorded in the audit event); without it, VALIDATION naming each
 * field in the reader's language (a breach's `notice` called so), one issue per field. Nothing to confirm: an empty list.
 */
export function confirmedLanguageFields(warnings: LetterWarning[], language: LetterLanguage, confirmed: boolean, notice = false): string[] {
  const fields = warnings.filter((w) => w.code === 'language-mix').map((w) => w.field ?? w.message.en);
  if (fields.length === 0 || confirmed) return fields;
  const other: LetterLanguage = language === 'en' ? 'it' : 'en';
  const names = { language: LANGUAGE_NAMES[language], other: LANGUAGE_NAMES[other] };
  const label = (key: string) => FIELD_CATALOGUE[key]?.label ?? { en: key, it: key };
  throw new AppError(
    'VALIDATION',
    msg(notice ? 'msg.error.letter.languageMixNotice' : 'msg.error.letter.languageMix', { ...names, fields: fields.map((key) => msg('msg.error.letter.quotedField', { label: label(key) })) }),
    fields.map((key) => fieldIssue(key, msg('msg.error.letter.languageField', names))),
  );
}
