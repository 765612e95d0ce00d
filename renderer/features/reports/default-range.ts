import { todayInZone } from '../../../electron/shared/pure/zoned-time';

/** The range a report starts with: this calendar year up to today, both in the organisation's time zone. */
export function defaultRange(timeZone: string, now: Date = new Date()): { from: string; to: string } {
  const to = todayInZone(timeZone, now.getTime());
  return { from: `${to.slice(0, 4)}-01-01`, to };
}
