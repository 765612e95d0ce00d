import { escapeText, contentLines } from './ics-text';

/** One event: an all-day date deadline or an instant (written in UTC). */
export interface IcsEvent {
  uid: string;
  summary: string;
  description: string;
  categories: string;
  start: { date: string } | { instant: string };
}

/** A whole calendar: its name, the export's stamp and the events. */
export interface IcsCalendar {
  name: string;
  /** When the file was made: every event's DTSTAMP. */
  stamp: Date;
  events: readonly IcsEvent[];
}

/** `2026-04-30` → `20260430`. */
export function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

/** An instant as a UTC DATE-TIME, `20260330T080000Z`. */
export function icsUtc(instant: string | Date): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  const when =
    'date' in event.start
      ? [`DTSTART;VALUE=DATE:${icsDate(event.start.date)}`, `DTEND;VALUE=DATE:${icsDate(nextDay(event.start.date))}`]
      : [`DTSTART:${icsUtc(event.start.instant)}`];
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    ...when,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `CATEGORIES:${escapeText(event.categories)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * An RFC 5545 calendar: date deadlines as all-day events (`DTSTART;VALUE=DATE`, the end the
 * next day, exclusive), instants in UTC (`…Z`, no end: the event is the moment itself), every
 * event with a stable UID (a re-import updates rather than duplicates) and the DTSTAMP of
 * the export. Lines folded at 75 octets, CRLF.
 */
export function writeIcs(calendar: IcsCalendar): string {
  const stamp = icsUtc(calendar.stamp);
  return contentLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//DPO Desk//Deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ]);
}
