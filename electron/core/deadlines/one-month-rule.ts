import { addMonths, type CivilDate } from '../../shared/pure/civil-date';
import type { CitationId } from './citations';
import { applyPauses, relevantTime } from './clock-stops';
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
 * Identity (EDPB Guidelines 01/2022 on the right of access, v2.1, para. 159): when the
 * controller must ask for information because the requester's identity is uncertain, "there
 * may be a suspension in time" until it obtains the information, provided it asked without
 * undue delay. Art. 12(3) itself knows only receipt, and "may" is not "is": by default
 * (`gdprIdentity: 'keeps-running'`, Settings) the period keeps running and a note cites the
 * paragraph; an organisation that relies on it chooses `suspended`, read narrowly: the day identity is asked still counts, the days after it up to and including the
 * day the information arrives do not (an ask on the day of receipt therefore runs the month
 * from the day of arrival); while it is awaited there is no date; an ask made after the period
 * ended revives nothing. Every step shows the date without the suspension as well, and a note
 * says the suspension depends on the ask having been made without undue delay.
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

function euCitations(steps: DeadlineStep[]): CitationId[] {
  const ids: CitationId[] = ['gdpr-art-12-3', 'reg-1182-71-art-3'];
  const holidays = steps.flatMap((s) => (s.kind === 'roll-forward' ? s.skipped : [])).filter((d) => d.holiday !== null);
  if (holidays.length > 0) ids.push('reg-1182-71-art-2');
  if (holidays.some((d) => d.holiday?.name.includes('Algemene termijnenwet'))) ids.push('nl-atw-3');
  return ids;
}

function plainMonthEnd(start: CivilDate, months: number, calendar: HolidayCalendar, receiptIsDayOne: boolean): { date: CivilDate; steps: DeadlineStep[] } {
  const nominal = addMonths(start, months);
  const rolled = rollStep(nominal.date, calendar);
  return {
    date: rolled.date,
    steps: [{ kind: 'add-months', from: start, months, to: nominal.date, lastDayOfMonth: nominal.clamped, receiptIsDayOne }, ...rolled.steps],
  };
}

/**
 * An EU period's nominal end moved by identity suspensions (para. 159) when the organisation
 * reads the guidelines that way (Settings), then rolled. By default the period keeps running,
 * and a note says so.
 */
function euSuspended(input: RuleInput, nominal: CivilDate, steps: DeadlineStep[]): MonthEnd {
  const hasIdentity = input.stops.some((stop) => stop.reason === 'identity');
  if (!hasIdentity || input.gdprIdentity === 'keeps-running') {
    const rolled = rollStep(nominal, input.legalCalendar);
    const noted: DeadlineStep[] = hasIdentity ? [{ kind: 'note', code: 'eu-identity-keeps-running' }] : [];
    return { date: rolled.date, steps: [...steps, ...rolled.steps, ...noted], stopped: null };
  }
  const paused = applyPauses(input.received, nominal, input.stops, (end) => rollStep(end, input.legalCalendar).date, 'identity', 'after-ask');
  const all = [...steps, ...paused.steps];
  if (paused.stopped) return { date: null, steps: [...all, { kind: 'note', code: 'eu-identity-suspension' }], stopped: { reason: paused.reason, since: paused.since } };
  const rolled = rollStep(paused.end, input.legalCalendar);
  const noted: DeadlineStep[] = paused.steps.some((step) => step.kind === 'pause') ? [{ kind: 'note', code: 'eu-identity-suspension' }] : [];
  return { date: rolled.date, steps: [...all, ...rolled.steps, ...noted], stopped: null };
}

function addMonthsStep(from: CivilDate, months: number): { to: CivilDate; step: DeadlineStep } {
  const nominal = addMonths(from, months);
  return { to: nominal.date, step: { kind: 'add-months', from, months, to: nominal.date, lastDayOfMonth: nominal.clamped, receiptIsDayOne: false } };
}

function euCitationsWith(input: RuleInput, steps: DeadlineStep[]): CitationId[] {
  const ids = euCitations(steps);
  const identity = (step: DeadlineStep) =>
    step.kind === 'pause' || step.kind === 'clock-stopped' || step.kind === 'pause-ignored' || (step.kind === 'note' && step.code === 'eu-identity-keeps-running');
  if (steps.some(identity)) ids.push('edpb-01-2022-para-159');
  return ids;
}

function euRule(input: RuleInput): RuleOutcome {
  const first = addMonthsStep(input.received, 1);
  const due = euSuspended(input, first.to, [first.step]);
  const dueSteps = [...due.steps];
  const noticeSteps: DeadlineStep[] = due.date === null ? due.steps.filter((s) => s.kind === 'clock-stopped') : [{ kind: 'same-as', field: 'due', date: due.date }];
  const details: RuleOutcome['details'] = {
    due: makeDetail('due', due.date, dueSteps, euCitationsWith(input, dueSteps)),
    extendedDue: null,
    acknowledgeBy: null,
    extensionNoticeBy: makeDetail('extensionNoticeBy', due.date, noticeSteps, due.date === null ? ['gdpr-art-12-3', 'edpb-01-2022-para-159'] : ['gdpr-art-12-3']),
  };
  const extended = input.extended ? euExtended(input) : null;
  if (extended) details.extendedDue = extended.detail;
  return { details, clockStop: due.stopped ?? extended?.stopped ?? null };
}

function euExtended(input: RuleInput): { detail: DeadlineDetail; stopped: MonthEnd['stopped'] } {
  const reading: DeadlineStep = { kind: 'extension-reading', reading: input.gdprExtension };
  if (input.gdprExtension === 'from-receipt') {
    const three = addMonthsStep(input.received, 3);
    const end = euSuspended(input, three.to, [reading, three.step]);
    return { detail: makeDetail('extendedDue', end.date, end.steps, euCitationsWith(input, end.steps)), stopped: end.stopped };
  }
  const first = addMonthsStep(input.received, 1);
  const second = addMonthsStep(first.to, 2);
  const end = euSuspended(input, second.to, [reading, first.step, second.step]);
  return { detail: makeDetail('extendedDue', end.date, end.steps, [...euCitationsWith(input, end.steps), 'gdpr-extension-from-first-end']), stopped: end.stopped };
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
  const paused = applyPauses(start, nominal.date, input.stops, (end) => rollStep(end, input.legalCalendar).date, 'clarification', 'both-ends');
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
  const dueSteps = [...due.steps];
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
