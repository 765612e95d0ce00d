import { addDays } from '../../shared/pure/civil-date';
import type { CitationId } from './citations';
import type { DeadlineStep } from './deadline-types';
import { makeDetail } from './explain';
import { lawfulEnd, type RuleInput, type RuleOutcome } from './rule-outcome';
import { addWorkingDays } from './working-days';

/**
 * CCPA requests to know, delete and correct (11 CCR § 7021):
 * - (a) confirm receipt "no later than 10 business days after receiving" the request.
 *   The regulations do not define business days; by default they are Monday to Friday
 *   without California state holidays (Civ. Code § 7, Gov. Code § 6700: the `US-CA` public
 *   holidays of `date-holidays`), or without US federal holidays when the organisation
 *   chooses so. The day of receipt is not counted.
 * - (b) respond "no later than 45 calendar days after receipt"; the period begins on the day
 *   of receipt "regardless of time required to verify the request", so verification never
 *   stops this clock. Day 45 is receipt + 45 (the first day excluded, Cal. Civ. Code § 10).
 *   Extension: up to 45 more, "a maximum total of 90 calendar days from the day the request
 *   is received", with notice and reasons within the first 45 days (notice by = due).
 *
 * Calendar-day ends follow Cal. Code Civ. Proc. § 12a, which applies to periods set by any
 * regulation (§ 12a(b)): an end on a Saturday, Sunday or judicial holidays (§ 135) moves to
 * the next day that is not a holiday.
 */
export function ccpaResponseRule(input: RuleInput): RuleOutcome {
  const { received, calendar } = input;
  const ack = addWorkingDays(received, 10, calendar);
  const nominal = addDays(received, 45);
  const end = lawfulEnd(nominal, input);
  const due = end.date;
  const dueSteps: DeadlineStep[] = [
    { kind: 'add-days', from: received, days: 45, to: nominal },
    ...end.steps,
    { kind: 'note', code: 'verification-does-not-stop-clock' },
  ];
  const businessDayCitations = businessDayList(input);
  const details: RuleOutcome['details'] = {
    due: makeDetail('due', due, dueSteps, ['ccpa-regs-7021-b', ...end.citations]),
    extendedDue: null,
    acknowledgeBy: makeDetail(
      'acknowledgeBy',
      ack.date,
      [{ kind: 'add-business-days', from: received, days: 10, to: ack.date, jurisdiction: calendar.jurisdiction.code, skipped: ack.skipped }],
      ['ccpa-regs-7021-a', ...businessDayCitations],
    ),
    extensionNoticeBy: makeDetail('extensionNoticeBy', due, [{ kind: 'same-as', field: 'due', date: due }], ['ccpa-regs-7021-b']),
  };
  if (input.extended) {
    const extendedNominal = addDays(received, 90);
    const extended = lawfulEnd(extendedNominal, input);
    details.extendedDue = makeDetail(
      'extendedDue',
      extended.date,
      [{ kind: 'add-days', from: received, days: 90, to: extendedNominal }, ...extended.steps],
      ['ccpa-regs-7021-b', ...extended.citations],
    );
  }
  return { details, clockStop: null };
}

/** The citations for the chosen business-day holiday list. */
function businessDayList(input: RuleInput): CitationId[] {
  return input.calendar.jurisdiction.code === 'US' ? ['ccpa-business-day', 'us-federal-holidays'] : ['ccpa-business-day'];
}

/**
 * CCPA opt-out of sale/sharing (§ 7026(f)) and limit (§ 7027(g)): "as soon as feasibly
 * possible, but no later than 15 business days from the date the business receives the
 * request". The day of receipt is not counted. No acknowledgement, no extension, and no
 * verification may be required.
 */
export function businessDaysRule(input: RuleInput, days: number, ruleCitations: CitationId[]): RuleOutcome {
  const citations = [...ruleCitations.filter((id) => id !== 'ccpa-business-day'), ...businessDayList(input)];
  const due = addWorkingDays(input.received, days, input.calendar);
  return {
    details: {
      due: makeDetail(
        'due',
        due.date,
        [{ kind: 'add-business-days', from: input.received, days, to: due.date, jurisdiction: input.calendar.jurisdiction.code, skipped: due.skipped }],
        citations,
      ),
      extendedDue: null,
      acknowledgeBy: null,
      extensionNoticeBy: null,
    },
    clockStop: null,
  };
}
