import { msg, type ExplanationLine, type Message } from '../i18n';
import type { CitationId } from './citations';
import type { DeadlineDetail, DeadlineField, DeadlineStep } from './deadline-types';
import type { NonWorkingDay } from './holiday-calendar';

/**
 * The structured deadline steps as catalogue messages (`msg.deadline.*`), so the CLI, the
 * app and a report render the same reasoning in the reader's language. Dates stay civil
 * dates in the parameters and are formatted by the `civil` formatter of the language.
 */

const k = (key: string) => `msg.deadline.${key}`;

/** A day the period passed over: its date, with the holiday's name when it is one. */
export function nonWorkingDayMessage(day: NonWorkingDay): Message {
  return day.holiday ? msg(k('step.holiday'), { date: day.date, name: { en: day.holiday.name, it: day.holiday.nameIt } }) : msg(k('step.day'), { date: day.date });
}

function monthsMessage(months: number): Message {
  return months >= 1 && months <= 3 ? msg(k(`months.n${months}`)) : msg(k('months.other'), { count: months });
}

const ignoredWhy = { 'after-deadline': 'ignoredAfterDeadline', 'before-start': 'ignoredBeforeStart', superseded: 'ignoredSuperseded', 'same-day': 'ignoredSameDay' } as const;

/** One step as a message, e.g. `msg.deadline.step.addMonths` with its dates. */
export function stepMessage(step: DeadlineStep): Message {
  switch (step.kind) {
    case 'start':
      return msg(k(step.cause === 'receipt' ? 'step.receipt' : step.cause === 'identity' ? 'step.startIdentity' : 'step.startFee'), { date: step.date });
    case 'add-months':
      return msg(k('step.addMonths'), {
        months: [monthsMessage(step.months)],
        from: step.from,
        to: step.to,
        dayOne: step.receiptIsDayOne ? [msg(k('step.dayOne'))] : [],
        lastDay: step.lastDayOfMonth ? [msg(k('step.lastDay'), { day: Number(step.from.slice(8)), to: step.to })] : [],
      });
    case 'add-days':
      return msg(k('step.addDays'), { days: step.days, from: step.from, to: step.to });
    case 'add-business-days': {
      const holidays = step.skipped.filter((d) => d.holiday !== null && d.weekend === null);
      return msg(k('step.addBusinessDays'), {
        days: step.days,
        from: step.from,
        to: step.to,
        jurisdiction: step.jurisdiction,
        skipping: holidays.length > 0 ? [msg(k('step.skipping'), { days: holidays.map(nonWorkingDayMessage) })] : [],
      });
    }
    case 'pause':
      return msg(k('step.pause'), {
        reason: [msg(k(`reason.${step.reason}`))],
        from: step.from,
        to: step.to,
        count: step.days,
        endBefore: step.endBefore,
        endAfter: step.endAfter,
      });
    case 'pause-ignored':
      return msg(k('step.pauseIgnored'), { reason: [msg(k(`reason.${step.reason}`))], from: step.from, why: [msg(k(`step.${ignoredWhy[step.why]}`))] });
    case 'roll-forward': {
      const [first, ...rest] = step.skipped;
      const head = first ? msg(k('step.rollHead'), { day: [nonWorkingDayMessage(first)], jurisdiction: step.jurisdiction }) : msg(k('step.rollHeadPlain'), { date: step.from });
      const tail = rest.length > 0 ? [msg(k('step.rollTail'), { count: rest.length, days: rest.map(nonWorkingDayMessage) })] : [];
      return msg(k('step.rollForward'), { head: [head], tail, to: step.to });
    }
    case 'no-roll-forward':
      return msg(k(step.why === 'saturday-working' ? 'step.noRollForwardSaturday' : 'step.noRollForward'), {
        day: [nonWorkingDayMessage(step.day)],
        jurisdiction: step.jurisdiction,
      });
    case 'extension-reading':
      return msg(k(step.reading === 'from-receipt' ? 'step.extensionFromReceipt' : 'step.extensionFromFirstEnd'));
    case 'same-as':
      return msg(k('step.sameAs'), { field: [msg(k(`field.${step.field}`))], date: step.date });
    case 'clock-stopped':
      return msg(k('step.clockStopped'), { since: step.since, what: [msg(k(`awaiting.${step.reason}`))] });
    case 'no-statutory-period':
      return msg(k('step.noStatutoryPeriod'));
    case 'at-once':
      return msg(k(step.type === 'marketing-opt-out' ? 'step.atOnceMarketing' : 'step.atOnceConsent'), { date: step.date });
    case 'extension-open-ended':
      return msg(k('step.extensionOpenEnded'));
    case 'note':
      return msg(k(`note.${step.code}`));
  }
}

/** The short references of the rules, as messages (`GDPR Art. 12(3)`, `art. 12, par. 3, del Regolamento (UE) 2016/679`). */
export function citationMessages(ids: readonly CitationId[]): Message[] {
  return ids.map((id) => msg(`msg.citation.${id}`));
}

/** One deadline as an explanation line: head, steps and the rules cited. */
export function detailLine(field: DeadlineField, detail: Pick<DeadlineDetail, 'date' | 'steps' | 'citations'>): ExplanationLine {
  return {
    head: detail.date ? msg(k(`head.${field}`), { date: detail.date }) : msg(k(`headNoDate.${field}`)),
    steps: detail.steps.map(stepMessage),
    citations: citationMessages(detail.citations),
  };
}
