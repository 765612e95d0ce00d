import { formatHumanDate as h } from '../../shared/pure/civil-date';
import { citeSources, type CitationId } from './citations';
import type { DeadlineDetail, DeadlineField, DeadlineStep } from './deadline-types';
import type { NonWorkingDay } from './holiday-calendar';

/**
 * English renderings of the structured deadline steps. The engine's output is English so
 * that the CLI and logs read well; the UI renders the same structured steps in Italian (or
 * any language) from `DeadlineDetail.steps` instead of parsing these strings.
 */

const FIELD_LABEL: Record<DeadlineField, string> = {
  due: 'Due',
  extendedDue: 'Extended due',
  acknowledgeBy: 'Acknowledge by',
  extensionNoticeBy: 'Extension notice by',
};

const MONTH_WORDS = ['zero', 'one', 'two', 'three'];

const NOTES: Record<Extract<DeadlineStep, { kind: 'note' }>['code'], string> = {
  'identity-asked-late':
    'identity was asked for after the first period had run out; Art. 12A still restarts the clock, but the ICO expects identity to be checked promptly',
  'consent-withdrawal-immediate': 'the withdrawal itself takes effect at once (Art. 7(3)); this is the latest date to act on its consequences',
  'verification-does-not-stop-clock': 'the period runs from receipt however long verification takes',
  'simplified-form-at-once': 'a simplified answer is due at once; this is the date for the full statement',
  'silence-is-refusal': 'no answer by this date is deemed a refusal, which the person may take to the Commission d\'accès à l\'information',
  'reasonable-period-planned':
    'the law gives an organisation "a reasonable period" with no number of days: legal limit not fixed; we plan for 30 days, the agencies\' limit and the OAIC\'s guidance',
  'notice-of-response-time': 'if the answer cannot be given by then, tell the person in writing by this date when it will be given',
};

/**
 * `Sat 1 Aug 2026`, or `Mon 27 Dec 2027 (Christmas Day (substitute day))` for a holiday: the
 * weekday is already in the date, so only a holiday's name is added.
 */
export function describeNonWorkingDay(day: NonWorkingDay): string {
  return day.holiday ? `${h(day.date)} (${day.holiday.name})` : h(day.date);
}

function monthsWord(months: number): string {
  const word = MONTH_WORDS[months] ?? String(months);
  return `${word} month${months === 1 ? '' : 's'}`;
}

/** One step as an English phrase, e.g. `one month from Tue 31 Mar 2026 → Thu 30 Apr 2026`. */
export function explainStep(step: DeadlineStep): string {
  switch (step.kind) {
    case 'start':
      return step.cause === 'receipt'
        ? `received ${h(step.date)}`
        : `the clock starts on ${h(step.date)}, when the ${step.cause === 'identity' ? 'identity information arrived' : 'fee was paid'} (the latest of receipt, identity and fee)`;
    case 'add-months':
      return (
        `${monthsWord(step.months)} from ${h(step.from)}${step.receiptIsDayOne ? ' (day one)' : ''} → ${h(step.to)}` +
        (step.lastDayOfMonth ? ` (there is no ${Number(step.from.slice(8))} ${h(step.to).split(' ')[2] ?? ''}: the last day of the month)` : '')
      );
    case 'add-days':
      return `${step.days} calendar days after ${h(step.from)} → ${h(step.to)}`;
    case 'add-business-days': {
      const holidays = step.skipped.filter((d) => d.holiday !== null && d.weekend === null);
      const skipping = holidays.length > 0 ? `, skipping ${holidays.map(describeNonWorkingDay).join(', ')}` : '';
      return `${step.days} business days after ${h(step.from)} in ${step.jurisdiction}${skipping} → ${h(step.to)}`;
    }
    case 'pause':
      return `${step.reason} asked ${h(step.from)}, received ${h(step.to)}: ${step.days} day${step.days === 1 ? '' : 's'} do not count, so ${h(step.endBefore)} becomes ${h(step.endAfter)}`;
    case 'pause-ignored': {
      const why =
        step.why === 'after-deadline'
          ? 'asked after the period had ended, so it does not stop the clock'
          : step.why === 'before-start'
            ? 'over before the clock started, so it changes nothing'
            : 'already covered by another stop';
      return `${step.reason} stop from ${h(step.from)}: ${why}`;
    }
    case 'roll-forward': {
      const [first, ...rest] = step.skipped;
      const head = first ? `${describeNonWorkingDay(first)} is not a working day in ${step.jurisdiction}` : `${h(step.from)} is not a working day`;
      const tail = rest.length > 0 ? `, nor ${rest.length === 1 ? 'is' : 'are'} ${rest.map(describeNonWorkingDay).join(', ')}` : '';
      return `${head}${tail} → ${h(step.to)}`;
    }
    case 'no-roll-forward':
      return step.why === 'saturday-working'
        ? `${describeNonWorkingDay(step.day)} is not a holiday under the statute on computing time: the date stays`
        : `${describeNonWorkingDay(step.day)} is not a working day in ${step.jurisdiction}, but no statute on computing time moves this period (the law is silent): the date stays`;
    case 'extension-reading':
      return step.reading === 'from-receipt'
        ? '"two further months" read as three months from receipt (the setting\'s default; the other reading adds two months to the end of the first month)'
        : '"two further months" read as two months added to the end of the first month (as set in Settings; the default counts three months from receipt)';
    case 'same-as':
      return `within the first period, i.e. by the ${step.field === 'due' ? 'original due date' : FIELD_LABEL[step.field].toLowerCase()} ${h(step.date)}`;
    case 'clock-stopped':
      return `clock stopped since ${h(step.since)} awaiting ${step.reason === 'fee' ? 'the fee' : step.reason === 'identity' ? 'identity information' : 'clarification'}; a date follows when it arrives`;
    case 'no-statutory-period':
      return "the law sets no period for this request; the organisation's own clock applies";
    case 'extension-open-ended':
      return 'the law sets no maximum: tell the person the new date within the first period';
    case 'note':
      return NOTES[step.code];
  }
}

/** One deadline as a line: `Due Thu 30 Apr 2026: <steps>. [<citations>]`. */
export function explainDetail(field: DeadlineField, detail: Pick<DeadlineDetail, 'date' | 'steps' | 'citations'>): string {
  const when = detail.date ? ` ${h(detail.date)}` : ': no date';
  const steps = detail.steps.map(explainStep).join('; ');
  return `${FIELD_LABEL[field]}${when}${detail.date ? ':' : ' —'} ${steps}. [${citeSources(detail.citations)}]`;
}

/** Builds a detail with its English explanation. */
export function makeDetail(field: DeadlineField, date: string | null, steps: DeadlineStep[], citations: CitationId[]): DeadlineDetail {
  const detail = { date, steps, citations };
  return { ...detail, explanation: explainDetail(field, detail) };
}
