import { localeOf } from './i18n/format';
import { dateTimeFormat } from './intl-formats';
import { zoneWithOffset } from './zoned-time';

/**
 * An instant as a person reads it in the organisation's zone (never the machine's), in their
 * language: `27 Mar 2026, 10:00`, `27 mar 2026, 10:00`; `withWeekday` puts the day first
 * (`Fri 27 Mar 2026, 10:00`), `withZone` adds the zone and its UTC offset
 * (`… 10:00 CET (+01:00)`) where the hour must not be misread around a change of clocks.
 * The app's History and the CLI's both print instants with it. A text that is no instant comes back as it is.
 */
export function formatInstantInZone(instant: string | number, timeZone: string, language: string | undefined, withWeekday = false, withZone = false): string {
  const time = typeof instant === 'number' ? instant : Date.parse(instant);
  if (Number.isNaN(time)) return String(instant);
  const locale = localeOf(language);
  const text = dateTimeFormat(locale, {
    timeZone,
    weekday: withWeekday ? 'short' : undefined,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(time);
  return withZone ? `${text} ${zoneWithOffset(time, timeZone, locale)}` : text;
}
