import type { CalendarItem } from '../../shared/calendar';
import { daysBetween } from '../../core/deadlines';

const HOUR_MS = 3_600_000;

/** `request-due (legal)`, `breach-72h`, …: the kind, with whose clock for response dates. */
function kindText(item: CalendarItem): string {
  return item.kind === 'request-due' && item.clock ? `request-due (${item.clock === 'organisation' ? 'own' : item.clock})` : item.kind;
}

/** How far away the deadline is: `3 d left`, `due today`, `8 d overdue`; hours for breaches. */
export function distanceText(item: CalendarItem, today: string, now: Date): string {
  if (item.instant) {
    const hours = Math.round(((Date.parse(item.instant) - now.getTime()) / HOUR_MS) * 10) / 10;
    return hours < 0 ? `${(-hours).toFixed(1)} h overdue` : `${hours.toFixed(1)} h left`;
  }
  const days = daysBetween(today, item.date);
  if (days < 0) return `${-days} d overdue`;
  return days === 0 ? 'due today' : `${days} d left`;
}

/** One line: `!!` when overdue, the day (and time for a breach, in the zone), kind, reference, distance, title. */
export function deadlineLine(item: CalendarItem, today: string, now: Date, timeZone: string): string {
  const flag = item.overdue ? '!! ' : '   ';
  const time = item.instant
    ? new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(item.instant))
    : '     ';
  return `${flag}${item.date} ${time}  ${kindText(item).padEnd(26)} ${item.reference.padEnd(11)} ${distanceText(item, today, now).padEnd(14)} ${item.title}`;
}
