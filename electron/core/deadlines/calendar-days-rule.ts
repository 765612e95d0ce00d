import { addDays } from '../../shared/pure/civil-date';
import type { CitationId } from './citations';
import type { DeadlineStep } from './deadline-types';
import { makeDetail } from './explain';
import type { DeadlineRule } from './rule-table';
import { noRollStep, type RuleInput, type RuleOutcome } from './rule-outcome';

type CalendarDaysRule = Extract<DeadlineRule, { kind: 'calendar-days' }>;

/**
 * Periods of N calendar days from receipt: LGPD access (15), PIPEDA access (30, +30) and
 * Swiss FADP access/portability (30, extension by notice of a new date).
 *
 * - The day of receipt is not counted, so day N is receipt + N. This is how each system
 *   counts days: Código Civil art. 132 ("excluído o dia do começo"), the Interpretation Act
 *   (Canada) s. 27, and the Swiss rule that a period in days starts the day after the
 *   event (Code of Obligations Art. 77(1)(1)).
 * - The end is NOT moved off a weekend or holiday. Each country's general law would move an
 *   end that falls on a holiday to the next working day (CC art. 132 §1; Interpretation Act
 *   s. 26; CO Art. 78), but whether that applies to a controller's duty is not settled and
 *   the earlier date is always safe. The explanation notes when the end is a non-working day.
 * - PIPEDA: the notice of extension is due within the original 30 days (s. 8(4)), so
 *   `extensionNoticeBy` = `due`; the extended limit is at most due + 30 = receipt + 60.
 * - FADP/FADO Art. 18(2): when access cannot be given in 30 days the controller must say so
 *   within the 30 days and name the period in which it will follow. The law sets no maximum,
 *   so `extendedDue` is null (the controller's own new date is a fact of the request, not a
 *   legal deadline) and `extensionNoticeBy` = `due`.
 * - LGPD Art. 19 knows no extension.
 */
export function calendarDaysRule(input: RuleInput, rule: CalendarDaysRule): RuleOutcome {
  const { received, calendar } = input;
  const due = addDays(received, rule.days);
  const dueSteps: DeadlineStep[] = [{ kind: 'add-days', from: received, days: rule.days, to: due }, ...noRollStep(due, calendar)];
  if (input.regime === 'lgpd') dueSteps.push({ kind: 'note', code: 'simplified-form-at-once' });
  const details: RuleOutcome['details'] = {
    due: makeDetail('due', due, dueSteps, rule.citations),
    extendedDue: null,
    acknowledgeBy: null,
    extensionNoticeBy: null,
  };
  const extension = rule.extension;
  if (extension) {
    details.extensionNoticeBy = makeDetail('extensionNoticeBy', due, [{ kind: 'same-as', field: 'due', date: due }], extension.citations);
    if (input.extended) {
      if (extension.kind === 'days') {
        const extended = addDays(due, extension.days);
        const steps: DeadlineStep[] = [{ kind: 'add-days', from: due, days: extension.days, to: extended }, ...noRollStep(extended, calendar)];
        details.extendedDue = makeDetail('extendedDue', extended, steps, [...rule.citations, ...extension.citations]);
      } else {
        details.extendedDue = makeDetail('extendedDue', null, [{ kind: 'extension-open-ended' }], extension.citations);
      }
    }
  }
  return { details, clockStop: null };
}

/** Request types for which the law sets no period: no dates, one explanatory line. */
export function noPeriodRule(citations: CitationId[]): RuleOutcome {
  return {
    details: {
      due: makeDetail('due', null, [{ kind: 'no-statutory-period' }], citations),
      extendedDue: null,
      acknowledgeBy: null,
      extensionNoticeBy: null,
    },
    clockStop: null,
  };
}
