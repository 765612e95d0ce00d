import type { CalendarItem } from '../../shared/calendar';
import { daysBetween } from '../../core/deadlines';
import type { CliText } from '../cli-text';

const HOUR_MS = 3_600_000;

/** `request-due (legal)`, `breach-72h`, …: the kind, with whose clock for response dates (in Italian, in words). */
export function kindText(item: CalendarItem, x: CliText): string {
  return item.kind === 'request-due' && item.clock ? x.t(`msg.cli.deadlines.due.${item.clock}`) : x.t(`msg.cli.deadlines.kind.${item.kind}`);
}

/** How far away the deadline is: `3 d left`, `due today`, `8 d overdue`; hours for breaches. */
export function distanceText(item: CalendarItem, today: string, now: Date, x: CliText): string {
  if (item.instant) {
    const hours = Math.round(((Date.parse(item.instant) - now.getTime()) / HOUR_MS) * 10) / 10;
    return hours < 0 ? x.t('msg.cli.hours.overdue', { hours: x.decimal(-hours) }) : x.t('msg.cli.hours.left', { hours: x.decimal(hours) });
  }
  const days = daysBetween(today, item.date);
  if (days < 0) return x.t('msg.cli.days.overdue', { count: -days });
  return days === 0 ? x.t('msg.cli.days.today') : x.t('msg.cli.days.left', { count: days });
}

/** One line: `!!` when overdue, the day (and time for a breach, in the zone), kind, reference, distance, title (once, when it is the reference too, as a register entry's name is). */
export function deadlineLine(item: CalendarItem, today: string, now: Date, timeZone: string, x: CliText): string {
  const flag = item.overdue ? '!! ' : '   ';
  const time = item.instant
    ? new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(item.instant))
    : '     ';
  const day = x.language === 'it' ? item.date.split('-').reverse().join('/') : item.date;
  return `${flag}${day} ${time}  ${kindText(item, x).padEnd(26)} ${item.reference.padEnd(11)} ${distanceText(item, today, now, x).padEnd(14)} ${item.title === item.reference ? '' : item.title}`.trimEnd();
}
