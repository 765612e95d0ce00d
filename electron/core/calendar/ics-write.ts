import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { contentLines } from './ics-text';

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

/** `2026-04-30` → `[2026, 4, 30]`, the day after when `plusDays` is 1 (calendar arithmetic in UTC, no zone involved). */
function dateArray(date: string, plusDays = 0): DateArray {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + plusDays);
  return [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
}

/** A date deadline spans its whole day (the end is exclusive); an instant is the moment itself (its end is its start). */
function when(start: IcsEvent['start']): Pick<EventAttributes, 'start' | 'startInputType' | 'startOutputType'> & { end: EventAttributes['start'] } {
  if ('date' in start) return { start: dateArray(start.date), end: dateArray(start.date, 1) };
  const at = Date.parse(start.instant);
  return { start: at, end: at, startInputType: 'utc', startOutputType: 'utc' };
}

/**
 * An RFC 5545 calendar written by the `ics` library: date deadlines as all-day events
 * (`DTSTART;VALUE=DATE`, the end the next day, exclusive), instants in UTC (`…Z`), every
 * event with a stable UID (a re-import updates rather than duplicates) and the DTSTAMP of
 * the export. The library folds at 75 characters; RFC 5545 §3.1 says 75 octets, which an
 * Italian title with accents overruns, so the lines are unfolded and folded again by octet.
 */
export function writeIcs(calendar: IcsCalendar): string {
  const { error, value } = createEvents(
    calendar.events.map((event) => ({
      uid: event.uid,
      timestamp: calendar.stamp.getTime(),
      ...when(event.start),
      title: event.summary,
      description: event.description,
      categories: [event.categories],
      transp: 'TRANSPARENT',
    })),
    { productId: '-//DPO Desk//Deadlines//EN', method: 'PUBLISH', calName: calendar.name },
  );
  if (error || value === null) throw error ?? new Error('The calendar could not be written');
  return contentLines(value.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== ''));
}
