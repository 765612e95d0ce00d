import { addDays } from '../../shared/pure/civil-date';
import type { CitationId } from './citations';
import type { DeadlineStep } from './deadline-types';
import { makeDetail } from './explain';
import { noRollStep, type RuleInput, type RuleOutcome } from './rule-outcome';
import { addWorkingDays } from './working-days';

/**
 * CCPA requests to know, delete and correct (11 CCR § 7021):
 * - (a) confirm receipt "no later than 10 business days after receiving" the request.
 *   Business days are Monday to Friday without California state holidays (the `US-CA`
 *   public holidays of `date-holidays`, which include the observed Friday/Monday when a
 *   holiday falls on a weekend, César Chávez Day and the day after Thanksgiving). The day of
 *   receipt is not counted.
 * - (b) respond "no later than 45 calendar days after receipt"; the period begins on the day
 *   of receipt "regardless of time required to verify the request", so verification never
 *   stops this clock. Day 45 is receipt + 45 (the first day excluded, Cal. Civ. Code § 10).
 *   Extension: up to 45 more, "a maximum total of 90 calendar days from the day the request
 *   is received", with notice and reasons within the first 45 days (notice by = due).
 *
 * Calendar-day ends are NOT moved off weekends or holidays. The regulations speak of calendar
 * days and give no roll-forward; Cal. Civ. Code §§ 10–11 might let an act due on a holiday be
 * done on the next business day, but that reading is untested for these regulations and
 * relying on it could make a response late, so the engine keeps the earlier, certain date
 * and only notes when it is a non-working day.
 */
export function ccpaResponseRule(input: RuleInput): RuleOutcome {
  const { received, calendar } = input;
  const ack = addWorkingDays(received, 10, calendar);
  const due = addDays(received, 45);
  const dueSteps: DeadlineStep[] = [
    { kind: 'add-days', from: received, days: 45, to: due },
    ...noRollStep(due, calendar),
    { kind: 'note', code: 'verification-does-not-stop-clock' },
  ];
  const details: RuleOutcome['details'] = {
    due: makeDetail('due', due, dueSteps, ['ccpa-regs-7021-b']),
    extendedDue: null,
    acknowledgeBy: makeDetail(
      'acknowledgeBy',
      ack.date,
      [{ kind: 'add-business-days', from: received, days: 10, to: ack.date, jurisdiction: calendar.jurisdiction.code, skipped: ack.skipped }],
      ['ccpa-regs-7021-a', 'ccpa-business-day'],
    ),
    extensionNoticeBy: makeDetail('extensionNoticeBy', due, [{ kind: 'same-as', field: 'due', date: due }], ['ccpa-regs-7021-b']),
  };
  if (input.extended) {
    const extended = addDays(received, 90);
    details.extendedDue = makeDetail(
      'extendedDue',
      extended,
      [{ kind: 'add-days', from: received, days: 90, to: extended }, ...noRollStep(extended, calendar)],
      ['ccpa-regs-7021-b'],
    );
  }
  return { details, clockStop: null };
}

/**
 * CCPA opt-out of sale/sharing (§ 7026(f)) and limit (§ 7027(g)): "as soon as feasibly
 * possible, but no later than 15 business days from the date the business receives the
 * request". The day of receipt is not counted. No acknowledgement, no extension, and no
 * verification may be required.
 */
export function businessDaysRule(input: RuleInput, days: number, citations: CitationId[]): RuleOutcome {
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
