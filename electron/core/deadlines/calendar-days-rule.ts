import { addDays } from '../../shared/pure/civil-date';
import type { CitationId } from './citations';
import type { DeadlineStep } from './deadline-types';
import { makeDetail } from './explain';
import type { DeadlineRule } from './rule-table';
import { lawfulEnd, type RuleInput, type RuleOutcome } from './rule-outcome';

type CalendarDaysRule = Extract<DeadlineRule, { kind: 'calendar-days' }>;

const unique = (ids: CitationId[]): CitationId[] => [...new Set(ids)];

/** Notes a regime adds to its due date. */
function notesFor(input: RuleInput, rule: CalendarDaysRule): DeadlineStep[] {
  const notes: DeadlineStep[] = [];
  if (input.regime === 'lgpd') notes.push({ kind: 'note', code: 'simplified-form-at-once' });
  if (input.regime === 'qc-law25') notes.push({ kind: 'note', code: 'silence-is-refusal' });
  if (input.regime === 'sg-pdpa') notes.push({ kind: 'note', code: 'notice-of-response-time' });
  if (rule.basis === 'reasonable-period') notes.push({ kind: 'note', code: 'reasonable-period-planned' });
  return notes;
}

/**
 * Periods of N calendar days from receipt: LGPD access (15), PIPEDA access (30, +30), Swiss
 * FADP access/portability (30, extension by notice of a new date), Québec (30), the US state
 * laws (45, +45), Singapore PDPA access (30, then notice of the time) and Australia (30, our
 * plan for "a reasonable period").
 *
 * - The day of receipt is not counted, so day N is receipt + N (every statute cited in
 *   `time-law.ts` excludes the first day).
 * - The last day is then treated by the regime's own statute on computing time (see
 *   `lawfulEnd`): moved off a Sunday or public holiday (and off a Saturday where the statute
 *   says so), or left in place, with the reason, where the statute does not move it or no
 *   statute applies.
 * - An extension in days runs from the unmoved end of the first period (receipt + N + M):
 *   moving a last day does not lengthen the next period.
 * - PIPEDA and the US states: the notice of extension is due within the first period, so
 *   `extensionNoticeBy` = `due`. FADO Art. 18(2) and the Singapore regulations set no
 *   maximum: the controller names the new time within the first period, so `extendedDue` is
 *   null and `extensionNoticeBy` = `due`.
 */
export function calendarDaysRule(input: RuleInput, rule: CalendarDaysRule): RuleOutcome {
  const { received } = input;
  const nominal = addDays(received, rule.days);
  const end = lawfulEnd(nominal, input);
  const dueSteps: DeadlineStep[] = [{ kind: 'add-days', from: received, days: rule.days, to: nominal }, ...end.steps, ...notesFor(input, rule)];
  const details: RuleOutcome['details'] = {
    due: makeDetail('due', end.date, dueSteps, unique([...rule.citations, ...end.citations])),
    extendedDue: null,
    acknowledgeBy: null,
    extensionNoticeBy: null,
  };
  const extension = rule.extension;
  if (extension) {
    details.extensionNoticeBy = makeDetail('extensionNoticeBy', end.date, [{ kind: 'same-as', field: 'due', date: end.date }], extension.citations);
    if (input.extended) {
      if (extension.kind === 'days') {
        const extendedNominal = addDays(nominal, extension.days);
        const extendedEnd = lawfulEnd(extendedNominal, input);
        const steps: DeadlineStep[] = [{ kind: 'add-days', from: nominal, days: extension.days, to: extendedNominal }, ...extendedEnd.steps];
        details.extendedDue = makeDetail('extendedDue', extendedEnd.date, steps, unique([...rule.citations, ...extension.citations, ...extendedEnd.citations]));
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
