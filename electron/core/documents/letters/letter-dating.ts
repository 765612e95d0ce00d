import { AppError, fieldIssue } from '../../errors';
import type { LetterWarning, Localised } from '../../../shared/document-contract';
import { formatCivilDate, isCivilDate } from './format-date';
import { msg } from '../../i18n';

/** A dated fact a letter states, named in both languages ("the request was received"). */
export interface DatedFact {
  date: string;
  what: Localised;
}

/** What a letter's date is checked against: the facts it states, and the deadline it concerns. */
export interface DateRules {
  /** The letter cannot bear a date before any of these. */
  notBefore: DatedFact[];
  /** A letter dated after this looks late on its face: a warning, not a refusal. */
  deadline: DatedFact | null;
}

/**
 * The date a letter bears: the one the DPO set, or today in the organisation's zone.
 * Refuses (VALIDATION, naming the fact; a breach's `notice` says "the notice") a date that is
 * not a calendar day or falls before a fact the letter states; warns, in both languages, when it falls after the deadline
 * the letter concerns.
 */
export function checkLetterDate(given: string | undefined, today: string, rules: DateRules, notice = false): { date: string; warnings: LetterWarning[] } {
  const date = given ?? today;
  if (!isCivilDate(date)) throw new AppError('VALIDATION', msg('msg.error.letter.notADay', { date }), [fieldIssue('date', msg('msg.error.date'))]);
  const earlier = rules.notBefore.filter((fact) => isCivilDate(fact.date) && date < fact.date);
  if (earlier.length > 0) {
    const fact = earlier.reduce((a, b) => (b.date > a.date ? b : a));
    throw new AppError('VALIDATION', msg(notice ? 'msg.error.letter.beforeFactNotice' : 'msg.error.letter.beforeFact', { date, what: fact.what, factDate: fact.date }), [
      fieldIssue('date', msg('msg.error.letter.dateFrom', { what: fact.what, factDate: fact.date })),
    ]);
  }
  const { deadline } = rules;
  if (!deadline || date <= deadline.date) return { date, warnings: [] };
  return {
    date,
    warnings: [
      {
        code: 'dated-after-deadline',
        message: {
          en: `This ${notice ? 'notice' : 'letter'} is dated ${formatCivilDate(date, 'en')}, after ${deadline.what.en} (${formatCivilDate(deadline.date, 'en')}): on its face it is late.`,
          it: `${notice ? 'Questa comunicazione' : 'Questa lettera'} è datata ${formatCivilDate(date, 'it')}, dopo ${deadline.what.it} (${formatCivilDate(deadline.date, 'it')}): così com’è risulta tardiva.`,
        },
      },
    ],
  };
}
