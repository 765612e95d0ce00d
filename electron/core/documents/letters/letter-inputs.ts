import { AppError, fieldIssue, type KeyedIssue } from '../../errors';
import type { LetterInputs, LetterLanguage } from '../../../shared/document-contract';
import { FIELD_CATALOGUE, type FieldValues } from './field-catalogue';
import { formatCivilDate, isCivilDate } from './format-date';
import { trimLeadIn } from './lead-in';
import { itemsInSentence } from './in-sentence';
import { msg, type Message } from '../../i18n';

export type InputValue = string | string[] | null;

/** A letter's editable fields as given (for the preview) and as printed (for the letter). */
export interface ResolvedInputs {
  values: Record<string, InputValue>;
  fields: FieldValues;
}

function asList(value: string | string[]): string[] {
  const items = Array.isArray(value) ? value : value.split(/\r?\n/);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** What the document is called in messages: a letter to a person, a notice on a breach. */
export type DocumentNoun = 'letter' | 'notice';

/**
 * Keys the template does not offer: one problem naming them all, then the valid fields once
 * (never the whole list again per unknown key), and an issue on each for the form.
 */
function unknownKeys(offered: readonly string[], given: LetterInputs | undefined, noun: DocumentNoun): { summary: Message | null; issues: KeyedIssue[] } {
  const unknown = Object.keys(given ?? {}).filter((key) => !offered.includes(key));
  if (unknown.length === 0) return { summary: null, issues: [] };
  const suffix = noun === 'notice' ? 'Notice' : '';
  const params = { keys: unknown.join(', '), count: unknown.length };
  const summary = offered.length > 0 ? msg(`msg.error.letter.input.unknown${suffix}`, { ...params, fields: offered.join(', ') }) : msg(`msg.error.letter.input.noFields${suffix}`, params);
  return { summary, issues: unknown.map((key) => fieldIssue(`inputs.${key}`, msg('msg.error.letter.input.notAField'))) };
}

/**
 * Merges what the DPO typed over the defaults the case suggests, for the inputs a template
 * offers. A key the template does not offer, a list where text is expected, a date that is
 * not a calendar day or a choice that is not offered is refused with VALIDATION naming the
 * field; an empty value stays empty (and is reported as missing if the letter needs it).
 * A choice prints as its name in the letter's language and also sets the flag `key=value`,
 * which template conditions test (`"when": "notice.phase=preliminary"`).
 */
export function resolveInputs(
  offered: readonly string[],
  defaults: Record<string, string | null>,
  given: LetterInputs | undefined,
  language: LetterLanguage,
  noun: DocumentNoun = 'letter',
): ResolvedInputs {
  const unknown = unknownKeys(offered, given, noun);
  const issues: KeyedIssue[] = [];
  const values: Record<string, InputValue> = {};
  const fields: FieldValues = {};
  for (const key of offered) {
    const entry = FIELD_CATALOGUE[key];
    const type = entry?.type;
    const raw = given && key in given ? given[key] : (defaults[key] ?? null);
    if (raw === null || raw === undefined) {
      values[key] = null;
      fields[key] = null;
    } else if (type === 'list') {
      values[key] = asList(raw);
      fields[key] = values[key];
    } else if (Array.isArray(raw)) {
      issues.push(fieldIssue(`inputs.${key}`, msg('msg.error.letter.input.notList', { key })));
    } else if (type === 'choice') {
      const value = raw.trim();
      const option = entry?.options?.find((o) => o.value === value);
      if (value !== '' && !option) issues.push(fieldIssue(`inputs.${key}`, msg('msg.error.letter.input.choice', { key, options: entry?.options?.map((o) => o.value).join(', ') ?? '' })));
      values[key] = value === '' ? null : value;
      fields[key] = option ? option.label[language] : null;
      if (option) fields[`${key}=${option.value}`] = true;
    } else if (type === 'date') {
      const date = raw.trim();
      if (date !== '' && !isCivilDate(date)) issues.push(fieldIssue(`inputs.${key}`, msg('msg.error.letter.input.date', { key })));
      values[key] = date === '' ? null : date;
      fields[key] = date === '' || !isCivilDate(date) ? null : formatCivilDate(date, language);
    } else {
      values[key] = raw.trim() === '' ? null : raw.trim();
      const text = values[key] === null ? null : trimLeadIn(values[key], entry?.leadIn, language);
      fields[key] = text !== null && entry?.items ? itemsInSentence(text, language) : text;
    }
  }
  if (unknown.summary || issues.length > 0) {
    const problems = [...(unknown.summary ? [unknown.summary] : []), ...issues.map((i) => i.detail)];
    throw new AppError('VALIDATION', msg('msg.error.letter.input.all', { problems }), [...unknown.issues, ...issues]);
  }
  return { values, fields };
}
