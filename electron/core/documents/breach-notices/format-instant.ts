import type { LetterLanguage } from '../../../shared/document-contract';
import { zoneWithOffset } from '../../../shared/pure/zoned-time';

const OFFSET = /([+-]\d{2}:\d{2}|Z)$/;

/**
 * An instant as a notice prints it, with the zone and its UTC offset: "27 March 2026 at 10:00
 * CET (+01:00)", "27 marzo 2026 alle ore 10:00 CET (+01:00)", "1º luglio 2026 alle ore 11:05
 * CEST (+02:00)". Read in the organisation's time zone; without one, in the offset the instant
 * was recorded with (never the machine's zone).
 */
export function formatInstant(iso: string, timeZone: string | null, language: LetterLanguage): string {
  const zone = timeZone ?? (OFFSET.exec(iso)?.[1] ?? 'Z').replace('Z', 'UTC');
  const text = new Intl.DateTimeFormat(language === 'it' ? 'it-IT' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(new Date(iso));
  const zoned = `${text} ${zoneWithOffset(Date.parse(iso), zone, language === 'it' ? 'it-IT' : 'en-GB')}`;
  // Italian writes the first of the month as an ordinal, as formatCivilDate does.
  return language === 'it' ? zoned.replace(/^1 /, '1º ') : zoned;
}

/**
 * A whole number as the language writes it: 4,800 or 4.800. Grouped from four digits on, as
 * the audit report groups them: Italian locale data would leave 4800 ungrouped beside 12.500
 * (its minimum grouping digits is two), so one table printed one figure grouped and the next
 * not (review 4, D15).
 */
export function formatCount(value: number, language: LetterLanguage): string {
  return new Intl.NumberFormat(language === 'it' ? 'it-IT' : 'en-GB', { useGrouping: 'always' }).format(value);
}
