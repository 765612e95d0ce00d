import { addMonths, type CivilDate } from '../../shared/pure/civil-date';
import type { CitationId } from './citations';
import { applyClarificationPauses, relevantTime } from './clock-stops';
import type { DeadlineDetail, DeadlineStep } from './deadline-types';
import { makeDetail } from './explain';
import type { HolidayCalendar } from './holiday-calendar';
import { rollStep, type RuleInput, type RuleOutcome } from './rule-outcome';

/**
 * GDPR and UK GDPR: one month from receipt, three when extended, notice of an extension
 * within the first month.
 *
 * GDPR (Art. 12(3)) periods are counted by Reg. (EEC, Euratom) 1182/71, Art. 3:
 * - 3(1): the day of receipt is not counted;
 * - 3(2)(c): a period in months ends on the same date of the last month, or on the last day
 *   of that month when it has no such date (31 Mar → 30 Apr; 30 Jan 2028 → 29 Feb 2028);
 * - 3(3)–(4): weekends and holidays inside the period count, but when the last day is a
 *   Saturday, Sunday or public holiday the period ends on the next working day;
 * - 2: public holidays are those of the member state concerned (the controller's country,
 *   and its region where the region's holidays bind, e.g. DE-BY).
 * "Two further months" has two readings, chosen in Settings (`gdprExtension`): three months
 * from receipt (the default, as the ICO counts), or two months added to the (unmoved) end of
 * the first month. They differ only when the first month was clamped to a shorter month
 * (31 Jan → 28 Feb → 28 Apr, against 30 Apr from receipt). Neither adds to a rolled date: a
 * roll-forward only moves the last day of a period and must not lengthen the next one.
 * The public holidays are the member state's (date-holidays) with its statutory list laid
 * over them where it differs (see `time-law.ts`: the Netherlands' Algemene termijnenwet).
 * The extension notice is due "within one month of receipt", i.e. by the original due date.
 *
 * UK GDPR (Art. 12A, DUAA 2025) is the same month from "the relevant time". The ICO counts
 * the day of receipt as day one but ends on the corresponding calendar date, which is the
 * same end date (3 Sep → 3 Oct), and moves a weekend or bank-holiday end to the next working
 * day of the UK nation concerned. Clock stops: see `clock-stops.ts`.
 */
export function oneMonthRule(input: RuleInput): RuleOutcome {
  return input.regime === 'uk-gdpr' ? ukRule(input) : euRule(input);
}

interface MonthEnd {
  date: CivilDate | null;
  steps: DeadlineStep[];
  stopped: { reason: 'identity' | 'fee' | 'clarification'; since: CivilDate } | null;
}

function euCitations(input: RuleInput, steps: DeadlineStep[]): CitationId[] {
  const ids: CitationId[] = ['gdpr-art-12-3', 'reg-1182-71-art-3'];
  const holidays = steps.flatMap((s) => (s.kind === 'roll-forward' ? s.skipped : [])).filter((d) => d.holiday !== null);
  if (holidays.length > 0) ids.push('reg-1182-71-art-2');
  if (holidays.some((d) => d.holiday?.name.includes('Algemene termijnenwet'))) ids.push('nl-atw-3');
  if (input.type === 'consent-withdrawal') ids.push('gdpr-art-7-3');
  return ids;
}

function notesFor(input: RuleInput): DeadlineStep[] {
  return input.type === 'consent-withdrawal' ? [{ kind: 'note', code: 'consent-withdrawal-immediate' }] : [];
}

function plainMonthEnd(start: CivilDate, months: number, calendar: HolidayCalendar, receiptIsDayOne: boolean): { date: CivilDate; steps: DeadlineStep[] } {
  const nominal = addMonths(start, months);
  const rolled = rollStep(nominal.date, calendar);
  return {
    date: rolled.date,
    steps: [{ kind: 'add-months', from: start, months, to: nominal.date, lastDayOfMonth: nominal.clamped, receiptIsDayOne }, ...rolled.steps],
  };
}

function euRule(input: RuleInput): RuleOutcome {
  const due = plainMonthEnd(input.received, 1, input.legalCalendar, false);
  const dueSteps = [...due.steps, ...notesFor(input)];
  const details: RuleOutcome['details'] = {
    due: makeDetail('due', due.date, dueSteps, euCitations(input, dueSteps)),
    extendedDue: null,
    acknowledgeBy: null,
    extensionNoticeBy: makeDetail('extensionNoticeBy', due.date, [{ kind: 'same-as', field: 'due', date: due.date }], ['gdpr-art-12-3']),
  };
  if (input.extended) details.extendedDue = euExtended(input);
  return { details, clockStop: null };
}

function euExtended(input: RuleInput): DeadlineDetail {
  const reading: DeadlineStep = { kind: 'extension-reading', reading: input.gdprExtension };
  if (input.gdprExtension === 'from-receipt') {
    const extended = plainMonthEnd(input.received, 3, input.legalCalendar, false);
    const steps = [reading, ...extended.steps];
    return makeDetail('extendedDue', extended.date, steps, euCitations(input, steps));
  }
  const first = addMonths(input.received, 1);
  const second = addMonths(first.date, 2);
  const rolled = rollStep(second.date, input.legalCalendar);
  const steps: DeadlineStep[] = [
    reading,
    { kind: 'add-months', from: input.received, months: 1, to: first.date, lastDayOfMonth: first.clamped, receiptIsDayOne: false },
    { kind: 'add-months', from: first.date, months: 2, to: second.date, lastDayOfMonth: second.clamped, receiptIsDayOne: false },
    ...rolled.steps,
  ];
  return makeDetail('extendedDue', rolled.date, steps, [...euCitations(input, steps), 'gdpr-extension-from-first-end']);
}

function ukMonthEnd(input: RuleInput, months: number): MonthEnd {
  const relevant = relevantTime(input.received, input.stops);
  if (!relevant.started) return { date: null, steps: relevant.steps, stopped: { reason: relevant.reason, since: relevant.since } };
  const start = relevant.start;
  const nominal = addMonths(start, months);
  const steps: DeadlineStep[] = [
    ...relevant.steps.filter((s) => !(s.kind === 'start' && s.cause === 'receipt')),
    { kind: 'add-months', from: start, months, to: nominal.date, lastDayOfMonth: nominal.clamped, receiptIsDayOne: true },
  ];
  const paused = applyClarificationPauses(start, nominal.date, input.stops, (end) => rollStep(end, input.legalCalendar).date);
  steps.push(...paused.steps);
  if (paused.stopped) return { date: null, steps, stopped: { reason: paused.reason, since: paused.since } };
  const rolled = rollStep(paused.end, input.legalCalendar);
  steps.push(...rolled.steps);
  return { date: rolled.date, steps, stopped: null };
}

function ukDetail(field: 'due' | 'extendedDue', end: MonthEnd): DeadlineDetail {
  return makeDetail(field, end.date, end.steps, ['uk-gdpr-art-12a', 'ico-time-limits']);
}

function ukRule(input: RuleInput): RuleOutcome {
  const due = ukMonthEnd(input, 1);
  const dueSteps = [...due.steps, ...notesFor(input)];
  // Identity asked only after the first period (counted from receipt alone) had run out.
  const plainDue = plainMonthEnd(input.received, 1, input.legalCalendar, true).date;
  if (input.stops.some((s) => s.reason === 'identity' && s.from > plainDue)) dueSteps.push({ kind: 'note', code: 'identity-asked-late' });
  const noticeSteps: DeadlineStep[] =
    due.date === null ? due.steps.filter((s) => s.kind === 'clock-stopped') : [{ kind: 'same-as', field: 'due', date: due.date }];
  const extended = input.extended ? ukMonthEnd(input, 3) : null;
  const details: RuleOutcome['details'] = {
    due: ukDetail('due', { ...due, steps: dueSteps }),
    extendedDue: extended ? ukDetail('extendedDue', extended) : null,
    acknowledgeBy: null,
    extensionNoticeBy: makeDetail('extensionNoticeBy', due.date, noticeSteps, ['uk-gdpr-art-12a']),
  };
  return { details, clockStop: due.stopped ?? extended?.stopped ?? null };
}
